import { useQuery, useQueryClient } from '@tanstack/react-query';
import { corpusKeys, corpusQueryOptions } from './corpus-query.ts';

/**
 * The corpus for a view that shows something before it (the search view's head, a release's
 * record): null while it loads, and a retry for when it failed, as the route's error view has.
 */
export function useCorpusState() {
  const queryClient = useQueryClient();
  const query = useQuery(corpusQueryOptions());
  const retry = async () => {
    await queryClient.resetQueries({ queryKey: corpusKeys.file() });
    // The button that had focus is gone now; put the reader at the top of what replaced it.
    document.querySelector<HTMLElement>('main h1')?.focus();
  };
  return {
    corpus: query.data ?? null,
    error: query.error,
    retry: () => void retry(),
    retrying: query.isFetching,
  };
}
