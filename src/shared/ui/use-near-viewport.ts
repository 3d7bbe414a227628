import { useCallback, useState } from 'react';

/**
 * A ref for a list, and whether any of its items from `from` on has come near the viewport
 * since `resetKey` last changed. Every one of them is watched, not only the first: a reader who
 * jumps down the page (End, find in page) passes over the first without it ever crossing the
 * viewport. Without IntersectionObserver they count as near at once.
 */
export function useNearViewport(resetKey: string, from: number, margin = '300px') {
  const [nearFor, setNearFor] = useState<string | null>(null);
  const ref = useCallback(
    (list: Element | null) => {
      const items = list ? [...list.children].slice(from) : [];
      if (items.length === 0) return;
      if (typeof IntersectionObserver === 'undefined') {
        setNearFor(resetKey);
        return;
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          setNearFor(resetKey);
          observer.disconnect();
        },
        { rootMargin: `${margin} 0px` },
      );
      for (const item of items) observer.observe(item);
      return () => observer.disconnect();
    },
    [resetKey, from, margin],
  );
  return [ref, nearFor === resetKey] as const;
}
