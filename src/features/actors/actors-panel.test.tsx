import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Actor, Quote } from '../../data/schema';
import { getDatasetNames } from '../../domain/dataset-names';
import { groupQuotesByActor } from '../../domain/filters';
import { getVoiceOf } from '../../domain/item-voice';
import { emptyFilters } from '../../domain/url-state';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { voiceDataset } from '../../test/fixtures/voice-dataset';
import { actorPageSize, quotePageSize, virtualListThreshold } from './actor-paging';
import { ActorsPanel, type ActorsPanelProps } from './actors-panel';
import { testWording } from '../../test/wording';

const english = testWording('en');

function renderPanel(patch: Partial<ActorsPanelProps> = {}) {
  const props: ActorsPanelProps = {
    actors: dataset.actors,
    placeName: getDatasetNames(dataset).placeName,
    sources: dataset.sources,
    quotesByActor: groupQuotesByActor(dataset, emptyFilters),
    selectedActorIds: [],
    onToggleActor: vi.fn(),
    getQuoteSourceHref: (quoteId, sourceId) => `?quote=${quoteId}&source=${sourceId}`,
    onOpenQuoteSource: vi.fn(),
    voiceOf: getVoiceOf(dataset, english),
    ...patch,
  };
  const { rerender } = render(<ActorsPanel {...props} />);
  return { ...props, rerender: (next: Partial<ActorsPanelProps>) => rerender(<ActorsPanel {...props} {...next} />) };
}

const cardOf = (name: string) => screen.getByRole('checkbox', { name }).closest('li') as HTMLElement;

afterEach(() => vi.restoreAllMocks());

