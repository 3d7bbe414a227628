import { createHash } from 'node:crypto';

// Letters that Unicode decomposition does not reduce to ASCII.
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/** Lowercase ASCII words joined by hyphens: "Ministers’ Talks in Zürich" → "ministers-talks-in-zurich". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðþłı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** At most `max` characters, cut at a word boundary unless the first word alone is longer. */
export function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}

export type IdFields = { source: string; date: string; title: string; url?: string };

/**
 * `<date>-<title slug, ≤ 60>-<6 hex of sha1(source|date|title[|url])>`: readable, sorted by date
 * when listed, and the same on every run for the same release. The URL joins the hash when there
 * is one because an issuer can publish two releases with one title on one day.
 */
export function releaseId({ source, date, title, url }: IdFields): string {
  const key = [source, date, title, ...(url ? [url] : [])].join('|');
  const hash = createHash('sha1').update(key).digest('hex').slice(0, 6);
  return [date, truncateSlug(slugify(title), 60), hash].filter(Boolean).join('-');
}
