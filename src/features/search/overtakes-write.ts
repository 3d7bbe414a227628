import { parseSearchState, serializeSearchState } from '../../shared/search/search-state.ts';

/** Where the router has just landed: how (PUSH, REPLACE, POP), its history state, its query. */
export type Landing = { type: string; state: unknown; q: string };

/**
 * Whether words typed in a chain of keystrokes (see SearchBox) overtake the location just
 * landed on: a URL written for a pause in the typing, of this chain or one before it, that
 * does not hold them. They then stay on screen, and their own write still comes. The words
 * are compared as the URL would hold them: a lone space is no query.
 */
export function overtakesWrite(landing: Landing, chain: number | undefined, q: string): boolean {
  return (
    chain !== undefined &&
    landing.type === 'REPLACE' &&
    typeof (landing.state as { searchDraft?: unknown } | null)?.searchDraft === 'number' &&
    parseSearchState(serializeSearchState({ q })).q !== landing.q
  );
}
