import type { ReactNode } from 'react';
import type { Evidence } from '../../data/schema';
import type { GlanceFigure, StoryAtAGlance } from '../../domain/at-a-glance';
import type { TimelineSource } from '../../domain/timeline';
import { AppLink } from '../../ui/app-link';
import { useI18n } from '../../ui/i18n/i18n';
import './at-a-glance.css';

export interface AtAGlanceProps {
  glance: StoryAtAGlance;
  getEvidenceHref: (evidence: Evidence) => string;
  onOpenEvidence: (evidence: Evidence) => void;
}

/**
 * The facts a reader should leave with, under the title: the largest count of each kind and the key dates,
 * each in the articles' words, with who made the count and a link to the words in their article.
 */
export function AtAGlance({ glance, getEvidenceHref, onOpenEvidence }: AtAGlanceProps) {
  const { t } = useI18n();
  const link = (source: TimelineSource | undefined) =>
    source ? (
      <AppLink
        className="source-link"
        href={getEvidenceHref(source.evidence)}
        onNavigate={() => onOpenEvidence(source.evidence)}
      >
        {t('source.link')} <span className="source-link__detail">({source.name})</span>
      </AppLink>
    ) : null;
  return (
    <div className="at-a-glance__body">
      {glance.figures.map((fact) => (
        <GlanceFact key={fact.metric} fact={fact} link={link} />
      ))}
      {glance.milestones.length > 0 ? (
        <div className="at-a-glance__dates">
          <h3 className="at-a-glance__heading">{t('glance.keyDates')}</h3>
          <ol className="at-a-glance__milestones">
            {glance.milestones.map((milestone) => (
              <li key={milestone.event.id}>
                <span className="at-a-glance__when">{milestone.when}</span> <span lang="en">{milestone.headline}.</span>{' '}
                {link(milestone.sources[0])}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}

interface GlanceFactProps {
  fact: GlanceFigure;
  link: (source: TimelineSource | undefined) => ReactNode;
}

/** "Largest crowd: around 50,000", the article's sentence, when, where, who counted, and its Source. */
function GlanceFact({ fact, link }: GlanceFactProps) {
  const { t } = useI18n();
  const details = [fact.when, fact.place, fact.voice].filter((detail): detail is string => detail !== null);
  return (
    <div className={`glance-fact glance-fact--${fact.metric}`}>
      <h3 className="at-a-glance__heading">{fact.heading}</h3>
      <p className="glance-fact__figure" lang="en">
        {fact.figure.label}
      </p>
      <p className="glance-fact__words" lang="en">
        “{fact.words.before}
        <strong>{fact.words.emphasis}</strong>
        {fact.words.after}”
      </p>
      <p className="glance-fact__details">
        {details.join(' · ')} {link(fact.sources[0])}
      </p>
      {fact.disputedBy.map((other) => (
        <p key={other.label} className="glance-fact__details">
          {t('glance.otherCount', { figure: other.label })} {link(other.sources[0])}
        </p>
      ))}
    </div>
  );
}
