import '@testing-library/jest-dom/vitest';
import english from 'virtual:messages/en';
import type { Catalogue } from '../domain/translate';
import { setCatalogueOutsideProvider } from '../ui/i18n/i18n';

// Components rendered without the app's providers speak English, as a reader with no language set sees them.
setCatalogueOutsideProvider(english as Catalogue);
