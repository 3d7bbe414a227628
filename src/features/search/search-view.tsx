import { useMemo, useRef } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useCorpus } from '../../shared/corpus/use-corpus.ts';
import { paths } from '../../shared/paths.ts';
import { cleanSearchState } from '../../shared/search/clean-state.ts';
import { runSearch } from '../../shared/search/run-search.ts';
import { searchIndexFor } from '../../shared/search/search-index.ts';
import { serializeSearchState } from '../../shared/search/search-state.ts';
import { closestNames } from '../../shared/search/suggest.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { ActiveFilters, activeFilters } from './active-filters.tsx';
import { FacetPanel } from './facet-panel.tsx';
import { formatCount } from './format-count.ts';
import { Pagination } from './pagination.tsx';
import { ResultItem } from './result-item.tsx';
import { SearchBox } from './search-box.tsx';
import { NoResults, QueryNotes } from './search-notices.tsx';
import { SortSelect } from './sort-select.tsx';
import { useSearchUrl } from './use-search-url.ts';
import './search-view.css';

export const PAGE_SIZE = 20;

export function SearchView() {
  const corpus = useCorpus();
  const index = searchIndexFor(corpus);
  const { search } = useLocation();
  const { state: wanted, isPending, go } = useSearchUrl();
  const state = useMemo(() => cleanSearchState(index, wanted), [index, wanted]);
  const result = useMemo(() => runSearch(index, state), [index, state]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = () => resultsHeading.current?.focus();

  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const canonical = state.page > pageCount ? { ...state, page: pageCount } : state;
  // Unknown values and out-of-range pages leave the URL once; the canonical URL maps to itself.
  // A pending navigation of this view already goes to a canonical URL.
  if (!isPending && serializeSearchState(canonical).toString() !== search.replace(/^\?/, '')) {
    return <Navigate to={paths.home(canonical)} replace />;
  }

  const start = (state.page - 1) * PAGE_SIZE;
  const releases = result.ids
    .slice(start, start + PAGE_SIZE)
    .flatMap((id) => corpus.byId.get(id) ?? []);
  const count =
    result.total === 0 ? 'No releases' : formatCount(result.total, 'release', 'releases');
  const query = state.q.trim();
  const title = query
    ? `“${query.length > 60 ? `${query.slice(0, 60)}…` : query}” – ${count}`
    : 'Search';
  const skipped = corpus.skipped.count;

  return (
    <section className="search-view" aria-labelledby="page-heading">
      <PageTitle title={title} />
      <h1 id="page-heading" tabIndex={-1}>
        Search the archive
      </h1>
      {skipped > 0 ? (
        <p className="notice" role="note">
          {formatCount(skipped, 'record', 'records')} could not be read and{' '}
          {skipped === 1 ? 'was' : 'were'} skipped.
        </p>
      ) : null}
      <SearchBox state={state} go={go} />
      <a className="skip-to-results" href="#results">
        Skip to results
      </a>
      <div className="search-layout">
        <FacetPanel state={state} result={result} go={go} />
        <section
          id="results"
          className="search-results"
          aria-labelledby="results-heading"
          tabIndex={-1}
        >
          <div className="results-bar">
            <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
              Results
            </h2>
            <p role="status" className="result-count">
              {count}
            </p>
            <SortSelect state={state} go={go} />
          </div>
          <ActiveFilters index={index} state={state} go={go} onRemoved={focusResults} />
          <QueryNotes result={result} />
          {result.total === 0 ? (
            <NoResults
              state={state}
              hasFilters={activeFilters(index, state).length > 0}
              suggestions={query ? closestNames(index, query) : []}
              go={go}
            />
          ) : (
            <ol className="results" start={start + 1}>
              {releases.map((release) => (
                <ResultItem
                  key={release.id}
                  release={release}
                  corpus={corpus}
                  state={state}
                  terms={result.terms}
                />
              ))}
            </ol>
          )}
          {pageCount > 1 ? (
            <p className="muted page-of">
              Page {state.page} of {pageCount.toLocaleString('en-GB')}
            </p>
          ) : null}
          <Pagination state={state} pageCount={pageCount} onNavigate={focusResults} />
        </section>
      </div>
    </section>
  );
}
