import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installDialogPolyfill } from '../test/dashboard-dialog-polyfill';
import { dashboardDataset as dataset } from '../test/fixtures/dashboard-dataset';
import { loadCatalogue } from '../ui/i18n/catalogue';
import { createI18n } from '../ui/i18n/i18n';
import { App } from './app';
import { createQueryClient } from './query-client';
import { createMemoryUrlStore } from './url-store';

// The map and the chart need a real layout engine; their own tests cover them. Here they only echo their props.
vi.mock('./lazy-views', () => ({
  LazyPlacesMap: (props: { events: unknown[]; selectedPlaceId: string | null }) => (
    <p>
      Map of {props.events.length} events at {props.selectedPlaceId ?? 'all places'}
    </p>
  ),
  LazyDetentionsChart: (props: { figures: unknown[] }) => <p>Chart of {props.figures.length} figures</p>,
  preloadPlacesMap: () => Promise.resolve(),
  preloadDetentionsChart: () => Promise.resolve(),
}));

beforeAll(async () => {
  installDialogPolyfill();
  // The page is a lazy chunk: load it once up front so no test spends its wait on the first transform.
  await import('./dashboard-page');
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

function renderApp(search = '', ...responses: (() => Promise<Response>)[]) {
  return renderAppIn(undefined, search, ...responses);
}

function renderAppIn(i18n: Parameters<typeof App>[0]['i18n'], search = '', ...responses: (() => Promise<Response>)[]) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const response of responses) fetchMock.mockImplementationOnce(response);
  fetchMock.mockImplementation(() => json(dataset));
  vi.stubGlobal('fetch', fetchMock);
  const store = createMemoryUrlStore(search);
  render(<App queryClient={createQueryClient()} urlStore={store} i18n={i18n} />);
  return { store, fetchMock };
}

const ready = () => screen.findByText(/^Showing/, undefined, { timeout: 5000 });

// Whole-app renders: generous time for a busy machine, where the first one pays for the module transforms.
describe('DashboardPage', { timeout: 15_000 }, () => {
  it('shows a skeleton while loading, then the four labelled regions', async () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Belarus 2020');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Loading the data…');
    await ready();
    for (const name of ['Timeline of events', 'Map', 'Detentions over time', 'Actors'])
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  });

  it('explains a failed download and recovers on Retry', async () => {
    const { fetchMock } = renderApp('', () => json('oops', 500));
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('the server answered 500');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await ready();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('names the first problem paths of a dataset that breaks the schema', async () => {
    const broken = { ...dataset, quotes: dataset.quotes.map((quote) => ({ ...quote, actorId: 'nobody' })) };
    renderApp('', () => json(broken));
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('quotes[0].actorId');
    expect(alert).toHaveTextContent('quotes[2].actorId');
    expect(alert).not.toHaveTextContent(/at \w+ \(/);
  });

  it('follows the filters in the URL and ignores a malformed one with a notice', async () => {
    renderApp('?actor=tikhanouskaya&from=2020-99-01');
    await ready();
    expect(screen.getByText('Ignored from=“2020-99-01”: not a date in the form YYYY-MM-DD.')).toBeInTheDocument();
    expect(screen.getByText(/^Showing/)).toHaveTextContent(`Showing 1 of ${dataset.quotes.length} quotes`);
    expect(screen.getByRole('checkbox', { name: 'Sviatlana Tsikhanouskaya' })).toBeChecked();
  });

  it('writes filter changes to the URL and clears them all at once', async () => {
    const { store } = renderApp('?ref=host');
    await ready();
    await pickPlace('Minsk');
    expect(store.getSearch()).toBe('?place=minsk&ref=host');
    expect(await screen.findByText(/at minsk/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alexander Lukashenko' }));
    expect(store.getSearch()).toBe('?actor=lukashenko&place=minsk&ref=host');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getSearch()).toBe('?ref=host');
  });

  it('opens a quote’s article from its Source link and closes it with Escape', async () => {
    const { store } = renderApp('?actor=tikhanouskaya');
    await ready();
    const actors = screen.getByRole('region', { name: 'Actors' });
    await userEvent.click(within(actors).getByRole('link', { name: /^Source/ }));
    expect(store.getSearch()).toBe('?actor=tikhanouskaya&quote=national-leader&source=cnn-2020-08-17');
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('mark')).toHaveTextContent(/^national leader$/);
    await userEvent.keyboard('{Escape}');
    expect(store.getSearch()).toBe('?actor=tikhanouskaya');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('lists every event in the timeline and opens an event’s article at its words', async () => {
    const { store } = renderApp('?place=minsk');
    await ready();
    const timeline = screen.getByRole('region', { name: 'Timeline of events' });
    // The place filter keeps the march on Independence Square, in Minsk, and drops the offer made in Lithuania.
    expect(
      within(timeline)
        .getAllByRole('heading', { level: 4 })
        .map((title) => title.textContent),
    ).toEqual(['March on Independence Square']);
    await userEvent.click(within(timeline).getByRole('link', { name: /^Source/ }));
    const [evidence] = dataset.events[0]!.evidence;
    expect(store.getSearch()).toBe(`?place=minsk&source=reuters-2020-08-16&span=${evidence!.start}-${evidence!.end}`);
    expect(screen.getByRole('dialog').querySelector('mark')).toHaveTextContent(evidence!.exact);
  });

  it('names the filters in the browser tab, and says on the Filters button how many are on', async () => {
    const { store } = renderApp('?actor=lukashenko&from=2020-08-01&to=2020-08-31');
    await ready();
    expect(document.title).toBe('Alexander Lukashenko, Aug 2020 · Belarus 2020');
    expect(screen.getByRole('button', { name: 'Filters 3 on' })).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getSearch()).toBe('');
    expect(document.title).toBe('Belarus 2020: protests, detentions and what was said');
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
  });

  it('copies the page’s address and says so, or selects it where the clipboard is refused', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValueOnce(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderApp('?place=minsk');
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText('Link copied.')).toHaveAttribute('role', 'status');

    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toHaveValue(window.location.href);
    expect(screen.getByText(/Copying was refused/)).toHaveAttribute('role', 'status');
  });

  it('treats markup in the URL as text', async () => {
    renderApp('?place=%3Cscript%3Ealert(1)%3C%2Fscript%3E&quote=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await ready();
    expect(document.querySelector('script, img')).toBeNull();
    expect(screen.getByText(/Ignored place=“<script>alert\(1\)<\/script>”/)).toBeInTheDocument();
  });

  it('lets the reader dismiss the notices', async () => {
    renderApp('?view=table');
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Ignored view/)).not.toBeInTheDocument();
  });
});

