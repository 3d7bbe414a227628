import { queryOptions } from '@tanstack/react-query';
import { CORPUS_FILE_NAME } from './corpus-schema.ts';
import { CorpusError, loadCorpus } from './load-corpus.ts';

export const corpusUrl = () => `${import.meta.env.BASE_URL}data/${CORPUS_FILE_NAME}`;

// No abort signal: the route loader awaits this same fetch, and a component unmounting
// (StrictMode mounts twice in development) must not cancel it from under the loader.
async function fetchCorpus() {
  let response: Response;
  try {
    response = await fetch(corpusUrl());
  } catch {
    throw new CorpusError(
      'The corpus could not be downloaded. Check your connection and try again.',
    );
  }
  if (!response.ok) {
    throw new CorpusError(`The corpus could not be loaded (HTTP ${response.status}).`);
  }
  return loadCorpus(await response.text());
}

export const corpusKeys = {
  all: ['corpus'] as const,
  file: () => [...corpusKeys.all, 'file'] as const,
};

/** The corpus is static for the life of the page: fetched once, never stale. */
export const corpusQueryOptions = () =>
  queryOptions({
    queryKey: corpusKeys.file(),
    queryFn: fetchCorpus,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count, error) => !(error instanceof CorpusError) && count < 2,
  });
