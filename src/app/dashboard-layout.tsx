import type { ReactNode } from 'react';
import { Region } from '../ui/region';

const dashboardTitle = 'Belarus 2020: protests, detentions and what was said';

interface DashboardLayoutProps {
  /** Filters, "showing N of M", notices and downloads; a skeleton or nothing while loading. */
  controls: ReactNode;
  map: ReactNode;
  chart: ReactNode;
  actors: ReactNode;
  /** Replaces the three regions, for a failed load. */
  alert?: ReactNode;
  footer?: ReactNode;
  /** After the regions, kept in view while a place narrows the page (see PlaceNotice). */
  placeNotice?: ReactNode;
  busy?: boolean;
}

/**
 * The page's frame, shared by the loading skeleton, the error state and the dashboard itself, so
 * nothing moves when the data arrives.
 */
export function DashboardLayout({
  controls,
  map,
  chart,
  actors,
  alert,
  footer,
  placeNotice,
  busy = false,
}: DashboardLayoutProps) {
  return (
    <div className="dashboard">
      <a className="skip-link" href="#main">
        Skip to the map, chart and actors
      </a>
      <header className="dashboard-header">
        <div className="dashboard-header__intro">
          <h1 id="page-title" className="dashboard-header__title" tabIndex={-1}>
            {dashboardTitle}
          </h1>
          <p className="dashboard-header__summary">
            After the disputed election of 9 August 2020, Belarusians protested for months; here every figure, date,
            place and quote from five news articles leads back to the sentence that reports it.
          </p>
        </div>
        {controls}
      </header>
      <main id="main" className="dashboard-main" aria-busy={busy}>
        {alert ?? (
          <div className="dashboard-regions">
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
        )}
        {alert ? null : placeNotice}
      </main>
      {footer}
    </div>
  );
}
