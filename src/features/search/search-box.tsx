import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';
import { MAX_QUERY_LENGTH, type SearchState } from '../../shared/search/search-state.ts';
import type { Go } from './use-search-url.ts';

/** lastKey: the location shown when the latest keystroke was made. */
type Draft = { text: string; chain: number; lastKey: string };

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search box. The URL is the state, but a router navigation commits some time after the
 * keystroke, and an input bound to the URL alone would drop fast keystrokes and lose the
 * caret. So while the box has focus, the text typed is kept as a draft. Keystrokes in a row
 * form a chain whose history entries (each replacing the last) carry the chain's number.
 * Back and Forward (a POP) show the URL's query, unless they land on the chain's own entry
 * or nothing has been shown since the last keystroke; the next keystroke then starts a new
 * chain. Leaving the box drops the draft.
 */
export function SearchBox({ state, go }: { state: SearchState; go: Go }) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const inputRef = useRef<HTMLInputElement>(null);
  const chains = useRef(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const inputId = useId();
  const hintId = useId();
  const marker = (location.state as { searchDraft?: unknown } | null)?.searchDraft;
  const current =
    draft !== null &&
    (navigationType !== 'POP' || draft.lastKey === location.key || marker === draft.chain);
  const value = current ? draft.text : state.q;

  const change = (text: string) => {
    let next: Draft;
    if (current) {
      next = { ...draft, text, lastKey: location.key };
    } else {
      chains.current += 1;
      next = { text, chain: chains.current, lastKey: location.key };
    }
    setDraft(next);
    go({ ...state, q: text, page: 1 }, { replace: true, draft: next.chain });
  };

  // "/" anywhere but in a field jumps to the search box, as on many sites.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={inputId}>Search releases</label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        name="q"
        value={value}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setDraft(null)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            change('');
          }
        }}
      />
      <p id={hintId} className="search-hint">
        Names, countries, words of the text. Press <kbd>/</kbd> to come back here, <kbd>Esc</kbd> to
        clear. Field terms work too: <code>country:JP</code>,{' '}
        <code>person:&quot;Full Name&quot;</code>, <code>type:phone-call</code>.
      </p>
    </form>
  );
}
