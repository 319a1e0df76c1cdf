import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetQueryOptions } from '../../data/dataset-query';
import { datasetSchema } from '../../data/schema';
import { parsePymHeight } from '../../domain/pym-messages';
import { parseUrlState } from '../../domain/url-state';
import { embedDataset } from '../../test/fixtures/embed-dataset';
import { EmbedApp, type EmbedPanel } from './embed-app';

/** A ResizeObserver jsdom lacks, fired by hand. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe() {}
  disconnect() {}
  fire() {
    this.callback([], this as unknown as ResizeObserver);
  }
}

const pageOrigin = 'https://data.example';
let contentHeight = 480;
let posted: unknown[] = [];
const parentWindow = { postMessage: (message: unknown) => posted.push(message) } as unknown as Window;

beforeEach(() => {
  FakeResizeObserver.instances = [];
  posted = [];
  contentHeight = 480;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parentWindow);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() =>
    DOMRect.fromRect({ x: 0, y: 0, width: 320, height: contentHeight }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderEmbed(
  search: string,
  renderPanel: (panel: EmbedPanel) => React.ReactNode = (panel) => <p>{panel} panel</p>,
) {
  const client = new QueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, embedDataset);
  const pageUrl = `${pageOrigin}/belarus/embed/${search}`;
  const { state } = parseUrlState(search);
  return render(
    <QueryClientProvider client={client}>
      <EmbedApp state={state} pageUrl={pageUrl} renderPanel={renderPanel} />
    </QueryClientProvider>,
  );
}

const fireResize = () => act(() => FakeResizeObserver.instances.forEach((observer) => observer.fire()));

describe('EmbedApp', () => {
  it('uses a valid dataset fixture', () => {
    expect(datasetSchema.safeParse(embedDataset).success).toBe(true);
  });

  it('shows only the requested view, with no page chrome', () => {
    renderEmbed('?view=chart');
    expect(screen.getByText('chart panel')).toBeInTheDocument();
    expect(screen.queryByText('map panel')).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
  });

  it('shows the map, the chart and the actors for view=all', () => {
    renderEmbed('?view=all');
    for (const panel of ['map', 'chart', 'actors']) expect(screen.getByText(`${panel} panel`)).toBeInTheDocument();
  });

  it('ends with the data’s source and a link to the same state of the full dashboard, in a new tab', () => {
    renderEmbed('?view=chart&theme=dark&childId=c1&from=2020-08-16&to=2020-08-16');
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Data: 2 news articles (Reuters and 1 more)');
    const link = within(footer).getByRole('link', { name: /open the full dashboard/i });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.origin + url.pathname).toBe(`${pageOrigin}/belarus/`);
    expect(url.search).toBe('?from=2020-08-16&to=2020-08-16');
  });

  it('renders a single quote with who said it, when, and a source line per article', () => {
    renderEmbed('?view=quote&quote=lukashenko-will-not-give-away');
    expect(screen.getByText('“I will not give the country away.”')).toBeInTheDocument();
    expect(screen.getByText('Alexander Lukashenko')).toBeInTheDocument();
    expect(screen.getByText('16 August 2020, Minsk, speech')).toBeInTheDocument();
    const sources = screen.getAllByRole('link', { name: /the article, in a new tab/ });
    expect(sources).toHaveLength(2);
    for (const link of sources) {
      expect(link).toHaveAttribute('target', '_blank');
      const url = new URL(link.getAttribute('href') ?? '');
      expect(url.pathname).toBe('/belarus/');
      expect(parseUrlState(url.search).state).toMatchObject({ view: null, quoteId: 'lukashenko-will-not-give-away' });
    }
  });

  it('says that the data failed, in an alert with Retry instead of the view, and Retry brings the view', async () => {
    for (const search of ['?view=chart', '?view=quote&quote=lukashenko-will-not-give-away']) {
      let answer = () => new Response('nope', { status: 500, statusText: 'Internal Server Error' });
      vi.stubGlobal('fetch', () => Promise.resolve(answer()));
      const { unmount } = render(
        <QueryClientProvider client={new QueryClient()}>
          <EmbedApp
            state={parseUrlState(search).state}
            pageUrl={`${pageOrigin}/belarus/embed/${search}`}
            renderPanel={(panel) => <p>{panel} panel</p>}
          />
        </QueryClientProvider>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('the server answered 500 Internal Server Error');
      expect(screen.queryByText('chart panel')).not.toBeInTheDocument();

      answer = () => new Response(JSON.stringify(embedDataset));
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(
        await screen.findByText(search.includes('quote') ? '“I will not give the country away.”' : 'chart panel'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('says so when the quote is not in the data, rather than showing nothing', () => {
    renderEmbed('?view=quote&quote=no-such-quote');
    expect(screen.getByText(/this quote is not in the data/i)).toBeInTheDocument();
  });

  it('sends a panel’s in-app source links to the full dashboard in a new tab', () => {
    renderEmbed('?view=actors&actor=lukashenko', () => (
      <a href="?view=actors&actor=lukashenko&source=cnn-2020-08-17">Source</a>
    ));
    const link = screen.getByRole('link', { name: 'Source' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.pathname).toBe('/belarus/');
    expect(parseUrlState(url.search).state).toMatchObject({ view: null, sourceId: 'cnn-2020-08-17' });
  });

  it('keeps a panel’s own click handler from turning a source link into in-embed navigation', () => {
    const onClick = vi.fn();
    renderEmbed('?view=actors', () => (
      <a href="?view=actors&source=cnn-2020-08-17" onClick={onClick}>
        Source
      </a>
    ));
    const link = screen.getByRole('link', { name: 'Source' });
    // jsdom would try to navigate; the click's default is not what is under test.
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('reports its height to a pym.js parent and to AMP, once per change', () => {
    renderEmbed('?view=chart&childId=story-chart');
    fireResize();
    fireResize();
    contentHeight = 530;
    fireResize();
    const pymHeights = posted.map((message) => parsePymHeight(message, 'story-chart')).filter((h) => h !== null);
    expect(pymHeights).toEqual([480, 530]);
    expect(posted).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: 530 });
  });

  it('answers a pym.js parent’s width message with its height', () => {
    renderEmbed('?view=chart&childId=story-chart');
    fireResize();
    posted = [];
    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', { data: 'pymxPYMxstory-chartxPYMxwidthxPYMx600', source: parentWindow }),
      );
    });
    expect(posted.map((message) => parsePymHeight(message, 'story-chart'))).toContain(480);
  });

  it('hides the scrollbar only when a parent resizes the frame', () => {
    const { unmount } = renderEmbed('?view=chart&childId=c');
    expect(document.documentElement).toHaveClass('is-embed-sized');
    unmount();
    renderEmbed('?view=chart');
    expect(document.documentElement).not.toHaveClass('is-embed-sized');
  });
});
