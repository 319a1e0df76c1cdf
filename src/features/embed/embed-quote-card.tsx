import type { Quote, Source } from '../../data/schema';
import { formatSourceName, mediumPhrase } from '../../domain/format';
import type { ItemVoice } from '../../domain/item-voice';
import { Disagreements, InferenceNotes } from '../../ui/voice-notes';
import { useI18n } from '../../ui/i18n/i18n';

interface EmbedQuoteCardProps {
  quote: Quote;
  speaker: string;
  placeName: string | null;
  /** Its date (or when it was reported), relay, inferences and disagreements. */
  voice: ItemVoice;
  /** The articles that report the quote, in the order of its evidence. */
  sources: readonly Source[];
  /** The full dashboard opened at a quote in one article: this one, or the other side of a disagreement. */
  getSourceHref: (quoteId: string, sourceId: string) => string;
}

// A new element for each link: Preact, which embeds run on, must not be handed one element twice.
const newTab = (text: string) => <span className="visually-hidden">{text}</span>;

/**
 * One quote as a card for an article: the words, who said them, when, where and through whom, what was
 * inferred, who says otherwise, and the articles reporting them.
 */
export function EmbedQuoteCard({ quote, speaker, placeName, voice, sources, getSourceHref }: EmbedQuoteCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const details = [
    voice.date,
    placeName,
    quote.medium === null ? null : mediumPhrase(quote.medium, t),
    voice.relay?.label ?? null,
  ].filter((detail): detail is string => detail !== null);
  return (
    <figure className="embed-quote">
      <blockquote className="embed-quote__text" lang="en">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="embed-quote__caption">
        <span className="embed-quote__speaker">{speaker}</span>
        <span className="embed-quote__details">{details.join(', ')}</span>
      </figcaption>
      <InferenceNotes inferences={voice.inferences} />
      <Disagreements
        disagreements={voice.disagreements}
        renderLink={(side, content) => (
          <a href={getSourceHref(side.id, side.evidence.sourceId)} target="_blank" rel="noopener">
            {content}
            {newTab(t('embed.articleNewTab'))}
          </a>
        )}
      />
      <p className="embed-quote__sources">
        {t('source.sourcesLabel', { count: sources.length })}
        {sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 ? '; ' : null}
            <a href={getSourceHref(quote.id, source.id)} target="_blank" rel="noopener">
              {formatSourceName(source, i18n)}
              {newTab(t('embed.articleNewTab'))}
            </a>
          </span>
        ))}
      </p>
    </figure>
  );
}
