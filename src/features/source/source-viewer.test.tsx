import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { datasetSchema } from '../../data/schema';
import { getVoiceOf } from '../../domain/item-voice';
import { reconcileUrlState } from '../../domain/reconcile-url-state';
import { getSourceAnnotations } from '../../domain/source-annotations';
import { parseUrlState } from '../../domain/url-state';
import { installDialogPolyfill } from '../../test/dashboard-dialog-polyfill';
import { dashboardDataset as dataset, evidenceFor } from '../../test/fixtures/dashboard-dataset';
import { EXCERPTED_SOURCE_URL, excerptedDataset, leftOutWords } from '../../test/fixtures/excerpted-dataset';
import { voiceDataset, voiceEvidence } from '../../test/fixtures/voice-dataset';
import { loadCatalogue } from '../../ui/i18n/catalogue';
import { createI18n, I18nProvider } from '../../ui/i18n/i18n';
import { SourceViewer, type SourceViewerProps } from './source-viewer';
import { testWording } from '../../test/wording';

const english = testWording('en');

beforeAll(installDialogPolyfill);

const viewFor = (search: string) => reconcileUrlState(dataset, parseUrlState(search).state).sourceView;

function renderViewer(search: string, patch: Partial<SourceViewerProps> = {}) {
  const view = viewFor(search);
  const props: SourceViewerProps = {
    view,
    annotations: view ? getSourceAnnotations(dataset, view.source.id, english) : [],
    voiceOf: getVoiceOf(dataset, english),
    getPassageHref: ({ sourceId, start, end }) => `?source=${sourceId}&span=${start}-${end}`,
    onOpenPassage: vi.fn(),
    onClose: vi.fn(),
    ...patch,
  };
  render(<SourceViewer {...props} />);
  return props;
}

