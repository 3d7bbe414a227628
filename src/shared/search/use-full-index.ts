import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { corpusKeys } from '../corpus/corpus-query.ts';
import { holdsEveryBody } from '../corpus/corpus-schema.ts';
import { fetchBodyShard, fetchSearchIndexFile } from '../corpus/fetch-corpus.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { shardQueryOptions } from '../corpus/shard-query.ts';
import {
  buildSearchIndexFromShards,
  searchIndexFor,
  searchIndexFromFile,
  type SearchIndex,
} from './search-index.ts';
import { slicer } from '../tasks/slicer.ts';
import { warmUp } from './warm-up.ts';

/**
 * Builds the full-text index on the page in slices of a few milliseconds, so that no task
 * is long (a worker would add its own copy of the schema and engine to the app's script:
 * see docs/decisions/0005-scale.md). The next shard downloads while this one is indexed.
 */
function buildInSlices(corpus: Corpus, queryClient: QueryClient): Promise<SearchIndex> {
  const keep = holdsEveryBody(corpus.releases.length);
  const shards = new Map<number, Promise<Map<string, string[]>>>();
  const shard = (k: number) => {
    let pending = shards.get(k);
    if (!pending) {
      pending = keep ? queryClient.fetchQuery(shardQueryOptions(k)) : fetchBodyShard(k);
      shards.set(k, pending);
    }
    return pending;
  };
  return buildSearchIndexFromShards(
    corpus,
    (k) => {
      shards.delete(k - 1);
      if (k + 1 < (corpus.bodies?.shards ?? 0)) void shard(k + 1).catch(() => {});
      return shard(k);
    },
    slicer(),
  );
}

/**
 * The index from the postings the ingest shipped (docs/decisions/0006-index-at-ingest.md): no
 * body is read. If that file is missing or does not fit the catalogue, the page builds the
 * index itself from the shards, as before the file existed.
 */
async function loadIndex(corpus: Corpus, queryClient: QueryClient): Promise<SearchIndex> {
  if (corpus.bodies?.indexFile) {
    try {
      const index = await searchIndexFromFile(corpus, await fetchSearchIndexFile(), slicer());
      void prefetchShards(corpus, queryClient);
      void warmUp(index, corpus);
      return index;
    } catch {
      // Fall through: the shards give the same index, only later.
    }
  }
  return buildInSlices(corpus, queryClient);
}

/**
 * Up to PREFETCH_LIMIT releases, the text is fetched as soon as the search is ready, three
 * shards at a time, so that result snippets seldom wait for the network (waiting for idle
 * moments left the reader's first keys fetching shards themselves); past it, memory matters
 * more, and result rows show their records' leads.
 */
async function prefetchShards(corpus: Corpus, queryClient: QueryClient) {
  const count = corpus.bodies?.shards ?? 0;
  if (!holdsEveryBody(corpus.releases.length)) return;
  let next = 0;
  const worker = async () => {
    while (next < count) await queryClient.prefetchQuery(shardQueryOptions(next++));
  };
  await Promise.all([worker(), worker(), worker()]);
}

export type FullText = 'ready' | 'loading' | 'failed';

/** The full-text index of a catalogue's corpus, built once per page; idle for a full corpus. */
export function useFullIndex(corpus: Corpus | null, wanted = true) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...corpusKeys.all, 'full-index'],
    queryFn: () => loadIndex(corpus!, queryClient),
    enabled: wanted && corpus !== null && corpus.bodies !== null,
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
export function useSearchIndexState(corpus: Corpus | null): {
  index: SearchIndex | null;
  fullText: FullText;
} {
  const full = useFullIndex(corpus);
  if (corpus === null) return { index: null, fullText: 'loading' };
  if (corpus.bodies === null) return { index: searchIndexFor(corpus), fullText: 'ready' };
  if (full.data) return { index: full.data, fullText: 'ready' };
  if (full.isError) return { index: searchIndexFor(corpus), fullText: 'failed' };
  return { index: null, fullText: 'loading' };
}
