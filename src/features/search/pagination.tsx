import type { MouseEvent } from 'react';
import { hrefOf, paths } from '../../shared/paths.ts';
import type { SearchState } from '../../shared/search/search-state.ts';
import { useLinkList } from '../../shared/ui/use-link-list.ts';

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

/**
 * Plain links followed by one click handler on the list, as the result rows are
 * (useLinkList): the pagination renders on every keystroke, and a router Link per page
 * number ran its own hooks each time.
 */
export function Pagination({ state, pageCount, onNavigate }: Props) {
  const followLink = useLinkList();
  if (pageCount <= 1) return null;
  const page = Math.min(state.page, pageCount);
  const link = (p: number) => {
    const to = paths.home({ ...state, page: p });
    return { href: hrefOf(to), 'data-to': to };
  };
  const onClick = (event: MouseEvent<HTMLElement>) => {
    followLink(event);
    if (event.defaultPrevented) onNavigate();
  };
  return (
    <nav className="pagination" aria-label="Pages of results" onClick={onClick}>
      <ul>
        {page > 1 ? (
          <li>
            <a {...link(page - 1)} rel="prev">
              Previous<span className="visually-hidden"> page</span>
            </a>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <a {...link(p)} aria-current={p === page ? 'page' : undefined}>
                <span className="visually-hidden">Page </span>
                {p}
              </a>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a {...link(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
