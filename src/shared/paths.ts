import { serializeSearchState, type SearchState } from './search/search-state.ts';

function withQuery(path: string, state?: Partial<SearchState>): string {
  const query = state ? serializeSearchState(state).toString() : '';
  return query ? `${path}?${query}` : path;
}

function releasesFrom(search?: Partial<SearchState>): (id: string) => string {
  const query = search ? serializeSearchState(search).toString() : '';
  return (id) => `/releases/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
}

/**
 * Where the app is served, without a trailing slash ("" or "/sub/path"): Vite's base is the
 * one setting, and the router's basename and every address written by hand follow it.
 */
export const basePath = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The address of an in-app route, for an `href` written without the router. */
export const hrefOf = (to: string) => `${basePath}${to}`;

/** Every in-app link is built here, so that routes and their parameters live in one place. */
export const paths = {
  home: (state?: Partial<SearchState>) => withQuery('/', state),
  timeline: (state?: Partial<SearchState>) => withQuery('/timeline', state),
  release: (id: string, search?: Partial<SearchState>) => releasesFrom(search)(id),
  /** Links to many releases found by one search: its query string is built once. */
  releasesFrom,
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  country: (code: string) => `/countries/${encodeURIComponent(code.toUpperCase())}`,
} as const;

/** Route patterns for the router, kept beside the builders. */
export const routePatterns = {
  home: '/',
  timeline: '/timeline',
  release: '/releases/:id',
  person: '/people/:id',
  country: '/countries/:code',
} as const;
