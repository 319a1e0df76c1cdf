import { getDatasetUrl } from '../data/dataset-query';
import { getDatasetNames } from '../domain/dataset-names';
import { emptyFilters } from '../domain/url-state';
import { DownloadLinks } from '../features/downloads/download-links';
import { FilterBar } from '../features/filters/filter-bar';
import { Skeleton } from '../ui/skeleton';
import { DashboardLayout } from './dashboard-layout';

const ignore = () => undefined;
const nothingLoaded = { events: [], quotes: [], figures: [], actors: [], sources: [], places: [] };

/**
 * The dashboard's layout while the dataset loads. The header's controls are the real ones, inert and
 * empty, so they take exactly the room they will take; the views are grey blocks of their height.
 */
export function DashboardSkeleton() {
  return (
    <DashboardLayout
      busy
      controls={
        <div className="dashboard-controls">
          <p className="visually-hidden" role="status">
            Loading the data…
          </p>
          <div className="dashboard-controls__placeholder" inert>
            <FilterBar
              actors={[]}
              places={[]}
              filters={emptyFilters}
              dateSpan={null}
              onChange={ignore}
              onClear={ignore}
            />
            <div className="dashboard-controls__row">
              <p className="filter-summary__count">Loading the data…</p>
              <DownloadLinks view={nothingLoaded} names={getDatasetNames(nothingLoaded)} datasetUrl={getDatasetUrl()} />
            </div>
          </div>
        </div>
      }
      map={<Skeleton height="var(--view-height)" />}
      chart={<Skeleton height="var(--view-height)" />}
      actors={<Skeleton height="var(--view-height)" />}
    />
  );
}
