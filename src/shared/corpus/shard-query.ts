import { queryOptions, type QueryClient } from '@tanstack/react-query';
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

export type ShardResult = Map<string, string[]> | Error;

/**
 * The shards one page of results needs, as one query: each shard is still fetched once (as
 * shardQueryOptions), and when all are at hand the answer is there in the same render. One
 * query per page, not one per shard: observing twenty queries cost several ms per keystroke.
 */
export const pageShardsQueryOptions = (queryClient: QueryClient, shards: readonly number[]) =>
  queryOptions({
    queryKey: [...corpusKeys.all, 'shards', shards.join(' ')],
    queryFn: async (): Promise<ShardResult[]> => {
      const settled = await Promise.allSettled(
        shards.map((k) => queryClient.ensureQueryData(shardQueryOptions(k))),
      );
      return settled.map((s) =>
        s.status === 'fulfilled'
          ? s.value
          : s.reason instanceof Error
            ? s.reason
            : new Error(String(s.reason)),
      );
    },
    initialData: () => {
      const maps = shards.map((k) => queryClient.getQueryData(shardQueryOptions(k).queryKey));
      return maps.every((map) => map !== undefined) ? maps : undefined;
    },
    staleTime: Infinity,
    gcTime: 60_000,
  });
