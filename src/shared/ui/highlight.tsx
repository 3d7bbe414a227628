import { Fragment } from 'react';
import { splitHighlights, type HighlightTerm } from '../search/highlight-ranges.ts';

/**
 * Text with the words that matched a search wrapped in <mark>. Built from React elements
 * only: corpus text is untrusted and is never turned into HTML.
 */
export function Highlight({ text, terms }: { text: string; terms: readonly HighlightTerm[] }) {
  const parts = splitHighlights(text, terms);
  return (
    <>
      {parts.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
