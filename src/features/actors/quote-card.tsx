import { useRef } from 'react';
import type { Quote, Source } from '../../data/schema';
import { formatSourceName, mediumLabel } from '../../domain/format';
import type { ItemVoice } from '../../domain/item-voice';
import { AppLink } from '../../ui/app-link';
import { DownloadImageButtons } from '../../ui/image-export/download-image-buttons';
import { getImageCredit } from '../../ui/image-export/image-caption';
import { useImageExport } from '../../ui/image-export/image-export-context';
import { Disagreements, InferenceNotes } from '../../ui/voice-notes';
import { useI18n } from '../../ui/i18n/i18n';

interface QuoteCardProps {
  quote: Quote;
  speaker: string;
  placeName: string | null;
  /** Its date (or when it was reported), relay, inferences and disagreements; null shows none of them. */
  voice: ItemVoice | null;
  /** The articles that report the quote, in the order of its evidence. */
  sources: readonly Source[];
  /** A quote's link into an article: this quote's, or the one on the other side of a disagreement. */
  getSourceHref: (quoteId: string, sourceId: string) => string;
  onOpenSource: (quoteId: string, sourceId: string) => void;
}

/**
 * A quote with who said it, when, where, how and through whom, what was inferred, who says otherwise, and a
 * Source link for each article reporting it.
 */
export function QuoteCard({ quote, speaker, placeName, voice, sources, getSourceHref, onOpenSource }: QuoteCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const details = [
    voice?.date ?? null,
    placeName,
    quote.medium === null ? null : mediumLabel(quote.medium, t),
    voice?.relay?.label ?? null,
  ].filter((detail): detail is string => detail !== null);
  const figureRef = useRef<HTMLElement>(null);
  const imageExport = useImageExport();
  return (
    <figure className="quote-card" ref={figureRef}>
      <blockquote className="quote-card__text" lang="en">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="quote-card__caption">
        <span className="quote-card__speaker">{speaker}</span>
        {details.map((detail) => (
          <span key={detail} className="quote-card__detail">
            {' · '}
            {detail}
          </span>
        ))}
      </figcaption>
      {voice ? (
        <>
          <InferenceNotes inferences={voice.inferences} />
          <Disagreements
            disagreements={voice.disagreements}
            renderLink={(side, content) => (
              <AppLink
                className="source-link"
                href={getSourceHref(side.id, side.evidence.sourceId)}
                onNavigate={() => onOpenSource(side.id, side.evidence.sourceId)}
              >
                {content}
              </AppLink>
            )}
          />
        </>
      ) : null}
      <ul className="quote-card__sources">
        {sources.map((source) => (
          <li key={source.id}>
            <AppLink
              className="source-link"
              href={getSourceHref(quote.id, source.id)}
              onNavigate={() => onOpenSource(quote.id, source.id)}
            >
              {t('source.link')} <span className="source-link__detail">({formatSourceName(source, i18n)})</span>
            </AppLink>
          </li>
        ))}
      </ul>
      {imageExport ? (
        <DownloadImageButtons
          subject={t('actors.quoteImageSubject', { speaker })}
          formats={['png']}
          onDownload={async () => {
            const { exportQuoteImage } = await import('../../ui/image-export/export-quote');
            const content = {
              text: quote.text,
              speaker,
              details: details.length === 0 ? null : details.join(' · '),
              sources:
                sources.length === 0
                  ? null
                  : t('actors.reportedBy', {
                      sources: sources.map((source) => formatSourceName(source, i18n)).join('; '),
                    }),
              credit: getImageCredit(imageExport.dataCredit, null, t),
            };
            return exportQuoteImage(content, `quote-${quote.id}`, figureRef.current ?? document.body);
          }}
        />
      ) : null}
    </figure>
  );
}