describe('ActorsPanel', () => {
  it('says what ticking an actor does where it stands: everywhere on the dashboard, only here in an embed', () => {
    const panel = renderPanel();
    expect(screen.getByText(/show only their quotes and events everywhere/)).toBeInTheDocument();
    panel.rerender({ hint: 'actors.hint.embed' });
    expect(screen.queryByText(/everywhere/)).not.toBeInTheDocument();
    expect(screen.getByText('Tick an actor to show only their quotes in this graphic.')).toBeInTheDocument();
  });

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

  it('folds who an actor is to its first lines where it runs longer, with "more" to unfold it', async () => {
    // jsdom lays nothing out: the folded paragraph of Lukashenko's card says it holds more than it shows.
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.textContent?.includes('President of Belarus') ? 80 : 40;
    });
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(40);
    renderPanel();
    expect(within(cardOf('European Union')).queryByRole('button', { name: /^more/ })).not.toBeInTheDocument();
    const card = cardOf('Alexander Lukashenko');
    const more = within(card).getByRole('button', { name: 'more about Alexander Lukashenko' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(card).toHaveTextContent('President of Belarus since 1994.');
    await userEvent.click(more);
    expect(within(card).getByRole('button', { name: 'less about Alexander Lukashenko' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
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
    // Undated: when it was reported, never shown as if that were its date.
    expect(within(card).getByText('“I will not give the country away.”').closest('figure')).toHaveTextContent(
      'Alexander Lukashenko · reported 16 August 2020; the article gives no date',
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

describe('ActorsPanel marks who says so, and when', () => {
  function renderVoicePanel(selectedActorIds: string[]) {
    return renderPanel({
      actors: voiceDataset.actors,
      placeName: getDatasetNames(voiceDataset).placeName,
      sources: voiceDataset.sources,
      quotesByActor: groupQuotesByActor(voiceDataset, emptyFilters),
      voiceOf: getVoiceOf(voiceDataset, english),
      selectedActorIds,
    });
  }
  const quoteCard = (words: string) =>
    screen.getByText(`“${words}”`, { selector: 'blockquote p' }).closest('figure') as HTMLElement;

  it('says through whom a relayed statement came, and what was inferred, in words a screen reader reaches', () => {
    renderVoicePanel(['lukashenko']);
    const card = quoteCard('There is a build-up of military power on the western borders');
    expect(card.querySelector('figcaption')).toHaveTextContent(
      'Alexander Lukashenko · 17 August 2020 · Minsk · Speech · via Belta',
    );
    expect(card).toHaveTextContent(
      'Place and date inferred: The article reports the speech with his visit to a plant in Minsk.',
    );
  });

  it('marks an undated statement as reported, never dated by its article', () => {
    renderVoicePanel(['lukashenko']);
    expect(quoteCard('who will feed the kids?')).toHaveTextContent(
      'reported 27 October 2020; the article gives no date',
    );
    expect(quoteCard('who will feed the kids?')).not.toHaveTextContent(/· 27 October 2020/);
  });

  it('shows both sides of a disagreement, each side’s words a link into its article', async () => {
    const panel = renderVoicePanel(['stoltenberg']);
    const dispute = within(quoteCard('NATO does not pose a threat to Belarus')).getByRole('group', {
      name: 'Sources disagree',
    });
    expect(dispute).toHaveTextContent('Jens Stoltenberg: “NATO does not pose a threat to Belarus”');
    expect(dispute).toHaveTextContent(
      'Alexander Lukashenko: “There is a build-up of military power on the western borders”',
    );
    const other = within(dispute).getByRole('link', {
      name: 'The words of Alexander Lukashenko in CNN, 17 Aug 2020',
    });
    expect(other).toHaveAttribute('href', '?quote=build-up&source=cnn-2020-08-17');
    await userEvent.click(other);
    expect(panel.onOpenQuoteSource).toHaveBeenCalledWith('build-up', 'cnn-2020-08-17');
  });
});

/**
 * A side with more actors than a page, each with a different number of quotes: "Speaker 1" has the most.
 * Sizes follow the page sizes, so the test says what a reader sees whatever the pages are set to.
 */
function crowdedSide() {
  const actorCount = actorPageSize * 2 + 5;
  const template = dataset.quotes[0] as Quote;
  const actors: Actor[] = Array.from({ length: actorCount }, (_, index) => ({
    id: `speaker-${index + 1}`,
    // Names run against the ranking, so an alphabetical list would put the least quoted first.
    name: `Speaker ${index + 1}`.replace(/\d+/, (n) => n.padStart(3, '0')),
    aliases: [],
    kind: 'person',
    side: 'opposition',
    description: 'A speaker at the rallies.',
  }));
  const quoteCount = (index: number) => (index === 0 ? actorCount + quotePageSize * 2 : actorCount - index);
  const quotesByActor = new Map(
    actors.map((actor, index) => [
      actor.id,
      Array.from({ length: quoteCount(index) }, (_, n) => ({
        ...template,
        id: `${actor.id}-quote-${n + 1}`,
        actorId: actor.id,
        text: `Words ${n + 1} of ${actor.name}`,
      })),
    ]),
  );
  return { actors, quotesByActor };
}

/*
 * A role query checks the computed style of every candidate and its ancestors, and a query by name works out
 * the name of each: over a page or two of cards, every such assertion cost a second on a busy machine. The
 * cards are read from their checkboxes' labels instead, and the one "Show more" button found by its words.
 */
function speakerBox(name: string | undefined): HTMLElement {
  const box = screen.getByText(name ?? 'missing', { selector: 'label' }).closest('label')?.control;
  if (!box) throw new Error(`no checkbox is labelled ${name}`);
  return box;
}
const speakersShown = () =>
  screen.getAllByText(/^(Speaker|Marcher) \d+$/, { selector: 'label' }).map((label) => label.textContent);
const showMoreActors = () => screen.queryByText(/^Show \d+ more actors?$/)?.closest('button') ?? null;

describe('ActorsPanel on a long list', () => {
  it('shows a page of the most quoted actors, then the next page from a keyboard, focus on the first new one', async () => {
    const { actors, quotesByActor } = crowdedSide();
    const getQuoteSourceHref = vi.fn(() => '?quote');
    renderPanel({ actors, quotesByActor, getQuoteSourceHref });
    expect(speakersShown()).toEqual(actors.slice(0, actorPageSize).map((actor) => actor.name));
    // Collapsed quote lists draw no Source links at all.
    expect(getQuoteSourceHref).not.toHaveBeenCalled();

    const more = showMoreActors();
    expect(more).toHaveAccessibleName(
      `Show ${actorPageSize} more actors in Opposition (${actors.length - actorPageSize} not shown)`,
    );
    more?.focus();
    await userEvent.keyboard('{Enter}');
    expect(speakersShown()).toEqual(actors.slice(0, actorPageSize * 2).map((actor) => actor.name));
    expect(speakerBox(actors[actorPageSize]?.name)).toHaveFocus();

    expect(showMoreActors()).toHaveAccessibleName('Show 5 more actors in Opposition');
    await userEvent.click(showMoreActors()!);
    expect(speakersShown()).toHaveLength(actors.length);
    expect(speakerBox(actors[actorPageSize * 2]?.name)).toHaveFocus();
    expect(showMoreActors()).toBeNull();
  });

  it('shows an actor selected in the URL even when they rank beyond the first page', () => {
    const { actors, quotesByActor } = crowdedSide();
    const last = actors[actors.length - 1] as Actor;
    renderPanel({ actors, quotesByActor, selectedActorIds: [last.id] });
    expect(speakerBox(last.name)).toBeChecked();
    expect(screen.getByText(`“Words 1 of ${last.name}”`)).toBeInTheDocument();
    expect(speakersShown()).toHaveLength(actorPageSize + 1);
    expect(showMoreActors()).toHaveAccessibleName(
      `Show ${actorPageSize} more actors in Opposition (${actors.length - actorPageSize - 1} not shown)`,
    );
  });

  it('keeps an actor on screen after the reader unticks them, so focus stays on their checkbox', async () => {
    const { actors, quotesByActor } = crowdedSide();
    const last = actors[actors.length - 1] as Actor;
    const panel = renderPanel({ actors, quotesByActor, selectedActorIds: [last.id] });
    await userEvent.click(speakerBox(last.name));
    expect(panel.onToggleActor).toHaveBeenCalledWith(last.id);
    panel.rerender({ selectedActorIds: [] });
    expect(speakerBox(last.name)).not.toBeChecked();
    expect(speakerBox(last.name)).toHaveFocus();
  });

  it('shows a page of an actor’s quotes, then the next one, focus on the first new quote', async () => {
    const { actors, quotesByActor } = crowdedSide();
    const busiest = actors[0] as Actor;
    const total = quotesByActor.get(busiest.id)?.length ?? 0;
    const getQuoteSourceHref = vi.fn(() => '?quote');
    renderPanel({ actors, quotesByActor, getQuoteSourceHref, selectedActorIds: [busiest.id] });
    const card = speakerBox(busiest.name).closest('li') as HTMLElement;
    expect(within(card).getAllByRole('figure')).toHaveLength(quotePageSize);
    // Only the quotes on screen have their links worked out.
    expect(getQuoteSourceHref).toHaveBeenCalledTimes(quotePageSize);

    await userEvent.click(
      within(card).getByRole('button', {
        name: `Show ${quotePageSize} more quotes by ${busiest.name} (${total - quotePageSize} not shown)`,
      }),
    );
    expect(within(card).getAllByRole('figure')).toHaveLength(quotePageSize * 2);
    expect(screen.getByText(`“Words ${quotePageSize + 1} of ${busiest.name}”`).closest('li')).toHaveFocus();
    expect(
      within(card).getByRole('button', {
        name: `Show ${quotePageSize} more quotes by ${busiest.name} (${total - quotePageSize * 2} not shown)`,
      }),
    ).toBeInTheDocument();
  });

  it('shows every actor and quote of a small dataset without paging', async () => {
    renderPanel({ selectedActorIds: ['lukashenko'] });
    expect(screen.getAllByRole('checkbox')).toHaveLength(dataset.actors.length);
    expect(within(cardOf('Alexander Lukashenko')).getAllByRole('figure')).toHaveLength(
      dataset.quotes.filter((quote) => quote.actorId === 'lukashenko').length,
    );
    await userEvent.click(screen.getByRole('button', { name: /quotes? by Sviatlana Tsikhanouskaya/ }));
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });
});

describe('ActorsPanel on a side longer than the virtual list threshold', () => {
  const actors: Actor[] = Array.from({ length: virtualListThreshold + 10 }, (_, index) => ({
    id: `marcher-${index + 1}`,
    name: `Marcher ${String(index + 1).padStart(3, '0')}`,
    aliases: [],
    kind: 'person',
    side: 'opposition',
    description: 'A marcher.',
  }));

  it('puts every actor in one list that says its length, with no "Show more"', async () => {
    renderPanel({ actors, quotesByActor: new Map() });
    // The side shows its first page until the virtualiser's code has loaded.
    await waitFor(() =>
      expect(document.querySelector('li[aria-setsize]')).toHaveAttribute('aria-setsize', String(actors.length)),
    );
    expect(showMoreActors()).toBeNull();
  });

  it('pages it as before where the panel asks for pages, as an embed does', () => {
    renderPanel({ actors, quotesByActor: new Map(), longLists: 'paged' });
    expect(speakersShown()).toHaveLength(actorPageSize);
    expect(showMoreActors()).toHaveAccessibleName(
      `Show ${actorPageSize} more actors in Opposition (${actors.length - actorPageSize} not shown)`,
    );
  });
});
