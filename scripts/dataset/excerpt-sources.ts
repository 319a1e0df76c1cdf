import type { Dataset, Evidence, Source } from '../../src/data/schema';
import { excerptSource } from '../../src/data/source-text';

/** Every span that counts as evidence: the items' evidence, attributing words and relaying words. */
function evidenceSpans(items: Pick<Dataset, 'events' | 'quotes' | 'figures'>): Evidence[] {
  return [
    ...[...items.events, ...items.figures].flatMap((item) => [
      ...item.evidence,
      ...(item.attribution ? [item.attribution.evidence] : []),
    ]),
    ...items.quotes.flatMap((quote) => [...quote.evidence, ...(quote.via ? [quote.via.evidence] : [])]),
  ];
}

/** The sources as the dataset may publish them: whole where `rights` is `full`, otherwise their evidence's paragraphs. */
export function publishableSources(
  sources: readonly Source[],
  items: Pick<Dataset, 'events' | 'quotes' | 'figures'>,
): Source[] {
  const spans = evidenceSpans(items);
  return sources.map((source) =>
    source.rights === 'full'
      ? source
      : excerptSource(
          source,
          spans.filter((span) => span.sourceId === source.id),
        ),
  );
}
