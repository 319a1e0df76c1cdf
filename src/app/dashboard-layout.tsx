import type { ReactNode } from 'react';
import { dashboardTitle } from '../domain/document-title';
import { Region } from '../ui/region';
import { HowToRead } from './how-to-read';

interface DashboardLayoutProps {
  /** The facts at a glance, or a skeleton of their height while loading; null leaves the section out. */
  glance: ReactNode;
  /** Filters, "showing N of M", notices and Copy link; a skeleton or nothing while loading. */
  controls: ReactNode;
  timeline: ReactNode;
  map: ReactNode;
  chart: ReactNode;
  actors: ReactNode;
  /** Downloads and Embed, under the views. */
  tools?: ReactNode;
  /** Replaces the regions, for a failed load. */
  alert?: ReactNode;
  footer?: ReactNode;
  /** After the regions, kept in view while a place narrows the page (see PlaceNotice). */
  placeNotice?: ReactNode;
  busy?: boolean;
}

/** The views in page order, each with the skip link to its region. */
const views = [
  { id: 'timeline', skip: 'Skip to the timeline' },
  { id: 'map', skip: 'Skip to the map' },
  { id: 'chart', skip: 'Skip to the chart' },
  { id: 'actors', skip: 'Skip to the actors' },
] as const;

/**
 * The page's frame, shared by the loading skeleton, the error state and the dashboard itself, so nothing moves
 * when the data arrives. The story comes first (the title, the facts at a glance, the timeline); the tools a
 * reader may want to take away (downloads, embeds) come after the views.
 */
export function DashboardLayout(props: DashboardLayoutProps) {
  const { glance, controls, alert, tools, footer, placeNotice, busy = false } = props;
  return (
    <div className="dashboard">
      <nav className="skip-links" aria-label="Skip to a view">
        {views.map((view) => (
          <a key={view.id} className="skip-link" href={`#${view.id}`}>
            {view.skip}
          </a>
        ))}
      </nav>
      <header className="dashboard-header">
        <div className="dashboard-header__intro">
          <h1 id="page-title" className="dashboard-header__title" tabIndex={-1}>
            {dashboardTitle}
          </h1>
          <p className="dashboard-header__summary">
            Belarus after the disputed election of 9 August 2020, as five news articles reported it: every figure, date,
            place and quote here leads back to the sentence that reports it.
          </p>
          <HowToRead />
        </div>
        {glance === null ? null : (
          <section className="at-a-glance" aria-labelledby="at-a-glance-title">
            <h2 id="at-a-glance-title" className="at-a-glance__title">
              At a glance
            </h2>
            {glance}
          </section>
        )}
        {controls}
      </header>
      <main id="main" className="dashboard-main" aria-busy={busy}>
        {alert ?? (
          <>
            <DashboardRegions {...props} />
            {tools}
            {placeNotice}
          </>
        )}
      </main>
      {footer}
    </div>
  );
}

function DashboardRegions({ timeline, map, chart, actors }: DashboardLayoutProps) {
  return (
    <div className="dashboard-regions">
      <Region
        id="timeline"
        title="Timeline of events"
        caption="Every event the articles report, oldest first, with who says so and where to read it. Events the articles do not date stand at the day they were first reported."
      >
        {timeline}
      </Region>
      <Region
        id="map"
        title="Map"
        caption="Where the events, quotes and figures in view happened; a place includes the sites inside it."
      >
        {map}
      </Region>
      <Region
        id="chart"
        title="Detentions over time"
        caption="As the articles report them, for the dates set in From and To. The strip under the plot spans the whole period: drag its handles (or focus one and press the arrow keys) to set From and To for the whole page. Figures are not attributed to actors, so the actor filter leaves the chart unchanged."
      >
        {chart}
      </Region>
      <Region id="actors" title="Actors">
        {actors}
      </Region>
    </div>
  );
}
