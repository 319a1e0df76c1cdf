import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { groupQuotesByActor } from '../../domain/filters';
import { emptyFilters } from '../../domain/url-state';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { ActorsPanel, type ActorsPanelProps } from './actors-panel';

function renderPanel(patch: Partial<ActorsPanelProps> = {}) {
  const props: ActorsPanelProps = {
    actors: dataset.actors,
    places: dataset.places,
    sources: dataset.sources,
    quotesByActor: groupQuotesByActor(dataset, emptyFilters),
    selectedActorIds: [],
    onToggleActor: vi.fn(),
    getQuoteSourceHref: (quoteId, sourceId) => `?quote=${quoteId}&source=${sourceId}`,
    onOpenQuoteSource: vi.fn(),
    ...patch,
  };
  render(<ActorsPanel {...props} />);
  return props;
}

const cardOf = (name: string) => screen.getByRole('checkbox', { name }).closest('li') as HTMLElement;

describe('ActorsPanel', () => {
  it('groups every actor by side, authorities first', () => {
    renderPanel();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Belarusian authorities',
      'Opposition',
      'Foreign governments and institutions',
    ]);
    expect(screen.getAllByRole('checkbox')).toHaveLength(dataset.actors.length);
  });

  it('shows kind, description, other spellings and the quote count', () => {
    renderPanel();
    const card = cardOf('Alexander Lukashenko');
    expect(card).toHaveTextContent('Person');
    expect(card).toHaveTextContent('President of Belarus since 1994.');
    expect(card).toHaveTextContent('Also spelled: Aleksandr Lukashenko.');
    const lukashenkoQuotes = dataset.quotes.filter((quote) => quote.actorId === 'lukashenko').length;
    expect(
      within(card).getByRole('button', { name: `${lukashenkoQuotes} quotes by Alexander Lukashenko` }),
    ).toBeInTheDocument();
    expect(cardOf('European Union')).toHaveTextContent('0 quotes');
  });

  it('filters by an actor when their checkbox is ticked', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('checkbox', { name: 'European Union' }));
    expect(props.onToggleActor).toHaveBeenCalledWith('eu');
  });

  it('opens an actor’s quotes with the words, speaker, date, place, medium and a Source link', async () => {
    renderPanel();
    const card = cardOf('Alexander Lukashenko');
    await userEvent.click(within(card).getByRole('button', { name: /quotes by Alexander Lukashenko/ }));
    const quote = within(card).getByText('“there will be no other elections.”').closest('figure') as HTMLElement;
    expect(quote).toHaveTextContent('Alexander Lukashenko · 17 August 2020 · Minsk · Speech');
    expect(within(card).getByText('“I will not give the country away.”').closest('figure')).toHaveTextContent(
      'Undated',
    );
    expect(within(quote).getByRole('link', { name: 'Source (CNN, 17 Aug 2020)' })).toHaveAttribute(
      'href',
      '?quote=no-other-elections&source=cnn-2020-08-17',
    );
  });

  it('shows a selected actor’s quotes without a further click', () => {
    renderPanel({ selectedActorIds: ['tikhanouskaya'] });
    expect(within(cardOf('Sviatlana Tsikhanouskaya')).getByText('“national leader”')).toBeInTheDocument();
  });

  it('opens the Source viewer in place on a plain click, and leaves a modified click to the browser', async () => {
    const props = renderPanel({ selectedActorIds: ['tikhanouskaya'] });
    const link = screen.getByRole('link', { name: /^Source/ });
    await userEvent.click(link);
    expect(props.onOpenQuoteSource).toHaveBeenCalledWith('national-leader', 'cnn-2020-08-17');
    // jsdom cannot open a new tab; stop its navigation once the app has had its say.
    const stopNavigation = (event: Event) => event.preventDefault();
    document.addEventListener('click', stopNavigation);
    fireEvent.click(link, { ctrlKey: true });
    document.removeEventListener('click', stopNavigation);
    expect(props.onOpenQuoteSource).toHaveBeenCalledTimes(1);
  });
});

describe('ActorsPanel jump links', () => {
  it('takes the reader to a selected actor’s card, focus on its checkbox', async () => {
    renderPanel({ selectedActorIds: ['eu'] });
    await userEvent.click(screen.getByRole('button', { name: 'European Union' }));
    expect(screen.getByRole('checkbox', { name: 'European Union' })).toHaveFocus();
  });
});
