import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation, useNavigate, useNavigation, useNavigationType } from 'react-router-dom';
import { hrefOf, paths, routePatterns } from '../../shared/paths.ts';
import {
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../../shared/search/search-state.ts';
import { overtakesWrite } from './overtakes-write.ts';

/**
 * Moves to another search state. Only typing (`draft`) changes the query: any other call
 * keeps the words last typed on this location, even before the view has rendered them.
 */
export type Go = (next: SearchState, options?: { replace?: boolean; draft?: number }) => void;

/** chain: the typing chain (see SearchBox) of a keystroke's state. */
type Pending = { key: string; next: SearchState; chain?: number | undefined };

/**
 * How long the box must rest before a keystroke's URL is written. Writing history costs
 * several milliseconds in Chromium (and browsers throttle pages that write it too often), so
 * keys typed in a row write it once, as Algolia InstantSearch's router does (400 ms there).
 */
const URL_WRITE_DELAY_MS = 300;

/**
 * The search state is the URL: read it, and move to another state (push unless told).
 * The router commits a navigation a little later, in a transition; until it does, the view
 * shows the state it is navigating to, so that a ticked box stays ticked and the results
 * follow at once. Once the location moves on, the URL speaks again, unless it moved to the
 * URL written for a pause in the typing and keys typed since have overtaken it.
 *
 * The results follow each key at once; its URL is written when the typing pauses.
 */
export function useSearchUrl({ typingInTransition }: { typingInTransition: boolean }) {
  const location = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(
    () => parseSearchState(new URLSearchParams(location.search)),
    [location.search],
  );
  const navigationType = useNavigationType();
  const [pending, setPending] = useState<Pending | null>(null);
  // Whether the typing's URL is still to be written: until it is, the page keeps the title
  // of the address (SearchView).
  const [writeDue, setWriteDue] = useState(false);
  const landing = { type: navigationType, state: location.state, q: parsed.q };
  const overtakes = (chain: number | undefined, q: string) => overtakesWrite(landing, chain, q);
  // Adjusting state to a new location during render, as React documents: no effect, no loop.
  // An updater, so that the check applies to the latest state typed, not the one rendered.
  if (pending && pending.key !== location.key) {
    setPending((latest) =>
      latest && latest.key !== location.key
        ? overtakes(latest.chain, latest.next.q)
          ? { ...latest, key: location.key }
          : null
        : latest,
    );
  }
  const isPending = pending !== null && pending.key === location.key;
  // The key of the location on screen, for `go`, which stays the same function throughout so
  // that memoised parts of the view do not render again for a new `go`.
  const shownKey = useRef(location.key);
  useLayoutEffect(() => {
    shownKey.current = location.key;
  });
  // Whether the router is on its way to another view (Back, a link): a write that comes due
  // then is dropped, as it would pull the reader back here.
  const navigation = useNavigation();
  const leaving = useRef(false);
  useLayoutEffect(() => {
    leaving.current =
      navigation.state !== 'idle' && navigation.location.pathname !== routePatterns.home;
  });
  // Read by `go` when called, so that `go` stays the same function when the index arrives.
  const typingDeferred = useRef(typingInTransition);
  useLayoutEffect(() => {
    typingDeferred.current = typingInTransition;
  });
  const unwritten = useRef<{ cancel: () => void; to: string } | null>(null);
  useEffect(() => () => unwritten.current?.cancel(), []);
  // The words last typed, and on which location. A filter, sort or date chosen before the
  // view has rendered those words (in a large archive typing moves it in a transition) is
  // built on the state shown, whose query is older: it keeps the words in the box instead
  // (only typing changes the query through `go`).
  const typed = useRef<{ key: string; q: string; chain: number | undefined } | null>(null);
  // Once the location moves (Back, Forward, a filter, the URL written), both belong to the
  // entry left: a write still waiting for the typing to pause would replace the entry landed
  // on, and the words would come back on a later filter, were that entry shown again. Unless
  // the entry landed on is this typing's own write, which later keys have overtaken.
  useLayoutEffect(() => {
    if (typed.current && typed.current.key !== location.key) {
      if (overtakes(typed.current.chain, typed.current.q)) {
        typed.current = { ...typed.current, key: location.key };
        return;
      }
      typed.current = null;
      unwritten.current?.cancel();
      unwritten.current = null;
    }
  });
  /**
   * Puts the words typed but not yet in the address into the current history entry at once,
   * for a link followed before the typing paused: Back must return to what was on screen.
   * The router's own entry state is kept; the page is leaving this location anyway.
   */
  const flushUrl = useCallback(() => {
    const pending = unwritten.current;
    if (!pending) return;
    pending.cancel();
    unwritten.current = null;
    window.history.replaceState(window.history.state, '', hrefOf(pending.to));
    setWriteDue(false);
  }, []);
  // Any click on the page, the header's links included: a write that came due while the router
  // was leaving for another view (its data still loading) would pull the reader back here.
  useEffect(() => {
    document.addEventListener('click', flushUrl, true);
    return () => document.removeEventListener('click', flushUrl, true);
  }, [flushUrl]);

  const go = useCallback<Go>(
    (wanted, options = {}) => {
      const latest = typed.current;
      let next = wanted;
      if (options.draft !== undefined) {
        typed.current = { key: shownKey.current, q: wanted.q, chain: options.draft };
      } else if (latest && latest.key === shownKey.current) next = { ...wanted, q: latest.q };
      // A ticked box or a chosen sort shows at once, and so does a key, with its results, in
      // the key's own task: one frame for both (docs/decisions/0012). In a large archive,
      // where a search can take longer than a frame, typing moves the view in a transition
      // instead: the key then renders only the box (its own draft), and the view follows in
      // a render React may interrupt when the next key comes.
      const pend = () => {
        setPending({ key: shownKey.current, next, chain: options.draft });
        setWriteDue(options.draft !== undefined);
      };
      if (options.draft !== undefined && typingDeferred.current) startTransition(pend);
      else pend();
      unwritten.current?.cancel();
      unwritten.current = null;
      const to = paths.home(next);
      const write = () => {
        unwritten.current = null;
        setWriteDue(false);
        if (leaving.current) return;
        void navigate(to, {
          replace: options.replace ?? false,
          // Marks the history entry as written by this chain of keystrokes (see SearchBox).
          state: options.draft === undefined ? null : { searchDraft: options.draft },
          preventScrollReset: true,
        });
      };
      if (options.draft === undefined) return write();
      const timer = setTimeout(write, URL_WRITE_DELAY_MS);
      unwritten.current = { cancel: () => clearTimeout(timer), to };
    },
    [navigate],
  );
  const state = isPending ? pending.next : parsed;
  // One object per distinct state, so that a state read back from the URL is the same object
  // as the one navigated to, and memoised views skip the second render.
  const key = `${state.q}\n${serializeSearchState(state).toString()}`;
  const stable = useMemo(() => ({ key, state }), [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key is the state
  // The state the page's title names: the address's while a key's URL is still to be written.
  const titled = writeDue && isPending ? parsed : stable.state;
  return { state: stable.state, titled, isPending, go };
}
