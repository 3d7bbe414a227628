import { useMemo } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { compareNewestFirst } from '../../shared/corpus/corpus-index.ts';
import { useCorpus } from '../../shared/corpus/use-corpus.ts';
import { yearBars } from '../../shared/corpus/year-bars.ts';
import { formatMonth } from '../../shared/format/format-date.ts';
import { paths } from '../../shared/paths.ts';
import { cleanSearchState } from '../../shared/search/clean-state.ts';
import { runSearch } from '../../shared/search/run-search.ts';
import { parseSearchState, serializeSearchState } from '../../shared/search/search-state.ts';
import { searchIndexFor } from '../../shared/search/search-index.ts';
import { useSearchIndexState } from '../../shared/search/use-full-index.ts';
import { CountBars } from '../../shared/ui/count-bars.tsx';
import { formatDateBound, formatReleases } from '../../shared/format/format-count.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { MonthGroups } from './month-groups.tsx';
import { boundsOf, granularityOf, monthBars } from './timeline-buckets.ts';
import { TimelineTable } from './timeline-table.tsx';
import './timeline.css';

export function TimelineView() {
  const corpus = useCorpus();
  const { index: full, fullText } = useSearchIndexState(corpus);
  // Filters need no bodies, so the catalogue's index answers them at once; a query waits.
  const index = full ?? searchIndexFor(corpus);
  const [params, setParams] = useSearchParams();
  const { search } = useLocation();
  const state = cleanSearchState(index, parseSearchState(params));
  const preparing = fullText === 'loading' && state.q.trim() !== '';
  // Keyed by the canonical query string, so that an equal search is not run again.
  const key = serializeSearchState(state).toString();
  const result = useMemo(
    () => (preparing ? null : runSearch(index, parseSearchState(new URLSearchParams(key)))),
    [index, key, preparing],
  );
  const releases = useMemo(() => {
    const list = (result?.ids ?? []).flatMap((id) => corpus.byId.get(id) ?? []);
    const newest = list.sort(compareNewestFirst);
    return state.sort === 'oldest' ? newest.reverse() : newest;
  }, [corpus, result, state.sort]);

  // Malformed and unknown values leave the URL once; the canonical URL maps to itself.
  if (key !== search.replace(/^\?/, '')) return <Navigate to={paths.timeline(state)} replace />;

  const granularity = granularityOf(state);
  const bars =
    granularity === 'month' && state.from && state.to
      ? monthBars(releases, state.from, state.to)
      : yearBars(releases);
  const narrow = (first: string, last: string) => {
    setParams(serializeSearchState({ ...state, ...boundsOf(granularity, first, last), page: 1 }));
  };
  const count = result?.total ?? 0;
  const datesChosen = Boolean(state.from || state.to);
  const dates = datesChosen
    ? ` from ${state.from ? formatDateBound(state.from) : 'the start'} to ${state.to ? formatDateBound(state.to) : 'the end'}`
    : '';

  return (
    <section className="timeline" aria-labelledby="page-heading" aria-busy={preparing}>
      <PageTitle title="Timeline" />
      <h1 id="page-heading" tabIndex={-1}>
        Timeline
      </h1>
      <p role="status" className="timeline-count">
        {preparing ? 'Preparing the search…' : `${formatReleases(count)}${dates}`}
      </p>
      {fullText === 'failed' && state.q.trim() !== '' ? (
        <p className="muted">
          Searching titles, people and countries only: the full text could not be loaded.
        </p>
      ) : null}
      {result?.partial ? (
        <p className="muted">No release has every word of the query; these have the most.</p>
      ) : null}
      <ul className="timeline-links no-print">
        <li>
          <Link to={paths.home(state)}>Show these releases in the search</Link>
        </li>
        {datesChosen ? (
          <li>
            <Link to={paths.timeline({ ...state, from: undefined, to: undefined, page: 1 })}>
              Show all dates
            </Link>
          </li>
        ) : null}
      </ul>
      {bars.length > 0 ? (
        <>
          <CountBars
            caption={
              granularity === 'year'
                ? 'Releases by year'
                : `Releases by month, ${formatMonth(bars[0]?.key ?? '')} to ${formatMonth(bars.at(-1)?.key ?? '')}`
            }
            bars={bars}
            onSelect={narrow}
            selectHint={`Choose a ${granularity} to narrow the dates to it, or drag across several.`}
          />
          <TimelineTable bars={bars} unit={granularity} />
        </>
      ) : null}
      <h2>Releases by month</h2>
      {preparing ? (
        <p className="muted">Preparing the search: the full text is loading…</p>
      ) : releases.length > 0 ? (
        <MonthGroups key={key} releases={releases} />
      ) : (
        <p>No release matches these filters.</p>
      )}
    </section>
  );
}
