import type { ReactNode } from 'react';
import { Region } from '../ui/region';
import { HowToRead } from './how-to-read';
import { useI18n } from '../ui/i18n/i18n';

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
const views = ['timeline', 'map', 'chart', 'actors'] as const;

/**
 * The page's frame, shared by the loading skeleton, the error state and the dashboard itself, so nothing moves
 * when the data arrives. The story comes first (the title, the facts at a glance, the timeline); the tools a
 * reader may want to take away (downloads, embeds) come after the views.
 */
export function DashboardLayout(props: DashboardLayoutProps) {
  const { glance, controls, alert, tools, footer, placeNotice, busy = false } = props;
  const { t, locale } = useI18n();
  return (
    <div className="dashboard">
      <nav className="skip-links" aria-label={t('dashboard.skipLinks')}>
        {views.map((view) => (
          <a key={view} className="skip-link" href={`#${view}`}>
            {t(`dashboard.skip.${view}`)}
          </a>
        ))}
      </nav>
      <header className="dashboard-header">
        <div className="dashboard-header__intro">
          <h1 id="page-title" className="dashboard-header__title" tabIndex={-1}>
            {t('title.dashboard')}
          </h1>
          <p className="dashboard-header__summary">{t('dashboard.summary')}</p>
          {locale === 'en' ? null : <p className="dashboard-header__language">{t('dashboard.languageNote')}</p>}
          <HowToRead />
        </div>
        {glance === null ? null : (
          <section className="at-a-glance" aria-labelledby="at-a-glance-title">
            <h2 id="at-a-glance-title" className="at-a-glance__title">
              {t('glance.title')}
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
  const { t } = useI18n();
  return (
    <div className="dashboard-regions">
      <Region id="timeline" title={t('region.timeline.title')} caption={t('region.timeline.caption')}>
        {timeline}
      </Region>
      <Region id="map" title={t('region.map.title')} caption={t('region.map.caption')}>
        {map}
      </Region>
      <Region id="chart" title={t('region.chart.title')} caption={t('region.chart.caption')}>
        {chart}
      </Region>
      <Region id="actors" title={t('region.actors.title')}>
        {actors}
      </Region>
    </div>
  );
}
