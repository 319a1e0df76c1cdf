import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQueryOptions } from '../../data/dataset-query';
import { formatSourceName } from '../../domain/format';

/**
 * "Reuters, 16 Aug 2020" for `reuters-2020-08-16`. The chart's props carry no sources, so this reads the
 * dataset the page has already loaded (the same query, served from the cache); the id stands in until then.
 */
export function useSourceNames(): (sourceId: string) => string {
  const { data } = useQuery(datasetQueryOptions());
  return useMemo(() => {
    const sources = new Map(data?.sources.map((source) => [source.id, formatSourceName(source)]));
    return (sourceId) => sources.get(sourceId) ?? sourceId;
  }, [data]);
}
