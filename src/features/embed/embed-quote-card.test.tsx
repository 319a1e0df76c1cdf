import { render, screen, within } from '@testing-library/react';
import type { Quote } from '../../data/schema';
import { describeItemVoice } from '../../domain/item-voice';
import { voiceDataset as dataset } from '../../test/fixtures/voice-dataset';
import { EmbedQuoteCard } from './embed-quote-card';

function renderCard(quoteId: string) {
  const quote = dataset.quotes.find((candidate) => candidate.id === quoteId) as Quote;
  const sourceIds = new Set(quote.evidence.map((evidence) => evidence.sourceId));
  render(
    <EmbedQuoteCard
      quote={quote}
      speaker={dataset.actors.find((actor) => actor.id === quote.actorId)?.name ?? ''}
      placeName={dataset.places.find((place) => place.id === quote.placeId)?.name ?? null}
      voice={describeItemVoice(dataset, { kind: 'quote', item: quote })}
      sources={dataset.sources.filter((source) => sourceIds.has(source.id))}
      getSourceHref={(id, sourceId) => `https://data.example/?quote=${id}&source=${sourceId}`}
    />,
  );
  return screen.getByRole('figure');
}

describe('EmbedQuoteCard', () => {
  it('says when, where, how and through whom, and what was inferred', () => {
    const card = renderCard('build-up');
    expect(card.querySelector('figcaption')).toHaveTextContent(
      'Alexander Lukashenko17 August 2020, Minsk, speech, via Belta',
    );
    expect(card).toHaveTextContent(
      'Place and date inferred: The article reports the speech with his visit to a plant in Minsk.',
    );
  });

  it('marks an undated quote as reported', () => {
    expect(renderCard('feed-the-kids')).toHaveTextContent('reported 27 October 2020; the article gives no date');
  });

  it('shows both sides of a disagreement, each opening the dashboard at its words in a new tab', () => {
    const dispute = within(renderCard('build-up')).getByRole('group', { name: 'Sources disagree' });
    expect(dispute).toHaveTextContent('Jens Stoltenberg: “NATO does not pose a threat to Belarus”');
    const other = within(dispute).getByRole('link', { name: /^The words of Jens Stoltenberg in Reuters, 16 Aug 2020/ });
    expect(other).toHaveAttribute('href', 'https://data.example/?quote=no-threat&source=reuters-2020-08-16');
    expect(other).toHaveAttribute('target', '_blank');
  });
});
