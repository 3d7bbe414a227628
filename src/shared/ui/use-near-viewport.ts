import { useCallback, useState } from 'react';

/**
 * A ref for an element, and whether it has come near the viewport since `resetKey` last
 * changed. Without IntersectionObserver it counts as near at once.
 */
export function useNearViewport(resetKey: string, margin = '300px') {
  const [nearFor, setNearFor] = useState<string | null>(null);
  const ref = useCallback(
    (node: Element | null) => {
      if (!node) return;
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
      observer.observe(node);
      return () => observer.disconnect();
    },
    [resetKey, margin],
  );
  return [ref, nearFor === resetKey] as const;
}
