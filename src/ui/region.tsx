import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { useI18n } from './i18n/i18n';

interface RegionProps {
  /** Used for the landmark's id and its heading's id, so links such as `#actors` reach it. */
  id: string;
  title: string;
  /** A sentence under the heading that says what the view shows and what it leaves out. */
  caption?: ReactNode;
  children: ReactNode;
}

/**
 * A labelled landmark with a heading: the dashboard's Map, Detentions over time and Actors, and each embed
 * panel. Its body sits behind an error boundary, so a view that fails (a chunk that did not load, a bug)
 * says so under its own heading while every other view keeps working.
 */
export function Region({ id, title, caption, children }: RegionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="region__title">
        {title}
      </h2>
      {caption ? <p className="region__caption">{caption}</p> : null}
      <div className="region__body">
        <ErrorBoundary fallback={<RegionFailed title={title} />}>{children}</ErrorBoundary>
      </div>
    </section>
  );
}

function RegionFailed({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <p className="view-error" role="alert">
      {t('ui.region.failed', { title })}
    </p>
  );
}
