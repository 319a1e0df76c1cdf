import { QueryClient } from '@tanstack/react-query';

/** One client per page: the dataset is fetched once and kept, never refetched behind the reader's back. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
  });
}
