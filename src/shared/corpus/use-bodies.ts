import { useQueries } from '@tanstack/react-query';
import type { Release } from '../release/release-schema.ts';
import type { Corpus } from './load-corpus.ts';
import { shardQueryOptions } from './shard-query.ts';

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
 * The bodies of these releases. A corpus loaded from the catalogue fetches the shards that
 * hold them (once each, kept for the page's life); a full corpus already has them.
 */
export function useBodies(corpus: Corpus, releases: readonly Pick<Release, 'id'>[]) {
  const shardOf = corpus.bodies?.shardOf;
  const shards = shardOf
    ? [...new Set(releases.flatMap((r) => shardOf.get(r.id) ?? []))].sort((a, b) => a - b)
    : [];
  const results = useQueries({
    queries: shards.map(shardQueryOptions),
  });
  return (release: Pick<Release, 'id' | 'body'>): BodyState => {
    const shard = shardOf?.get(release.id);
    if (shard === undefined) return stateOf(release.body);
    const result = results[shards.indexOf(shard)];
    if (result?.data) return stateOf(result.data.get(release.id) ?? NO_BODY);
    if (result?.error) return { error: result.error.message };
    return LOADING;
  };
}
