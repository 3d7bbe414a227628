import { useQuery } from '@tanstack/react-query';
import { Outlet, useLocation } from 'react-router-dom';
import { corpusQueryOptions } from '../../shared/corpus/corpus-query.ts';
import { headQueryOptions } from '../../shared/corpus/head-query.ts';
import { routePatterns } from '../../shared/paths.ts';
import { parseSearchState, type SearchState } from '../../shared/search/search-state.ts';
import { SiteHeader } from './site-header.tsx';
import { SiteMain } from './site-main.tsx';
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
      <SiteHeader sample={sample} carried={carried} />
      <SiteMain>
        <Outlet />
      </SiteMain>
    </>
  );
}
