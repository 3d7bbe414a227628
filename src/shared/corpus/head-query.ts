import { queryOptions } from '@tanstack/react-query';
import { corpusKeys } from './corpus-query.ts';
import { fetchHead } from './fetch-head.ts';

/** head.json: fetched once; null when the data folder has none. */
export const headQueryOptions = () =>
  queryOptions({
    queryKey: [...corpusKeys.all, 'head'],
    queryFn: fetchHead,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