describe('SourceViewer', () => {
  it('shows the article with its outlet and date, the quote’s exact words marked', () => {
    renderViewer('?quote=no-other-elections');
    const dialog = screen.getByRole('dialog', { name: 'CNN' });
    expect(dialog).toHaveTextContent('Published 17 August 2020');
    const mark = dialog.querySelector('mark');
    expect(mark).toHaveTextContent(/^there will be no other elections\.$/);
    expect(mark).toHaveFocus();
    expect(dialog).toHaveTextContent('Highlighted: Quote by Alexander Lukashenko, 17 August 2020');
  });

  it('marks the other cited passages as links that select them', async () => {
    const props = renderViewer('?quote=no-other-elections');
    const figure = evidenceFor('cnn-2020-08-17', 'detained more than 6,700 people');
    const link = screen.getByRole('link', { name: 'detained more than 6,700 people' });
    expect(link).toHaveAttribute('href', `?source=cnn-2020-08-17&span=${figure.start}-${figure.end}`);
    expect(link).toHaveAttribute('title', expect.stringContaining('Figure: more than 6,700 (detentions)'));
    await userEvent.click(link);
    expect(props.onOpenPassage).toHaveBeenCalledWith({
      sourceId: 'cnn-2020-08-17',
      start: figure.start,
      end: figure.end,
    });
  });

  it('names an article without an outlet plainly', () => {
    renderViewer('?source=reuters-2020-08-16');
    expect(screen.getByRole('dialog', { name: 'Article of 16 Aug 2020' })).toBeInTheDocument();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('asks to close on Escape and on the Close button', async () => {
    const props = renderViewer('?quote=national-leader');
    await userEvent.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back to what opened it', async () => {
    function Harness() {
      const [search, setSearch] = useState('');
      const view = viewFor(search);
      return (
        <>
          <button type="button" onClick={() => setSearch('?quote=national-leader')}>
            Open
          </button>
          <SourceViewer
            view={view}
            annotations={view ? getSourceAnnotations(dataset, view.source.id, english) : []}
            voiceOf={getVoiceOf(dataset, english)}
            getPassageHref={() => '?'}
            onOpenPassage={() => undefined}
            onClose={() => setSearch('')}
          />
        </>
      );
    }
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(opener);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});

describe('SourceViewer beside the marked words', () => {
  function renderVoiceViewer(search: string) {
    const view = reconcileUrlState(voiceDataset, parseUrlState(search).state).sourceView;
    const props: SourceViewerProps = {
      view,
      annotations: view ? getSourceAnnotations(voiceDataset, view.source.id, english) : [],
      voiceOf: getVoiceOf(voiceDataset, english),
      getPassageHref: ({ sourceId, start, end }) => `?source=${sourceId}&span=${start}-${end}`,
      onOpenPassage: vi.fn(),
      onClose: vi.fn(),
    };
    render(<SourceViewer {...props} />);
    return props;
  }
  const spanOf = (evidence: { sourceId: string; start: number; end: number }) =>
    `?source=${evidence.sourceId}&span=${evidence.start}-${evidence.end}`;

  it('says who says so, with a link that marks the attributing words, and describes the marked words by it', async () => {
    const props = renderVoiceViewer(
      spanOf(voiceEvidence('reuters-2020-08-16', 'Lukashenko denied he had left the country')),
    );
    const note = screen.getByRole('note', { name: 'About the highlighted words' });
    expect(note).toHaveTextContent('Belta report: “The state news agency Belta reported”');
    expect(note).toHaveTextContent('Date: reported 16 August 2020; the article gives no date');
    expect(document.querySelector('mark')).toHaveAccessibleDescription(/Belta report/);
    // At the end of the marked words' paragraph, not inside its sentence.
    expect(note.previousElementSibling).toHaveTextContent(/^\.$/);
    const words = voiceEvidence('reuters-2020-08-16', 'The state news agency Belta reported');
    const link = within(note).getByRole('link', { name: '“The state news agency Belta reported”' });
    expect(link).toHaveAttribute('href', spanOf(words));
    await userEvent.click(link);
    expect(props.onOpenPassage).toHaveBeenCalledWith(words);
  });

  it('shows both sides of a disagreement, the other side one link away in its own article', async () => {
    const props = renderVoiceViewer(
      spanOf(voiceEvidence('reuters-2020-08-16', 'Nasha Niva posted the ambassador’s video on Saturday')),
    );
    const dispute = within(screen.getByRole('note')).getByRole('group', { name: 'Sources disagree' });
    expect(dispute).toHaveTextContent('Reuters: “Nasha Niva posted the ambassador’s video on Saturday”');
    expect(dispute).toHaveTextContent('CNN: “Nasha Niva posted a video of the ambassador on Sunday”');
    const sunday = voiceEvidence('cnn-2020-08-17', 'Nasha Niva posted a video of the ambassador on Sunday');
    await userEvent.click(within(dispute).getByRole('link', { name: 'The words of CNN in CNN, 17 Aug 2020' }));
    expect(props.onOpenPassage).toHaveBeenCalledWith(sunday);
  });

  it('says through whom a quote came and what was inferred', () => {
    renderVoiceViewer('?quote=build-up');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Via Belta: “according to state news agency Belta”');
    expect(note).toHaveTextContent(
      'Place and date inferred: The article reports the speech with his visit to a plant in Minsk.',
    );
  });

  it('adds nothing beside words whose item the article states in its own voice, dated', () => {
    renderViewer('?quote=no-other-elections');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('SourceViewer on an article published as excerpts', () => {
  const figure = evidenceFor('cnn-2020-08-17', 'detained more than 6,700 people');
  const renderExcerpted = () => {
    const view = reconcileUrlState(
      excerptedDataset,
      parseUrlState(`?source=cnn-2020-08-17&span=${figure.start}-${figure.end}`).state,
    ).sourceView;
    render(
      <SourceViewer
        view={view}
        annotations={getSourceAnnotations(excerptedDataset, 'cnn-2020-08-17', english)}
        voiceOf={getVoiceOf(excerptedDataset, english)}
        getPassageHref={() => '#'}
        onOpenPassage={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    return screen.getByRole('dialog', { name: 'CNN' });
  };

  it('is a valid dataset', () => {
    expect(datasetSchema.safeParse(excerptedDataset).error?.issues).toBeUndefined();
  });

  it('shows the kept paragraphs with the evidence marked in place, and "…" for the one left out', () => {
    const dialog = renderExcerpted();
    expect(dialog.querySelector('mark')).toHaveTextContent(/^detained more than 6,700 people$/);
    expect(dialog).toHaveTextContent('Police detained more than 6,700 people in the first days of protest.');
    expect(dialog).toHaveTextContent('offered Monday to act as the country’s “national leader”');
    expect(dialog).not.toHaveTextContent(leftOutWords);
    const text = dialog.querySelector('.source-viewer__text')!;
    expect(text.textContent).toMatch(/“national leader”\.\s*…Paragraphs left out\s*Police detained/);
  });

  it('links to the full article where its address is known', () => {
    const link = within(renderExcerpted()).getByRole('link', { name: 'Read the full article' });
    expect(link).toHaveAttribute('href', EXCERPTED_SOURCE_URL);
    expect(link).toHaveAttribute('rel', 'noopener');
  });

  it('offers no such link for an article whose address is not known', () => {
    renderViewer('?source=reuters-2020-08-16');
    expect(screen.queryByRole('link', { name: 'Read the full article' })).toBeNull();
  });

  it('names the article, dates it and labels the marked words in Russian, the article itself as published', async () => {
    const i18n = createI18n('ru', await loadCatalogue('ru'));
    const view = viewFor('?quote=no-other-elections');
    render(
      <I18nProvider i18n={i18n}>
        <SourceViewer
          view={view}
          annotations={getSourceAnnotations(dataset, 'cnn-2020-08-17', i18n)}
          voiceOf={getVoiceOf(dataset, i18n)}
          getPassageHref={() => '?'}
          onOpenPassage={vi.fn()}
          onClose={vi.fn()}
        />
      </I18nProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'CNN' });
    expect(dialog).toHaveTextContent('Опубликовано 17 августа 2020 г.');
    expect(dialog).toHaveTextContent('Цитата: Alexander Lukashenko, 17 августа 2020 г.');
    expect(screen.getByRole('link', { name: 'detained more than 6,700 people' })).toHaveAttribute(
      'title',
      expect.stringContaining('Цифра: more than 6,700 (задержания)'),
    );
  });
});
