import { useEffect, useRef } from 'react';

/**
 * Moves focus to the page's h1 when the path changes, as a screen reader user
 * would otherwise be left on the link they followed. Not on first load, where
 * the browser's own focus handling is right; not on query changes, which would
 * pull focus out of the search box while typing.
 */
export function useFocusHeadingOnNavigate(pathname: string) {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus();
  }, [pathname]);
}
