import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { corpusKeys } from './corpus-query.ts';
import { fetchRecord } from './fetch-record.ts';

/** One release's record file entry: fetched once; null when it cannot be had that way. */
export const recordQueryOptions = (queryClient: QueryClient, id: string) =>
  queryOptions({
    queryKey: [...corpusKeys.all, 'record', id],
    queryFn: () => fetchRecord(queryClient, id),
    staleTime: Infinity,
    retry: false,
  });
