import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Source } from '../data/schema';
import { ArticleList, articlesShownAtFirst } from './article-list';
import { wholeSource } from '../data/source-text';
import { loadCatalogue } from '../ui/i18n/catalogue';
import { createI18n, I18nProvider } from '../ui/i18n/i18n';

const sources = (count: number): Source[] =>
  Array.from({ length: count }, (_, index) =>
    wholeSource({
      id: `article-${index + 1}`,
      published: '2020-08-14',
      outlet: `Outlet ${index + 1}`,
      headline: null,
      text: 'Text.',
    }),
  );

const renderList = (count: number) =>
  render(<ArticleList sources={sources(count)} hrefFor={(id) => `?source=${id}`} onOpen={vi.fn()} />);

describe('ArticleList', () => {
  it('lists every article of a small dataset, with no button', () => {
    renderList(5);
    expect(screen.getAllByRole('link')).toHaveLength(5);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  // A few past the first screen prove the behaviour: each link drawn costs a role query in jsdom its time.
  it('shows the start of a long list and the rest on request, moving focus to the first new article', async () => {
    const count = articlesShownAtFirst + 3;
    renderList(count);
    expect(screen.getAllByRole('link')).toHaveLength(articlesShownAtFirst);
    await userEvent.click(screen.getByRole('button', { name: `Show all ${count} articles` }));
    expect(screen.getAllByRole('link')).toHaveLength(count);
    expect(screen.getByRole('link', { name: new RegExp(`^Outlet ${articlesShownAtFirst + 1},`) })).toHaveFocus();
  });

  it('counts a year of coverage on its button without drawing it', () => {
    renderList(2500);
    expect(screen.getAllByRole('link')).toHaveLength(articlesShownAtFirst);
    expect(screen.getByRole('button', { name: 'Show all 2,500 articles' })).toBeInTheDocument();
  });

  it('names an article without an outlet by its date in Belarusian', async () => {
    const unnamed = { ...sources(1)[0]!, outlet: null };
    render(
      <I18nProvider i18n={createI18n('be', await loadCatalogue('be'))}>
        <ArticleList sources={[unnamed]} hrefFor={(id) => `?source=${id}`} onOpen={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('link')).toHaveTextContent(/^Артыкул ад 14 жні 2020/);
  });
});