describe('DashboardPage in Belarusian', { timeout: 15_000 }, () => {
  it('says what the link asked for and could not have, the skip links and the printed filters in Belarusian', async () => {
    renderAppIn(createI18n('be', await loadCatalogue('be')), '?actor=ghost&metric=bad&from=2020-09-01&to=2020-08-01');
    await screen.findByText(/^Паказана/, undefined, { timeout: 5000 });
    expect(screen.getByRole('link', { name: 'Перайсці да мапы' })).toHaveAttribute('href', '#map');
    expect(
      screen.getByText('Не ўлічана: metric=«bad» — дапушчальныя значэнні: detentions, crowd, deaths.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Выпраўлена: to=«2020-08-01» — раней, чым from=2020-09-01, таму даты памяняныя месцамі.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Не ўлічана: actor=«ghost» — удзельніка з такім ідэнтыфікатарам няма.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Адбор: даты: /)).toBeInTheDocument();
  });
});

describe('App', () => {
  it('forces the theme named in the URL on the whole document', async () => {
    renderApp('?theme=dark');
    await ready();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });
});

/** Opens the Place picker and picks a place by its name, as a reader would. */
async function pickPlace(name: string) {
  await userEvent.click(screen.getByRole('combobox', { name: 'Place' }));
  await userEvent.click(within(screen.getByRole('listbox', { name: 'Place' })).getByRole('option', { name }));
}

describe('Dashboard URL hygiene', () => {
  it('drops ids that name nothing from the URL at the reader’s next change', async () => {
    const { store } = renderApp('?quote=ghost&actor=nobody&ref=host');
    await ready();
    expect(screen.getByText('Ignored quote=“ghost”: no quote has this id.')).toBeInTheDocument();
    await pickPlace('Minsk');
    expect(store.getSearch()).toBe('?place=minsk&ref=host');
    expect(screen.queryByText(/Ignored/)).not.toBeInTheDocument();
  });
});
