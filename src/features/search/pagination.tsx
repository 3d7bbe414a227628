import { Link } from 'react-router-dom';
import { paths } from '../../shared/paths.ts';
import type { SearchState } from '../../shared/search/search-state.ts';

/**
 * Page numbers to show: the first, the last, and two either side of the current one. Built
 * from the ends, not by walking every page: a one-letter search of a large archive has
 * thousands of pages, and this runs on each keystroke.
 */
export function pageWindow(current: number, count: number): (number | 'gap')[] {
  const pages: (number | 'gap')[] = [1];
  const from = Math.max(2, current - 2);
  const to = Math.min(count - 1, current + 2);
  if (from > 2) pages.push('gap');
  for (let p = from; p <= to; p += 1) pages.push(p);
  if (to < count - 1) pages.push('gap');
  if (count > 1) pages.push(count);
  return pages;
}

type Props = { state: SearchState; pageCount: number; onNavigate: () => void };

export function Pagination({ state, pageCount, onNavigate }: Props) {
  if (pageCount <= 1) return null;
  const page = Math.min(state.page, pageCount);
  const to = (p: number) => paths.home({ ...state, page: p });
  return (
    <nav className="pagination" aria-label="Pages of results">
      <ul>
        {page > 1 ? (
          <li>
            <Link to={to(page - 1)} rel="prev" onClick={onNavigate}>
              Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link to={to(p)} aria-current={p === page ? 'page' : undefined} onClick={onNavigate}>
                <span className="visually-hidden">Page </span>
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link to={to(page + 1)} rel="next" onClick={onNavigate}>
              Next<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
