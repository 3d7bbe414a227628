import { queryOptions } from '@tanstack/react-query';
import { corpusKeys } from './corpus-query.ts';
import { fetchBodyShard } from './fetch-corpus.ts';

/** One body shard, fetched once and kept for the page's life. */
export const shardQueryOptions = (shard: number) =>
  queryOptions({
    queryKey: [...corpusKeys.all, 'shard', shard],
    queryFn: () => fetchBodyShard(shard),
    staleTime: Infinity,
    gcTime: Infinity,
  });
