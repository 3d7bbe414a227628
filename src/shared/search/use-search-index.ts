import { useCorpus } from '../corpus/use-corpus.ts';
import { searchIndexFor } from './search-index.ts';

/** The search index of the loaded corpus, built on first use and kept with the corpus. */
export function useSearchIndex() {
  return searchIndexFor(useCorpus());
}
