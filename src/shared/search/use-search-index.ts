import { useCorpus } from '../corpus/use-corpus.ts';
import { searchIndexFor } from './search-index.ts';
import { useFullIndex } from './use-full-index.ts';

/**
 * The search index of the loaded corpus: full text once it is ready. Views that need an index
 * at once (the timeline) index the catalogue meanwhile.
 */
export function useSearchIndex() {
  const corpus = useCorpus();
  return useFullIndex(corpus).data ?? searchIndexFor(corpus);
}
