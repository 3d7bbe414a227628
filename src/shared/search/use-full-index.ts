import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { corpusKeys } from '../corpus/corpus-query.ts';
import { fetchBodyShard } from '../corpus/fetch-corpus.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { shardQueryOptions } from '../corpus/shard-query.ts';
import { buildSearchIndexFromShards, searchIndexFor, type SearchIndex } from './search-index.ts';

/** At most this much work between two chances for the page to handle input and paint. */
const SLICE_MS = 8;
/**
 * Up to this many shards (25,000 releases, ~50 MB of text) the bodies read for the index stay
 * in the page's cache, so result snippets never wait for the network; past it, memory matters
 * more, and snippets fetch their page's shards.
 */
const KEEP_SHARDS = 100;

function nextTask() {
  // A message, not setTimeout, which browsers clamp to 4 ms after a few nested calls.
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Builds the full-text index on the page in slices of a few milliseconds, so that no task
 * is long (a worker would add its own copy of the schema and engine to the app's script:
 * see docs/decisions/0005-scale.md). The next shard downloads while this one is indexed.
 */
function buildInSlices(corpus: Corpus, queryClient: QueryClient): Promise<SearchIndex> {
  const keep = (corpus.bodies?.shards ?? 0) <= KEEP_SHARDS;
  const shards = new Map<number, Promise<Map<string, string[]>>>();
  const shard = (k: number) => {
    let pending = shards.get(k);
    if (!pending) {
      pending = keep ? queryClient.fetchQuery(shardQueryOptions(k)) : fetchBodyShard(k);
      shards.set(k, pending);
    }
    return pending;
  };
  let sliceStart = performance.now();
  return buildSearchIndexFromShards(
    corpus,
    (k) => {
      shards.delete(k - 1);
      if (k + 1 < (corpus.bodies?.shards ?? 0)) void shard(k + 1).catch(() => {});
      return shard(k);
    },
    async () => {
      if (performance.now() - sliceStart < SLICE_MS) return;
      await nextTask();
      sliceStart = performance.now();
    },
  );
}

export type FullText = 'ready' | 'loading' | 'failed';

/** The full-text index of a catalogue's corpus, built once per page; idle for a full corpus. */
export function useFullIndex(corpus: Corpus, wanted = true) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...corpusKeys.all, 'full-index'],
    queryFn: () => buildInSlices(corpus, queryClient),
    enabled: wanted && corpus.bodies !== null,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/**
 * The index to search with. A corpus loaded from the catalogue has none until the full-text
 * index is built (null meanwhile); if its text cannot be loaded, the catalogue alone is
 * indexed, and searched without the bodies.
 */
export function useSearchIndexState(corpus: Corpus): {
  index: SearchIndex | null;
  fullText: FullText;
} {
  const full = useFullIndex(corpus);
  if (corpus.bodies === null) return { index: searchIndexFor(corpus), fullText: 'ready' };
  if (full.data) return { index: full.data, fullText: 'ready' };
  if (full.isError) return { index: searchIndexFor(corpus), fullText: 'failed' };
  return { index: null, fullText: 'loading' };
}
