import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/dataset-query';
import { Dashboard } from './dashboard';
import { DatasetErrorAlert } from '../ui/dataset-error-alert';
import { DashboardLayout } from './dashboard-layout';
import { DashboardSkeleton } from './dashboard-skeleton';
import { useI18n } from '../ui/i18n/i18n';

/** The dashboard page: a skeleton while the data loads, a readable alert if it fails, then the views. */
export function DashboardPage() {
  const { t } = useI18n();
  const query = useQuery(datasetQueryOptions());
  if (query.isPending) return <DashboardSkeleton />;
  if (query.isError) {
    return (
      <DashboardLayout
        glance={null}
        controls={null}
        timeline={null}
        map={null}
        chart={null}
        actors={null}
        alert={
          <DatasetErrorAlert
            title={t('dashboard.dataError')}
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
