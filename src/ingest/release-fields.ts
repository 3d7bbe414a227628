import { cleanText } from './clean-text.ts';

const TAG_LABELS: Record<string, string> = {
  'statements-releases': 'Statements and releases',
  'speeches-remarks': 'Speeches and remarks',
  'press-briefings': 'Press briefings',
  'presidential-actions': 'Presidential actions',
};

/** The first tag as a reader-facing category: "statements-releases" → "Statements and releases". */
export function categoryFromTags(tags: unknown): string | undefined {
  const first: unknown = Array.isArray(tags) ? tags[0] : tags;
  if (typeof first !== 'string') return undefined;
  const tag = cleanText(first).toLowerCase();
  if (!tag) return undefined;
  const label = Object.hasOwn(TAG_LABELS, tag) ? TAG_LABELS[tag]! : tag.replace(/[-_]+/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Only web links survive: the app renders the URL as a link, and "javascript:" must never be one. */
export function safeUrl(value: string | undefined): string | undefined {
  // The URL parser ignores controls and separators, but the raw string is what gets stored.
  const url = value === undefined ? undefined : cleanText(value);
  if (!url || url.length > 2000) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
