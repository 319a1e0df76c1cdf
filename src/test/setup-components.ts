import { cleanup } from '@testing-library/react';

// Testing Library registers its unmount-after-each-test once, when it is first imported; files that share a module
// graph would keep the first file's components mounted in the next. Registered here, it runs for every file.
afterEach(() => cleanup());
