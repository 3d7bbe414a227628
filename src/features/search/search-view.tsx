import { useMemo, useRef } from 'react';
import { Navigate, useLocation, useNavigation } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useCorpusState } from '../../shared/corpus/use-corpus-state.ts';
import { LoadError } from '../../shared/ui/load-error.tsx';
import { holdsEveryBody, type CountryInfo } from '../../shared/corpus/corpus-schema.ts';
import { headQueryOptions } from '../../shared/corpus/head-query.ts';
import { paths } from '../../shared/paths.ts';
import { cleanSearchState } from '../../shared/search/clean-state.ts';
import { cachedSearch } from '../../shared/search/cached-search.ts';
import type { HighlightTerm } from '../../shared/search/highlight-ranges.ts';
import { useBodies } from '../../shared/corpus/use-bodies.ts';
import { PAGE_SIZE, serializeSearchState } from '../../shared/search/search-state.ts';
import { closestNames } from '../../shared/search/suggest.ts';
import { useSearchIndexState } from '../../shared/search/use-full-index.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { useLinkList } from '../../shared/ui/use-link-list.ts';
import { useNearViewport } from '../../shared/ui/use-near-viewport.ts';
import { ActiveFilters, activeFilters } from './active-filters.tsx';
import { FacetPanel } from './facet-panel.tsx';
import { formatCount, formatNumber } from '../../shared/format/format-count.ts';
import { Pagination } from './pagination.tsx';
import { ResultItem } from './result-item.tsx';
import { SearchBox } from './search-box.tsx';
import { countOf, searchTitle } from './search-title.ts';
import { NoResults, QueryNotes } from './search-notices.tsx';
import { SortSelect } from './sort-select.tsx';
import { TYPING_IN_TASK_LIMIT } from './typing-limit.ts';
import { useSearchUrl } from './use-search-url.ts';
import './search-view.css';

/**
 * Rows whose text is fetched and marked with the results; about what a screen shows. The
 * stylesheet lays these out without content-visibility (search-view.css, `.result`).
 */
const EAGER_ROWS = 6;
const NO_TERMS: HighlightTerm[] = [];
const NO_NAMES: string[] = [];
const NO_COUNTRIES = { countries: new Map<string, CountryInfo>() };

