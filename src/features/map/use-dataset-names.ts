import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQueryOptions } from '../../data/dataset-query';
import { formatSourceName } from '../../domain/format';

export interface DatasetNames {
  /** "Alexander Lukashenko" for `lukashenko`; the id itself while the dataset is not at hand. */
  actorName: (actorId: string) => string;
  /** "Reuters, 16 Aug 2020" for `reuters-2020-08-16`. */
  sourceName: (sourceId: string) => string;
}

/**
 * Names for the ids in quotes and evidence. The map's props carry no actors or sources, so this reads
 * the dataset the page has already loaded (the same query, served from the cache).
 */
export function useDatasetNames(): DatasetNames {
  const { data } = useQuery(datasetQueryOptions());
  return useMemo(() => {
    const actors = new Map(data?.actors.map((actor) => [actor.id, actor.name]));
    const sources = new Map(data?.sources.map((source) => [source.id, formatSourceName(source)]));
    return {
      actorName: (actorId) => actors.get(actorId) ?? actorId,
      sourceName: (sourceId) => sources.get(sourceId) ?? sourceId,
    };
  }, [data]);
}
