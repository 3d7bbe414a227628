import { Link } from 'react-router-dom';
import { paths } from '../../shared/paths.ts';
import type { SearchContext } from './use-search-context.ts';

/** Back to the search this release came from, and on to its neighbours in the results. */
export function SearchContextNav({ context }: { context: SearchContext }) {
  const { state, position, total, previousId, nextId } = context;
  return (
    <nav className="release-search-context no-print" aria-label="Search results">
      <Link to={paths.home(state)}>Back to the search results</Link>
      {position >= 0 ? (
        <span>
          Result {(position + 1).toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}
        </span>
      ) : (
        <span>This release is not among the results of that search.</span>
      )}
      {previousId ? (
        <Link to={paths.release(previousId, state)} rel="prev">
          Previous result
        </Link>
      ) : null}
      {nextId ? (
        <Link to={paths.release(nextId, state)} rel="next">
          Next result
        </Link>
      ) : null}
    </nav>
  );
}
