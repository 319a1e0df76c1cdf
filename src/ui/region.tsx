import type { ReactNode } from 'react';

interface RegionProps {
  /** Used for the landmark's id and its heading's id, so links such as `#actors` reach it. */
  id: string;
  title: string;
  /** A sentence under the heading that says what the view shows and what it leaves out. */
  caption?: ReactNode;
  children: ReactNode;
}

/** A labelled landmark with a heading: the dashboard's Map, Detentions over time and Actors. */
export function Region({ id, title, caption, children }: RegionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="region__title">
        {title}
      </h2>
      {caption ? <p className="region__caption">{caption}</p> : null}
      <div className="region__body">{children}</div>
    </section>
  );
}
