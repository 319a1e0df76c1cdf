import { useI18n } from '../../ui/i18n/i18n';
interface EmbedFooterProps {
  /** Where the data comes from, e.g. "Data: 5 news articles (…), 14 Aug 2020 – 27 Oct 2020". */
  credit: string;
  /** The full dashboard in the state the embed shows. */
  dashboardUrl: string;
}

/** The one line every embed ends with: the data's source and the way back to the whole dashboard. */
export function EmbedFooter({ credit, dashboardUrl }: EmbedFooterProps) {
  const { t } = useI18n();
  return (
    <footer className="embed-footer">
      <span className="embed-footer__credit">{credit}</span>
      <a className="embed-footer__link" href={dashboardUrl} target="_blank" rel="noopener">
        {t('embed.openDashboard')}
        <span className="visually-hidden">{t('embed.newTab')}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </footer>
  );
}
