import { useCallback, useState } from 'react';

/**
 * A ref for a list, and whether any of its items from `from` on is near the viewport, or has
 * been since `resetKey` last changed. Every one of them is watched, not only the first: a
 * reader who jumps down the page (End, find in page) passes over the first without it ever
 * crossing the viewport. The watch outlives `resetKey`, so that on a tall screen, or with the
 * reader scrolled down, a new key finds the items near at once rather than a frame later.
 * `count` is the number of items, to watch those added later. Without IntersectionObserver
 * they count as near at once.
 */
export function useNearViewport(resetKey: string, from: number, count: number, margin = '300px') {
  const [nearNow, setNearNow] = useState(false);
  const [nearFor, setNearFor] = useState<string | null>(null);
  // Adjusting state during render, as React documents: the latch follows the watch, and the
  // render is done again with it before anything is shown.
  if (nearNow && nearFor !== resetKey) setNearFor(resetKey);
  const ref = useCallback(
    (list: Element | null) => {
      const items = list && count > from ? [...list.children].slice(from) : [];
      if (items.length === 0) return;
      if (typeof IntersectionObserver === 'undefined') {
        setNearNow(true);
        return;
      }
      const near = new Set<Element>();
      const observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) near.add(entry.target);
            else near.delete(entry.target);
          }
          setNearNow(near.size > 0);
        },
        { rootMargin: `${margin} 0px` },
      );
      for (const item of items) observer.observe(item);
      return () => {
        observer.disconnect();
        setNearNow(false);
      };
    },
    [from, count, margin],
  );
  return [ref, nearFor === resetKey] as const;
}
