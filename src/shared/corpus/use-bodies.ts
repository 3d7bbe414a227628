import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Release } from '../release/release-schema.ts';
import { pageShardsQueryOptions, shardQueryOptions } from './shard-query.ts';

export type BodyState = { body: string[] } | { loading: true } | { error: string };

// The same body gives the same state object, so that rows memoised on it skip re-rendering.
const states = new WeakMap<string[], BodyState>();
const NO_BODY: string[] = [];
const LOADING: BodyState = { loading: true };
function stateOf(body: string[]): BodyState {
  let state = states.get(body);
  if (!state) states.set(body, (state = { body }));
  return state;
}

/**
 * The bodies of these releases. Releases from the catalogue (shardOf: release id → shard)
 * fetch the shards that hold them (once each, kept for the page's life); a full corpus
 * (no shardOf) already has them. The getter answers for any release whose shard is loaded.
 */
export function useBodies(
  shardOf: ReadonlyMap<string, number> | undefined,
  releases: readonly Pick<Release, 'id'>[],
) {
  const queryClient = useQueryClient();
  const shards = shardOf
    ? [...new Set(releases.flatMap((r) => shardOf.get(r.id) ?? []))].sort((a, b) => a - b)
    : [];
  // Each shard's texts as the cache holds them now, read once for the page's rows.
  const held = new Map<number, Map<string, string[]> | undefined>(
    shards.map((k) => [k, queryClient.getQueryData(shardQueryOptions(k).queryKey)]),
  );
  // Only the shards still to come make a query: once every shard a page needs is at hand (at
  // once, for an archive whose texts are all fetched), each keystroke's new page would
  // otherwise build and observe a query of its own, a task of several ms after each frame.
  const missing = shards.filter((k) => held.get(k) === undefined);
  const { data } = useQuery({
    ...pageShardsQueryOptions(queryClient, missing),
    enabled: missing.length > 0,
  });
  return (release: Pick<Release, 'id' | 'body'>): BodyState => {
    const shard = shardOf?.get(release.id);
    if (shard === undefined) return stateOf(release.body);
    // A release not asked for still shows its body if its shard is at hand. A shard that
    // failed stays failed while a later page asks for it again, rather than loading.
    const key = shardQueryOptions(shard).queryKey;
    const result =
      (held.has(shard) ? held.get(shard) : queryClient.getQueryData(key)) ??
      data?.[missing.indexOf(shard)] ??
      queryClient.getQueryState(key)?.error;
    if (result instanceof Error) return { error: result.message };
    if (result) return stateOf(result.get(release.id) ?? NO_BODY);
    return LOADING;
  };
}
