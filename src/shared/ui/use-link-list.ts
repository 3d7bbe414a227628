import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * Client-side navigation for a list of many plain links (`<a href={hrefOf(to)} data-to={to}>`):
 * one click handler on the list instead of a router Link per item. Each Link runs its own
 * hooks on every render, and the search results render on every keystroke. A click with a
 * modifier key, or another button, is left to the browser (a new tab, a download), as Link
 * does.
 */
export function useLinkList() {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const link =
      event.target instanceof Element
        ? event.target.closest<HTMLAnchorElement>('a[data-to]')
        : null;
    const to = link?.dataset.to;
    if (!link || to === undefined || !event.currentTarget.contains(link)) return;
    event.preventDefault();
    void navigate(to);
  };
  return onClick;
}
