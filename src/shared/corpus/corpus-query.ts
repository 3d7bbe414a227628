import { queryOptions } from '@tanstack/react-query';
import { CorpusError } from './load-corpus.ts';
import { fetchCorpus } from './fetch-corpus.ts';

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
