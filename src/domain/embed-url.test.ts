import { buildDashboardUrl, buildEmbedUrl, getEmbedLinkTarget } from './embed-url';
import { defaultUrlState, parseUrlState, type UrlState } from './url-state';

const page = 'https://news.example/belarus-2020/?actor=lukashenko&from=2020-10-01#quotes';
const octoberLukashenko: UrlState = {
  ...defaultUrlState,
  filters: { actorIds: ['lukashenko'], placeId: null, from: '2020-10-01', to: '2020-10-31' },
};

describe('buildEmbedUrl', () => {
  it('embeds "Lukashenko’s words in October" with the dashboard’s filters', () => {
    const url = new URL(
      buildEmbedUrl(page, octoberLukashenko, { view: 'actors', keepFilters: true, theme: null, quoteId: null }),
    );
    expect(url.origin + url.pathname).toBe('https://news.example/belarus-2020/embed/');
    expect(url.hash).toBe('');
    expect(url.searchParams.has('embed')).toBe(false);
    const { state } = parseUrlState(url.search);
    expect(state).toMatchObject({ view: 'actors', theme: null, filters: octoberLukashenko.filters });
  });

  it('keeps the chart’s metric and table with the filters, for the views that show the chart', () => {
    const crowdTable: UrlState = { ...octoberLukashenko, metric: 'crowd', table: true };
    const embed = (view: 'chart' | 'all' | 'map', keepFilters: boolean) =>
      parseUrlState(new URL(buildEmbedUrl(page, crowdTable, { view, keepFilters, theme: null, quoteId: null })).search)
        .state;
    expect(embed('chart', true)).toMatchObject({ metric: 'crowd', table: true });
    expect(embed('all', true)).toMatchObject({ metric: 'crowd', table: true });
    expect(embed('chart', false)).toMatchObject({ metric: null, table: false });
    expect(embed('map', true)).toMatchObject({ metric: null, table: false });
  });

  it('puts the embed page in the dashboard’s folder, also when the dashboard is opened as index.html', () => {
    const options = { view: 'chart', keepFilters: false, theme: null, quoteId: null } as const;
    expect(buildEmbedUrl('https://news.example/graphics/belarus/index.html?actor=x', defaultUrlState, options)).toBe(
      'https://news.example/graphics/belarus/embed/?view=chart',
    );
  });

  it('drops the filters when the editor asks for the unfiltered view', () => {
    const url = buildEmbedUrl(page, octoberLukashenko, {
      view: 'map',
      keepFilters: false,
      theme: 'dark',
      quoteId: null,
    });
    const { state } = parseUrlState(new URL(url).search);
    expect(state.filters).toEqual(defaultUrlState.filters);
    expect(state).toMatchObject({ view: 'map', theme: 'dark' });
  });

  it('carries the language the editor chose, and none when it follows the reader', () => {
    const options = { view: 'chart', keepFilters: false, theme: null, quoteId: null } as const;
    expect(new URL(buildEmbedUrl(page, octoberLukashenko, { ...options, lang: 'be' })).searchParams.get('lang')).toBe(
      'be',
    );
    expect(new URL(buildEmbedUrl(page, octoberLukashenko, options)).searchParams.has('lang')).toBe(false);
  });

  it('carries the quote only into a quote view', () => {
    const withQuote = { view: 'quote', keepFilters: true, theme: null, quoteId: 'lukashenko-rats' } as const;
    expect(parseUrlState(new URL(buildEmbedUrl(page, defaultUrlState, withQuote)).search).state.quoteId).toBe(
      'lukashenko-rats',
    );
    const chart = { ...withQuote, view: 'chart' } as const;
    expect(parseUrlState(new URL(buildEmbedUrl(page, defaultUrlState, chart)).search).state.quoteId).toBeNull();
  });

  it('does not carry an open source viewer or a parent’s childId into the embed', () => {
    const busy: UrlState = { ...octoberLukashenko, sourceId: 'reuters-2020-08-16', childId: 'x', quoteId: 'q' };
    const url = buildEmbedUrl(page, busy, { view: 'chart', keepFilters: true, theme: null, quoteId: null });
    const { state } = parseUrlState(new URL(url).search);
    expect(state).toMatchObject({ sourceId: null, childId: null, quoteId: null });
  });
});

describe('buildDashboardUrl', () => {
  const embedPage =
    'https://news.example/belarus-2020/embed/?view=chart&theme=dark&childId=c1&from=2020-08-16&to=2020-08-16' +
    '&initialWidth=620&parentTitle=Story&parentUrl=https%3A%2F%2Fpaper.example%2Fstory';

  it('opens the dashboard, the folder above the embed page, at the same filters without the embed settings or what pym.js appended', () => {
    const { state } = parseUrlState(new URL(embedPage).search);
    const url = new URL(buildDashboardUrl(embedPage, state));
    expect(url.pathname).toBe('/belarus-2020/');
    expect([...url.searchParams.keys()].sort()).toEqual(['from', 'to']);
    expect(parseUrlState(url.search).state.filters).toEqual(state.filters);
  });

  it('opens the dashboard at the metric and table the chart embed shows', () => {
    const { state } = parseUrlState(new URL(`${embedPage}&metric=deaths&table=1`).search);
    const url = new URL(buildDashboardUrl(embedPage, state));
    expect(parseUrlState(url.search).state).toMatchObject({ metric: 'deaths', table: true, view: null });
  });

  it('opens the dashboard at a source when a source link is followed', () => {
    const { state } = parseUrlState(new URL(embedPage).search);
    const url = buildDashboardUrl(embedPage, state, {
      sourceId: 'reuters-2020-08-16',
      quoteId: null,
      span: { start: 10, end: 42 },
    });
    expect(new URL(url).pathname).toBe('/belarus-2020/');
    expect(parseUrlState(new URL(url).search).state).toMatchObject({
      view: null,
      theme: null,
      sourceId: 'reuters-2020-08-16',
      span: { start: 10, end: 42 },
      filters: state.filters,
    });
  });

  it('keeps the quote a quote embed shows, so the dashboard opens at it', () => {
    const quoteEmbed = 'https://news.example/embed/index.html?view=quote&quote=lukashenko-rats';
    const { state } = parseUrlState(new URL(quoteEmbed).search);
    expect(buildDashboardUrl(quoteEmbed, state)).toBe('https://news.example/?quote=lukashenko-rats');
  });
});

describe('getEmbedLinkTarget', () => {
  const embedPage = 'https://news.example/belarus/embed/?view=actors&actor=lukashenko&childId=belarus-embed-1';

  it('sends an in-app source link to the full dashboard at that source, with the embed’s filters', () => {
    const target = getEmbedLinkTarget('?view=actors&actor=lukashenko&source=cnn-2020-08-17', embedPage);
    const url = new URL(target ?? '');
    expect(url.pathname).toBe('/belarus/');
    expect(parseUrlState(url.search).state).toMatchObject({
      view: null,
      childId: null,
      sourceId: 'cnn-2020-08-17',
      filters: { actorIds: ['lukashenko'] },
    });
  });

  it('leaves links to other sites pointing where they point', () => {
    expect(getEmbedLinkTarget('https://other.example/page?view=map', embedPage)).toBe(
      'https://other.example/page?view=map',
    );
  });

  it('leaves fragments and non-web links alone', () => {
    expect(getEmbedLinkTarget('#actors', embedPage)).toBeNull();
    expect(getEmbedLinkTarget('mailto:desk@news.example', embedPage)).toBeNull();
    expect(getEmbedLinkTarget('', embedPage)).toBeNull();
  });
});
