import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { corpusQueryOptions } from '../../shared/corpus/corpus-query.ts';
import { headQueryOptions } from '../../shared/corpus/head-query.ts';
import { paths, routePatterns } from '../../shared/paths.ts';
import { parseSearchState, type SearchState } from '../../shared/search/search-state.ts';
import { useFocusHeadingOnNavigate } from './use-focus-heading.ts';

export function Layout() {
  // Both read from the cache only: the routes fetch them, the head before the corpus.
  const { data } = useQuery({ ...corpusQueryOptions(), enabled: false });
  const head = useQuery({ ...headQueryOptions(), enabled: false }).data;
  const sample = data ? data.sample : head?.sample === true;
  const { pathname, search } = useLocation();
  useFocusHeadingOnNavigate(pathname);
  // Moving between the search and the timeline keeps the filters, as both read the same state.
  const carried: Partial<SearchState> | undefined =
    pathname === routePatterns.home || pathname === routePatterns.timeline
      ? { ...parseSearchState(new URLSearchParams(search)), page: 1 }
      : undefined;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-bar">
          <p className="brand">
            <NavLink to={paths.home()}>Communiqué</NavLink>
          </p>
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to={paths.home(carried)} end>
                  Search
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.timeline(carried)}>Timeline</NavLink>
              </li>
            </ul>
          </nav>
        </div>
        {/* Inside the header (the banner landmark): it is about the whole site, on every page. */}
        {sample ? (
          <p className="sample-banner">
            <strong>Sample data.</strong> These releases are fictional, generated for demonstration;
            the people in them do not exist.
          </p>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
