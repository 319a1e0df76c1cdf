import { render, screen } from '@testing-library/react';
import type { Quote } from '../../data/schema';
import { getVoiceOf } from '../../domain/item-voice';
import { voiceDataset as dataset } from '../../test/fixtures/voice-dataset';
import { loadCatalogue } from '../../ui/i18n/catalogue';
import { createI18n, I18nProvider } from '../../ui/i18n/i18n';
import { QuoteCard } from './quote-card';

async function renderCard(quoteId: string, locale: 'be' | 'ru') {
  const i18n = createI18n(locale, await loadCatalogue(locale));
  const quote = dataset.quotes.find((candidate) => candidate.id === quoteId) as Quote;
  const sourceIds = new Set(quote.evidence.map((evidence) => evidence.sourceId));
  render(
    <I18nProvider i18n={i18n}>
      <QuoteCard
        quote={quote}
        speaker="Alexander Lukashenko"
        placeName="Minsk"
        voice={getVoiceOf(dataset, i18n)({ kind: 'quote', id: quoteId })}
        sources={dataset.sources.filter((source) => sourceIds.has(source.id))}
        getSourceHref={(id, sourceId) => `?quote=${id}&source=${sourceId}`}
        onOpenSource={vi.fn()}
      />
    </I18nProvider>,
  );
  return screen.getByRole('figure');
}

describe('QuoteCard in Belarusian and Russian', () => {
  it('gives when, where, how and through whom in Russian, the words and names as the articles give them', async () => {
    const card = await renderCard('build-up', 'ru');
    expect(card.querySelector('figcaption')).toHaveTextContent(
      'Alexander Lukashenko · 17 августа 2020 г. · Minsk · Выступление · через Belta',
    );
    expect(card).toHaveTextContent('“There is a build-up of military power on the western borders');
    expect(screen.getByRole('link', { name: 'Источник (CNN, 17 авг. 2020 г.)' })).toBeInTheDocument();
  });

  it('dates an undated quote by its report in Belarusian', async () => {
    const card = await renderCard('feed-the-kids', 'be');
    expect(card.querySelector('figcaption')).toHaveTextContent(
      'паведамлена 27 кастрычніка 2020 г.; дата ў артыкуле не пазначана',
    );
  });
});
