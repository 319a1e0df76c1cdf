import { Fragment, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Dataset, DatasetEvent, Evidence } from '../../data/schema';
import { orderTimelineEvents } from '../../domain/event-order';
import {
  describeTimelineEntry,
  groupTimelineByDay,
  type TimelineEntry,
  type TimelineSource,
} from '../../domain/timeline';
import { AppLink } from '../../ui/app-link';
import { useI18n } from '../../ui/i18n/i18n';
import './event-timeline.css';

export interface EventTimelineProps {
  dataset: Dataset;
  /** The events under the current filters, in any order. */
  events: readonly DatasetEvent[];
  getEvidenceHref: (evidence: Evidence) => string;
  onOpenEvidence: (evidence: Evidence) => void;
  /** How many events show before "Show more", and how many each press adds. */
  pageSize: number;
}

/** The DOM id of an event's entry, so "Show more" can hand focus to the first one it adds. */
const entryId = (eventId: string) => `timeline-event-${eventId}`;

/**
 * Every event under the filters, dated or not, by day, oldest first: a list of articles with headings that a
 * keyboard and a screen reader walk like any page, a page at a time.
 */
export function EventTimeline({ dataset, events, getEvidenceHref, onOpenEvidence, pageSize }: EventTimelineProps) {
  const [limit, setLimit] = useState(pageSize);
  const i18n = useI18n();
  const { t } = i18n;
  const ordered = useMemo(() => orderTimelineEvents(events), [events]);
  // Only the events on screen are described: a filter change over 100,000 events costs one page's worth.
  const days = useMemo(
    () =>
      groupTimelineByDay(
        ordered.slice(0, limit).map((event) => describeTimelineEntry(dataset, event, i18n)),
        i18n.intl,
      ),
    [dataset, ordered, limit, i18n],
  );
  const hidden = ordered.length - Math.min(limit, ordered.length);
  const next = Math.min(hidden, pageSize);

  const showMore = () => {
    const first = ordered[limit];
    flushSync(() => setLimit(limit + pageSize));
    // The reader carries on from the first new event; the button itself may be gone.
    if (first) document.getElementById(entryId(first.id))?.focus();
  };

  if (ordered.length === 0) return <p className="empty-state">{t('timeline.empty')}</p>;
  const links = { getEvidenceHref, onOpenEvidence };
  return (
    <div className="event-timeline">
      <ol className="event-timeline__days">
        {days.map((day) => (
          <li key={day.day} className="event-timeline__day">
            <h3 className="event-timeline__day-heading">
              <time dateTime={day.day}>{day.heading}</time>
            </h3>
            <ol className="event-timeline__events">
              {day.entries.map((entry) => (
                <li key={entry.id}>
                  <TimelineEvent entry={entry} {...links} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <button type="button" className="show-more" onClick={showMore}>
          {t('timeline.showMore', { count: next })}
          {hidden > next ? (
            <span className="event-timeline__hidden">{t('timeline.notShown', { count: hidden })}</span>
          ) : null}
        </button>
      ) : null}
    </div>
  );
}

interface LinkProps {
  getEvidenceHref: (evidence: Evidence) => string;
  onOpenEvidence: (evidence: Evidence) => void;
}

/** One event: what happened, when and where, who was involved, who says so, and where to read it. */
function TimelineEvent({ entry, ...links }: LinkProps & { entry: TimelineEntry }) {
  const titleId = `${entryId(entry.id)}-title`;
  const details = [entry.place, entry.actors.length > 0 ? entry.actors.join(', ') : null].filter(
    (detail): detail is string => detail !== null,
  );
  return (
    // Focusable by script only, so "Show more" can hand focus to the first new event.
    <article
      id={entryId(entry.id)}
      className={`timeline-event${entry.dated ? '' : ' timeline-event--undated'}`}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h4 id={titleId} className="timeline-event__title" lang="en">
        {entry.title}
      </h4>
      {/* A dated event's day is the heading above it; said again for screen readers, who may arrive by title. */}
      <p className={entry.dated ? 'visually-hidden' : 'timeline-event__when'}>{entry.when}</p>
      {details.length > 0 ? <p className="timeline-event__details">{details.join(' · ')}</p> : null}
      {entry.voice ? <p className="timeline-event__voice">{entry.voice}</p> : null}
      {entry.inferences.map(({ label, note }) => (
        <p key={`${label} ${note}`} className="timeline-event__inferred">
          {label}: <span lang="en">{note}</span>
        </p>
      ))}
      {entry.disagreements.length > 0 ? <Disagreement entry={entry} {...links} /> : null}
      <SourceLinks sources={entry.sources} {...links} />
    </article>
  );
}

/** Both sides of a dispute: this account and each other one, with its date and its article. */
function Disagreement({ entry, ...links }: LinkProps & { entry: TimelineEntry }) {
  const { t } = useI18n();
  return (
    <div className="timeline-event__dispute">
      <p className="timeline-event__dispute-title">{t('timeline.disagree')}</p>
      <ul className="timeline-event__accounts">
        {[entry, ...entry.disagreements].map((account, index) => (
          <li key={account.id}>
            <span className="timeline-event__account-label">
              {t(index === 0 ? 'timeline.thisAccount' : 'timeline.anotherAccount')}
            </span>
            <span lang="en">{account.title}</span> ({account.when}).
            <SourceLinks sources={account.sources} {...links} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The articles, in a line: "Sources: CNN, 17 Aug 2020 · Reuters, 16 Aug 2020". Each link is named "Source: CNN,
 * 17 Aug 2020" for screen readers, who hear the links rather than the line's label.
 */
function SourceLinks({ sources, getEvidenceHref, onOpenEvidence }: LinkProps & { sources: TimelineSource[] }) {
  const { t } = useI18n();
  return (
    <p className="timeline-event__sources">
      <span aria-hidden="true">{t(sources.length > 1 ? 'timeline.sourcesLabel' : 'timeline.sourceLabel')}</span>
      {sources.map((source, index) => (
        <Fragment key={source.evidence.sourceId}>
          {index > 0 ? ' · ' : null}
          <AppLink
            className="timeline-event__source"
            href={getEvidenceHref(source.evidence)}
            onNavigate={() => onOpenEvidence(source.evidence)}
          >
            <span className="visually-hidden">{t('timeline.sourceLabel')}</span>
            {source.name}
          </AppLink>
        </Fragment>
      ))}
    </p>
  );
}
