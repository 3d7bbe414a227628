/**
 * One spelling of spaces, apostrophes and hyphens, so that the matchers compare
 * plain strings: releases mix no-break spaces, curly apostrophes and hard line
 * wraps that would otherwise split a name across two "words".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
