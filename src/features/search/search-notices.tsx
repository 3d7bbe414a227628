import { Link } from 'react-router-dom';
import { paths } from '../../shared/paths.ts';
import type { SearchResult } from '../../shared/search/run-search.ts';
import type { SearchState } from '../../shared/search/search-state.ts';
import { withoutFilters } from './active-filters.tsx';
import type { Go } from './use-search-url.ts';

const quote = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/** What the engine did with the query that the reader should know: guesses, misses. */
export function QueryNotes({ result }: { result: SearchResult }) {
  const notes: string[] = [];
  for (const c of result.corrections) {
    notes.push(`No release contains “${c.word}”; searched for ${quote(c.terms)} instead.`);
  }
  if (result.partial && result.total > 0) {
    notes.push(
      result.unknownWords.length > 0
        ? `Nothing contains ${quote(result.unknownWords)}: showing releases with the other words.`
        : 'No release has all the words: showing releases with most of them.',
    );
  }
  for (const field of result.unknownFields) notes.push(`${field} matches nothing in the archive.`);
  if (notes.length === 0) return null;
  return (
    <ul className="query-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

type NoResultsProps = {
  state: SearchState;
  hasFilters: boolean;
  suggestions: readonly string[];
  go: Go;
};

/** An empty result always offers a way out: fewer filters, or a nearby name. */
export function NoResults({ state, hasFilters, suggestions, go }: NoResultsProps) {
  return (
    <div className="no-results">
      <p>
        <strong>No releases match this search.</strong>
      </p>
      <ul>
        {hasFilters ? (
          <li>
            <button type="button" className="link-button" onClick={() => go(withoutFilters(state))}>
              Search without filters
            </button>
          </li>
        ) : null}
        {state.q.trim() ? (
          <li>
            Check the spelling, or use fewer words.{' '}
            <Link to={paths.home()}>Browse all releases</Link>
          </li>
        ) : null}
      </ul>
      {suggestions.length > 0 ? (
        <>
          <h3>Closest matches</h3>
          <ul className="suggestions">
            {suggestions.map((name) => (
              <li key={name}>
                <Link to={paths.home({ ...state, q: name, page: 1 })}>{name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
