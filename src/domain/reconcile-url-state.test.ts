import { dashboardDataset as dataset, evidenceFor } from '../test/fixtures/dashboard-dataset';
import { excerptedDataset } from '../test/fixtures/excerpted-dataset';
import { getEvidenceTarget, reconcileUrlState } from './reconcile-url-state';
import { parseUrlState } from './url-state';

const reconcile = (search: string) => reconcileUrlState(dataset, parseUrlState(search).state);
const highlighted = (search: string) => {
  const view = reconcile(search).sourceView;
  return view && view.selected ? view.source.text.slice(view.selected.start, view.selected.end) : null;
};

describe('reconcileUrlState', () => {
  it('drops actors and places the dataset does not have, naming each', () => {
    const { filters, notices } = reconcile('?actor=lukashenko,nobody&place=atlantis');
    expect(filters.actorIds).toEqual(['lukashenko']);
    expect(filters.placeId).toBeNull();
    expect(notices.map((n) => `${n.param}=${n.value}`)).toEqual(['actor=nobody', 'place=atlantis']);
  });

  it('opens a quote at its first article, or at the article named beside it', () => {
    expect(highlighted('?quote=no-other-elections')).toBe('there will be no other elections.');
    expect(reconcile('?quote=no-other-elections').sourceView?.source.id).toBe('cnn-2020-08-17');
  });

  it('falls back to the quote’s first article when the named one does not report it', () => {
    const { sourceView, notices } = reconcile('?quote=no-other-elections&source=reuters-2020-08-16');
    expect(sourceView?.source.id).toBe('cnn-2020-08-17');
    expect(notices).toEqual([expect.objectContaining({ param: 'source', value: 'reuters-2020-08-16' })]);
  });

  it('highlights a span of an article, for figures and events', () => {
    const { start, end } = evidenceFor('cnn-2020-08-17', 'detained more than 6,700 people');
    expect(highlighted(`?source=cnn-2020-08-17&span=${start}-${end}`)).toBe('detained more than 6,700 people');
  });

  it('opens the article without a highlight when the span runs past its end', () => {
    const { sourceView, notices } = reconcile('?source=cnn-2020-08-17&span=5-99999');
    expect(sourceView?.selected).toBeNull();
    expect(notices).toEqual([expect.objectContaining({ param: 'span' })]);
  });

  it('opens an article published as excerpts without a highlight when the span lies in a paragraph left out', () => {
    const { start, end } = evidenceFor('cnn-2020-08-17', 'there will be no other elections.');
    const { sourceView, notices } = reconcileUrlState(
      excerptedDataset,
      parseUrlState(`?source=cnn-2020-08-17&span=${start}-${end}`).state,
    );
    expect(sourceView?.source.id).toBe('cnn-2020-08-17');
    expect(sourceView?.selected).toBeNull();
    expect(notices).toEqual([
      expect.objectContaining({
        param: 'span',
        reason: { key: 'url.reason.spanOutsideExcerpts' },
      }),
    ]);
  });

  it('keeps the viewer closed for an unknown quote or source, with a notice', () => {
    expect(reconcile('?quote=ghost').sourceView).toBeNull();
    expect(reconcile('?source=ghost').notices).toEqual([expect.objectContaining({ param: 'source', value: 'ghost' })]);
  });
});

describe('getEvidenceTarget', () => {
  it('names the quote when the evidence is a quote’s', () => {
    const evidence = evidenceFor('cnn-2020-08-17', 'national leader');
    expect(getEvidenceTarget(dataset, evidence)).toEqual({
      quoteId: 'national-leader',
      sourceId: 'cnn-2020-08-17',
      span: null,
    });
  });

  it('names the first of two quotes that cite the same words, in whichever dataset is asked', () => {
    const evidence = evidenceFor('cnn-2020-08-17', 'national leader');
    const original = dataset.quotes.find((quote) => quote.id === 'national-leader')!;
    const copy = { ...original, id: 'national-leader-again' };
    expect(getEvidenceTarget({ quotes: [...dataset.quotes, copy] }, evidence).quoteId).toBe('national-leader');
    expect(getEvidenceTarget({ quotes: [copy, ...dataset.quotes] }, evidence).quoteId).toBe('national-leader-again');
  });

  it('names the article and span otherwise', () => {
    const evidence = evidenceFor('cnn-2020-08-17', 'detained more than 6,700 people');
    expect(getEvidenceTarget(dataset, evidence)).toEqual({
      quoteId: null,
      sourceId: 'cnn-2020-08-17',
      span: { start: evidence.start, end: evidence.end },
    });
  });
});
