import { RELEASE_TYPES, isRealDate, type ReleaseType } from '../release/release-schema.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Everything a search view shows, as carried by the URL. */
export type SearchState = {
  q: string;
  country: string[];
  person: string[];
  type: ReleaseType[];
  source: string[];
  year: string[];
  from: string | undefined;
  to: string | undefined;
  /** Undefined means the default: relevance with a query, newest without. */
  sort: Sort | undefined;
  page: number;
};

export type MultiKey = 'country' | 'person' | 'type' | 'source' | 'year';

export const EMPTY_SEARCH: SearchState = {
  q: '',
  country: [],
  person: [],
  type: [],
  source: [],
  year: [],
  from: undefined,
  to: undefined,
  sort: undefined,
  page: 1,
};

/** Results on a page: the view shows them, and the idle warm-up prepares first pages. */
export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 500;
const MAX_VALUES = 50;
const MAX_PAGE = 100_000;

const TYPE_SET: ReadonlySet<string> = new Set(RELEASE_TYPES);
// Control characters, lone surrogates and markup never belong in a facet value.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f<>]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const validators: Record<MultiKey, (raw: string) => string | undefined> = {
  country: (v) => (/^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : undefined),
  person: (v) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) && v.length <= 200 ? v : undefined),
  type: (v) => (TYPE_SET.has(v) ? v : undefined),
  source: (v) => (v.trim() && v.length <= 200 && !UNSAFE.test(v) ? v : undefined),
  year: (v) => (/^\d{4}$/.test(v) ? v : undefined),
};

export function normalizeDateBound(raw: string | null): string | undefined {
  if (!raw) return undefined;
  if (/^\d{4}$/.test(raw)) return raw;
  return isRealDate(raw) ? raw : undefined;
}

function multi(params: URLSearchParams, key: MultiKey): string[] {
  const seen = new Set<string>();
  for (const raw of params.getAll(key)) {
    const value = validators[key](raw);
    if (value !== undefined) seen.add(value);
    if (seen.size >= MAX_VALUES) break;
  }
  return [...seen];
}

function cleanQuery(raw: string | null): string {
  if (!raw) return '';
  // Drop lone surrogates so that a broken shared link cannot break rendering or encoding;
  // after the cut, which can itself halve a pair.
  const q = raw
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  // White space alone is no query, as the URL writes it: the state must survive its own URL.
  return q.trim() ? q : '';
}

/** Parses URL search parameters; unknown and malformed values are dropped, never an error. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const sortRaw = params.get('sort');
  const pageRaw = Number(params.get('page'));
  return {
    q: cleanQuery(params.get('q')),
    country: multi(params, 'country'),
    person: multi(params, 'person'),
    type: multi(params, 'type') as ReleaseType[],
    source: multi(params, 'source'),
    year: multi(params, 'year'),
    from: normalizeDateBound(params.get('from')),
    to: normalizeDateBound(params.get('to')),
    sort: (SORTS as readonly string[]).includes(sortRaw ?? '') ? (sortRaw as Sort) : undefined,
    page: Number.isInteger(pageRaw) && pageRaw >= 1 && pageRaw <= MAX_PAGE ? pageRaw : 1,
  };
}

/** The canonical query string for a state: fixed key order, defaults left out. */
export function serializeSearchState(state: Partial<SearchState>): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q?.trim()) params.set('q', state.q);
  for (const key of ['country', 'person', 'type', 'source', 'year'] as const) {
    for (const value of state[key] ?? []) params.append(key, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page && state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The sort that applies: an explicit choice, else relevance for a query and newest without. */
export function effectiveSort(state: Pick<SearchState, 'q' | 'sort'>): Sort {
  if (state.sort === 'relevance' && !state.q.trim()) return 'newest';
  return state.sort ?? (state.q.trim() ? 'relevance' : 'newest');
}
