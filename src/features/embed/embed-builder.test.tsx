import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetQueryOptions } from '../../data/dataset-query';
import { getInitialEmbedHeight } from '../../domain/embed-initial-height';
import { loaderAttribute } from '../../domain/embed-snippet';
import { buildPymHeightMessage } from '../../domain/pym-messages';
import { parseUrlState } from '../../domain/url-state';
import { embedDataset } from '../../test/fixtures/embed-dataset';
import { EmbedButton } from './embed-button';

const pageUrl = 'http://localhost:3000/belarus/?actor=lukashenko&from=2020-10-01&to=2020-10-31';

beforeAll(() => {
  // jsdom has no modal dialogs; these do what the browser's would for the parts under test.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

async function openBuilder() {
  const user = userEvent.setup();
  const client = new QueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, embedDataset);
  const { state } = parseUrlState(new URL(pageUrl).search);
  render(
    <QueryClientProvider client={client}>
      <EmbedButton state={state} pageUrl={pageUrl} />
    </QueryClientProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Embed' }));
  // The builder's code loads on the first click.
  await screen.findByRole('radio', { name: 'Map' });
  return user;
}

/** The embed URL and title inside the loader snippet, read back as a browser would. */
function readLoaderSnippet() {
  const html = screen.getByLabelText<HTMLTextAreaElement>(/snippet with the loader/i).value;
  const div = new DOMParser().parseFromString(html, 'text/html').querySelector(`[${loaderAttribute}]`);
  const url = new URL(div?.getAttribute(loaderAttribute) ?? '');
  const loader = new DOMParser().parseFromString(html, 'text/html').querySelector('script')?.getAttribute('src');
  return { html, url, loader, state: parseUrlState(url.search).state, title: div?.getAttribute('data-title') };
}

describe('the embed builder', () => {
  it('opens from the Embed button as a labelled dialog', async () => {
    await openBuilder();
    expect(screen.getByRole('dialog', { name: /embed this view/i })).toBeInTheDocument();
  });

  it('embeds the chosen view with the dashboard’s current filters', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('radio', { name: 'Actors and their quotes' }));
    const { state, url, loader } = readLoaderSnippet();
    expect(url.origin + url.pathname).toBe('http://localhost:3000/belarus/embed/');
    expect(loader).toBe('http://localhost:3000/belarus/embed.js');
    expect(state).toMatchObject({ view: 'actors' });
    expect(state.filters).toMatchObject({ actorIds: ['lukashenko'], from: '2020-10-01', to: '2020-10-31' });
  });

  it('embeds the timeline of events, titled as such', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('radio', { name: 'Timeline of events' }));
    expect(readLoaderSnippet().state).toMatchObject({ view: 'timeline' });
    expect(screen.getByRole('textbox', { name: 'Title for screen readers' })).toHaveValue(
      'Timeline of the 2020 Belarus protests',
    );
  });

  it('drops the filters when asked', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('checkbox', { name: /keep the current filters/i }));
    expect(readLoaderSnippet().state.filters).toEqual({ actorIds: [], placeId: null, from: null, to: null });
  });

  it('embeds a chosen quote, titled with its speaker', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('radio', { name: 'A single quote' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quote' }), 'tikhanouskaya-ready-to-lead');
    const { state, title } = readLoaderSnippet();
    expect(state).toMatchObject({ view: 'quote', quoteId: 'tikhanouskaya-ready-to-lead' });
    expect(title).toContain('Sviatlana Tsikhanouskaya');
  });

  it('forces a theme when one is chosen', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('radio', { name: 'Always dark' }));
    expect(readLoaderSnippet().state.theme).toBe('dark');
  });

  it('copies each snippet with one click', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('button', { name: 'Copy the loader snippet' }));
    expect(await navigator.clipboard.readText()).toBe(readLoaderSnippet().html);
    await user.click(screen.getByRole('button', { name: 'Copy the iframe snippet' }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^<div style="position:relative;height:\d+px"><a href=.*<iframe /,
    );
    await user.click(screen.getByRole('button', { name: 'Copy the pym.js snippet' }));
    const pym = await navigator.clipboard.readText();
    expect(pym).toContain('new pym.Parent(');
    expect(pym).toContain(`"${readLoaderSnippet().url}"`);
    expect(screen.getAllByRole('status').some((status) => status.textContent === 'Copied.')).toBe(true);
  });

  it('previews the embed at the chosen width and follows the height it reports', async () => {
    const user = await openBuilder();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preview width' }), '375');
    const frame = screen.getByTitle<HTMLIFrameElement>(/^Preview:/);
    expect(frame).toHaveAttribute('width', '375');
    expect(new URL(frame.src).pathname).toBe('/belarus/embed/');
    expect(frame).toHaveAttribute('height', String(getInitialEmbedHeight('chart', 375)));
    const childId = new URL(frame.src).searchParams.get('childId') ?? '';
    const report = (origin: string) =>
      act(() => {
        window.dispatchEvent(
          new MessageEvent('message', {
            data: buildPymHeightMessage(childId, 777),
            origin,
            source: frame.contentWindow,
          }),
        );
      });
    report('https://elsewhere.example');
    expect(frame).toHaveAttribute('height', String(getInitialEmbedHeight('chart', 375)));
    report(new URL(pageUrl).origin);
    expect(frame).toHaveAttribute('height', '777');
  });

  it('closes with its Close button', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('writes the snippet’s title and image text in the language the embed is set to', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('radio', { name: 'Map' }));
    expect(readLoaderSnippet().title).toBe('Map of the 2020 Belarus protests');
    await user.click(screen.getByRole('radio', { name: 'Russian (русский)' }));
    await waitFor(() => expect(readLoaderSnippet().title).toBe('Карта протестов 2020 года в Беларуси'));
    expect(readLoaderSnippet().state.lang).toBe('ru');
    const image = screen.getByLabelText<HTMLTextAreaElement>(/image with a link/i).value;
    expect(image).toContain('alt="Карта Беларуси со всеми местами, которые называют статьи о протестах 2020 года');
  }, 20_000);
});
