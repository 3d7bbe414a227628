import { useSuspenseQuery } from '@tanstack/react-query';
import { corpusQueryOptions } from './corpus-query.ts';

/** The loaded corpus. Route loaders have fetched it before any view renders. */
export function useCorpus() {
  return useSuspenseQuery(corpusQueryOptions()).data;
}
