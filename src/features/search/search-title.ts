import { formatCount } from '../../shared/format/format-count.ts';

/** How many releases a search found, as the results bar and the page title say it. */
export const countOf = (total: number) =>
  total === 0 ? 'No releases' : formatCount(total, 'release', 'releases');

/** The search view's page title: the words searched, cut short, and what they found. */
export function searchTitle(q: string, count: string) {
  const query = q.trim();
  return query
    ? `“${query.length > 60 ? `${query.slice(0, 60)}…` : query}” – ${count}`
    : 'Search the archive';
}
