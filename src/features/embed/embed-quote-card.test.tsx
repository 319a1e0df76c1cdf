import { render, screen, within } from '@testing-library/react';
import type { Quote } from '../../data/schema';
import { describeItemVoice } from '../../domain/item-voice';
import { voiceDataset as dataset } from '../../test/fixtures/voice-dataset';
import { loadCatalogue } from '../../ui/i18n/catalogue';
import { createI18n, I18nProvider, type I18n } from '../../ui/i18n/i18n';
import { testWording } from '../../test/wording';
import { EmbedQuoteCard } from './embed-quote-card';

function renderCard(quoteId: string, i18n?: I18n) {
  const quote = dataset.quotes.find((candidate) => candidate.id === quoteId) as Quote;
  const sourceIds = new Set(quote.evidence.map((evidence) => evidence.sourceId));
  const card = (
    <EmbedQuoteCard
      quote={quote}
      speaker={dataset.actors.find((actor) => actor.id === quote.actorId)?.name ?? ''}
      placeName={dataset.places.find((place) => place.id === quote.placeId)?.name ?? null}
      voice={describeItemVoice(dataset, { kind: 'quote', item: quote }, i18n ?? testWording('en'))}
      sources={dataset.sources.filter((source) => sourceIds.has(source.id))}
      getSourceHref={(id, sourceId) => `https://data.example/?quote=${id}&source=${sourceId}`}
    />
  );
  render(i18n ? <I18nProvider i18n={i18n}>{card}</I18nProvider> : card);
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

  it('says when, how and through whom in Russian, the words and names as the articles give them', async () => {
    const card = renderCard('build-up', createI18n('ru', await loadCatalogue('ru')));
    expect(card.querySelector('figcaption')).toHaveTextContent(
      'Alexander Lukashenko17 августа 2020 г., Minsk, выступление, через Belta',
    );
    expect(card).toHaveTextContent(
      'Место и дата выведены: The article reports the speech with his visit to a plant in Minsk.',
    );
    expect(card.querySelector('.embed-quote__sources')).toHaveTextContent(/^Источник: CNN, 17 авг\. 2020 г\./);
  });

  it('dates an undated quote by its report in Belarusian', async () => {
    const card = renderCard('feed-the-kids', createI18n('be', await loadCatalogue('be')));
    expect(card).toHaveTextContent('паведамлена 27 кастрычніка 2020 г.; дата ў артыкуле не пазначана');
  });
});
