import { useCallback, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { paths } from '../../shared/paths.ts';
import { parseSearchState, type SearchState } from '../../shared/search/search-state.ts';

export type Go = (next: SearchState, options?: { replace?: boolean; draft?: number }) => void;

type Pending = { key: string; next: SearchState };

/**
 * The search state is the URL: read it, and move to another state (push unless told).
 * The router commits a navigation a little later, in a transition; until it does, the view
 * shows the state it is navigating to, so that a ticked box stays ticked and the results
 * follow at once. Once the location moves on, the URL speaks again.
 */
export function useSearchUrl() {
  const location = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(
    () => parseSearchState(new URLSearchParams(location.search)),
    [location.search],
  );
  const [pending, setPending] = useState<Pending | null>(null);
  // Adjusting state to a new location during render, as React documents: no effect, no loop.
  if (pending && pending.key !== location.key) setPending(null);
  const isPending = pending !== null && pending.key === location.key;

  const go = useCallback<Go>(
    (next, options = {}) => {
      setPending({ key: location.key, next });
      void navigate(paths.home(next), {
        replace: options.replace ?? false,
        // Marks the history entry as written by this chain of keystrokes (see SearchBox).
        state: options.draft === undefined ? null : { searchDraft: options.draft },
        preventScrollReset: true,
      });
    },
    [navigate, location.key],
  );
  return { state: isPending ? pending.next : parsed, isPending, go };
}
