import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import { Dashboard } from './dashboard';
import { DatasetErrorAlert } from '../ui/dataset-error-alert';
import { DashboardLayout } from './dashboard-layout';
import { DashboardSkeleton } from './dashboard-skeleton';

/** The dashboard page: a skeleton while the data loads, a readable alert if it fails, then the views. */
export function DashboardPage() {
  const query = useQuery(datasetQueryOptions());
  if (query.isPending) return <DashboardSkeleton />;
  if (query.isError) {
    return (
      <DashboardLayout
        controls={null}
        map={null}
        chart={null}
        actors={null}
        alert={
          <DatasetErrorAlert
            title="The dashboard’s data could not be loaded"
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => {
              void query.refetch();
            }}
          />
        }
      />
    );
  }
  return <Dashboard dataset={query.data} />;
}