export function SearchView() {
  // The route waits for the corpus unless there is a head; a failure then shows here.
  const { corpus, error, retry, retrying } = useCorpusState();
  const head = useQuery({ ...headQueryOptions(), enabled: corpus === null }).data ?? null;
  const { index, fullText } = useSearchIndexState(corpus);
  const { search } = useLocation();
  const navigation = useNavigation();
  const shown = corpus ?? head;
  const archiveSize = corpus?.releases.length ?? head?.total ?? 0;
  const typingInTransition = archiveSize > TYPING_IN_TASK_LIMIT;
  const { state: wanted, titled, isPending, go } = useSearchUrl({ typingInTransition });
  // Typing reaches this state in the key's own task; in a large archive, in a transition
  // (useSearchUrl): the box follows every key at once, the view in a render React may
  // interrupt and drop when the next key arrives.
  const state = useMemo(() => (index ? cleanSearchState(index, wanted) : wanted), [index, wanted]);
  const result = useMemo(() => (index ? cachedSearch(index, state) : null), [index, state]);
  // Until the index is ready, the plain newest-first view needs none: the catalogue (or the
  // head, before it) is in that order already. Any other search waits for the index.
  const browsing = !result && serializeSearchState({ ...state, sort: undefined }).size === 0;
  const total = result?.total ?? (browsing ? archiveSize : 0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const followLink = useLinkList();
  const releaseTo = useMemo(() => paths.releasesFrom(state), [state]);
  const focusResults = () => resultsHeading.current?.focus();

  const start = (state.page - 1) * PAGE_SIZE;
  const pageIds = useMemo(() => result?.page(start, PAGE_SIZE), [result, start]);
  const releases =
    pageIds && corpus
      ? pageIds.flatMap((id) => corpus.byId.get(id) ?? [])
      : browsing && state.sort !== 'oldest' && shown
        ? shown.releases.slice(0, PAGE_SIZE)
        : [];
  // Rows show the passage that matched once their text is at hand. The page fetches every
  // text of an archive up to PREFETCH_LIMIT releases, the rows on screen first and those below
  // the fold when the reader scrolls near them. Past it, each row's text can be in another
  // file: rows fetch none and show their records' leads (docs/decisions/0007).
  const [lowerRows, nearLowerRows] = useNearViewport(
    serializeSearchState(state).toString(),
    EAGER_ROWS,
    releases.length,
  );
  // Likewise the words that matched are marked in those rows only once the reader comes near
  // them (the passage shown is chosen as before): a first letter marks hundreds of words, most
  // of them in rows no one sees yet.
  const marked = (row: number) => row < EAGER_ROWS || nearLowerRows;
  const bodyOf = useBodies(
    corpus ? corpus.bodies?.shardOf : head?.shardOf,
    !holdsEveryBody(archiveSize) ? [] : nearLowerRows ? releases : releases.slice(0, EAGER_ROWS),
  );
  // Memoised: Fuse.js over every name takes several milliseconds, and the URL written once the
  // typing pauses renders the view again with the same result.
  const query = state.q.trim();
  const suggestions = useMemo(
    () => (index && result?.total === 0 && query ? closestNames(index, query) : NO_NAMES),
    [index, result, query],
  );
  if (error) return <LoadError error={error} onRetry={retry} retrying={retrying} />;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const canonical = state.page > pageCount ? { ...state, page: pageCount } : state;
  // Unknown values and out-of-range pages leave the URL once; the canonical URL maps to itself.
  // A pending navigation of this view already goes to a canonical URL, and while the router is
  // leaving for another page (a link clicked before the index was ready) it must not be pulled back.
  if (
    index &&
    !isPending &&
    navigation.state === 'idle' &&
    serializeSearchState(canonical).toString() !== search.replace(/^\?/, '')
  ) {
    return <Navigate to={paths.home(canonical)} replace />;
  }

  const preparing = !result && releases.length === 0;
  const count = preparing ? 'Preparing the search…' : countOf(total);
  // Once the search can answer, the title names the search in the address, which typing
  // writes once it pauses, rather than each key: a title changed per key set the browser's own
  // process to work during the key's frame (p50 25 against 28 ms a key, decision 13).
  let title = searchTitle(state.q, count);
  if (titled !== wanted && index) {
    const addressed = cleanSearchState(index, titled);
    title = searchTitle(addressed.q, countOf(cachedSearch(index, addressed).total));
  }
  const skipped = corpus?.skipped.count ?? 0;

  return (
    // A link followed from here leaves with the address brought up to date (useSearchUrl).
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
        {result ? (
          <FacetPanel state={state} result={result} go={go} />
        ) : (
          <section className="search-filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">Filters</h2>
            <p className="muted">Filters appear when the search is ready.</p>
          </section>
        )}
        <section
          id="results"
          className="search-results"
          aria-labelledby="results-heading"
          tabIndex={-1}
          // Busy until the search can answer: the first page from the head or catalogue is
          // there to read, but any search typed meanwhile waits.
          aria-busy={preparing || index === null}
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
          {index ? (
            <ActiveFilters index={index} state={state} go={go} onRemoved={focusResults} />
          ) : null}
          {fullText !== 'ready' ? (
            <p className="muted">
              {fullText === 'loading'
                ? `Preparing the search: ${corpus ? 'the full text' : 'the archive'} is loading…`
                : 'Searching titles, people and countries only: the full text could not be loaded.'}
            </p>
          ) : null}
          {result ? <QueryNotes result={result} /> : null}
          {preparing ? null : result && index && result.total === 0 ? (
            <NoResults
              state={state}
              hasFilters={activeFilters(index, state).length > 0}
              suggestions={suggestions}
              go={go}
            />
          ) : (
            // One click handler for the rows' links (see useLinkList).
            <ol className="results" start={start + 1} onClick={followLink} ref={lowerRows}>
              {releases.map((release, i) => (
                <ResultItem
                  // By place, not id: a keystroke changes most rows, and updating a row's text
                  // costs the page far less than removing one row and building another.
                  key={i}
                  release={release}
                  body={bodyOf(release)}
                  corpus={shown ?? NO_COUNTRIES}
                  to={releaseTo(release.id)}
                  terms={result?.terms ?? NO_TERMS}
                  marked={marked(i)}
                />
              ))}
            </ol>
          )}
          {pageCount > 1 ? (
            <p className="muted page-of">
              Page {state.page} of {formatNumber(pageCount)}
            </p>
          ) : null}
          <Pagination state={state} pageCount={pageCount} onNavigate={focusResults} />
        </section>
      </div>
    </section>
  );
}
