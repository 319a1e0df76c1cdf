import { emptyFilters } from '../domain/url-state';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterDisclosure } from '../features/filters/filter-disclosure';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { Skeleton } from '../ui/skeleton';
import { DashboardLayout } from './dashboard-layout';
import { DatasetProgressStatus, DatasetProgressText } from './dataset-progress-text';
import { SkeletonWithProgress } from './skeleton-with-progress';

const ignore = () => undefined;

/**
 * The dashboard's layout while the dataset loads. The header's controls are the real ones, inert and
 * empty, so they take exactly the room they will take; the facts at a glance and the views are grey blocks of
 * the height reserved for them (global.css). The count's line says how much of the data has come; a screen reader
 * hears only that it is loading, then that it is being checked, not every percent. On a narrow screen the facts'
 * block pushes the count's line below the first screen, so the block says it too.
 */
export function DashboardSkeleton() {
  return (
    <DashboardLayout
      busy
      // A second sight of the count's line, for the eye only: the status below speaks for both.
      glance={<SkeletonWithProgress height="var(--glance-height)" narrowOnly />}
      controls={
        <>
          <p className="visually-hidden" role="status">
            <DatasetProgressStatus />
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
              <p className="filter-summary__count">
                <DatasetProgressText />
              </p>
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
