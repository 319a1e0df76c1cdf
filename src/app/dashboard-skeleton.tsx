import { emptyFilters } from '../domain/url-state';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterDisclosure } from '../features/filters/filter-disclosure';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { Skeleton } from '../ui/skeleton';
import { DashboardLayout } from './dashboard-layout';
import { useI18n } from '../ui/i18n/i18n';

const ignore = () => undefined;

/**
 * The dashboard's layout while the dataset loads. The header's controls are the real ones, inert and
 * empty, so they take exactly the room they will take; the facts at a glance and the views are grey blocks of
 * the height reserved for them (global.css).
 */
export function DashboardSkeleton() {
  const { t } = useI18n();
  return (
    <DashboardLayout
      busy
      glance={<Skeleton height="var(--glance-height)" />}
      controls={
        <>
          <p className="visually-hidden" role="status">
            {t('dashboard.loading')}
          </p>
          <div className="dashboard-controls dashboard-controls--loading" inert>
            <FilterDisclosure activeCount={0}>
              <FilterBar
                actors={[]}
                places={[]}
                filters={emptyFilters}
                dateSpan={null}
                onChange={ignore}
                onClear={ignore}
              />
            </FilterDisclosure>
            <div className="dashboard-controls__row">
              <p className="filter-summary__count">{t('dashboard.loading')}</p>
              <CopyLinkButton getUrl={() => window.location.href} />
            </div>
          </div>
        </>
      }
      timeline={<Skeleton height="var(--view-height)" />}
      map={<Skeleton height="var(--view-height)" />}
      chart={<Skeleton height="var(--view-height)" />}
      actors={<Skeleton height="var(--view-height)" />}
    />
  );
}
