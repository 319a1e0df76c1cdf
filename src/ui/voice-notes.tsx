import { useId, type ReactNode } from 'react';
import type { Disagreement, DisputeSide, InferenceMark, ItemVoice } from '../domain/item-voice';
import { useI18n } from './i18n/i18n';

/**
 * What the editor read between the lines ("Place inferred: …"), as visible text: a note shown only on hover
 * would reach neither a keyboard nor a screen reader.
 */
export function InferenceNotes({ inferences }: { inferences: readonly InferenceMark[] }) {
  return inferences.map((mark) => (
    <p key={mark.note} className="voice-note voice-note--inferred">
      <span className="voice-note__label">{mark.label}:</span> <span lang="en">{mark.note}</span>
    </p>
  ));
}

/**
 * An item's inferred values and disagreements, where each side's words open in place by a button (the chart's
 * table and the map's popups, which open the Source viewer over the page).
 */
export function VoiceNotes({
  voice,
  buttonClassName,
  onOpenEvidence,
}: {
  voice: Pick<ItemVoice, 'inferences' | 'disagreements'>;
  buttonClassName: string;
  onOpenEvidence: (evidence: DisputeSide['evidence']) => void;
}) {
  return (
    <>
      <InferenceNotes inferences={voice.inferences} />
      <Disagreements
        disagreements={voice.disagreements}
        renderLink={(side, content) => (
          <button type="button" className={buttonClassName} onClick={() => onOpenEvidence(side.evidence)}>
            {content}
          </button>
        )}
      />
    </>
  );
}

interface DisagreementsProps {
  disagreements: readonly Disagreement[];
  /**
   * The link or button that opens a side's words in its article, around `content` (the article's name, and for
   * screen readers whose words they are): a link in place on the dashboard, a new tab from an embed.
   */
  renderLink: (side: DisputeSide, content: ReactNode) => ReactNode;
}

/** "Sources disagree": both sides' words, who says them, and a way to each side's article. */
export function Disagreements({ disagreements, renderLink }: DisagreementsProps) {
  return disagreements.map((disagreement) => (
    <DisagreementNote key={disagreement.other.id} disagreement={disagreement} renderLink={renderLink} />
  ));
}

function DisagreementNote({
  disagreement,
  renderLink,
}: { disagreement: Disagreement } & Pick<DisagreementsProps, 'renderLink'>) {
  const titleId = useId();
  const { t } = useI18n();
  return (
    <div className="voice-note disagreement" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="voice-note__label">
        {t('ui.voice.disagree')}
      </p>
      {[disagreement.self, disagreement.other].map((side) => (
        <p key={`${side.kind}-${side.id}`} className="disagreement__side">
          <span className="disagreement__who">{side.who}:</span> <span lang="en">“{side.words.join(' … ')}”</span>{' '}
          {renderLink(
            side,
            <>
              <span className="visually-hidden">{t('ui.voice.wordsOf', { who: side.who })}</span>
              {side.sourceName}
            </>,
          )}
        </p>
      ))}
    </div>
  );
}
