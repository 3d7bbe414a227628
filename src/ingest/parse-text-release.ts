import { isRealDate } from '../shared/release/release-schema.ts';
import { cleanText, stripControls } from './clean-text.ts';
import type { LineResult, ReleaseDraft } from './ingest-types.ts';
import { sourceCountryOf } from './source-country.ts';

const HEADER =
  /^(\d{2})\/(\d{2})\/(\d{4})\s*\|\s*([^|]*?)\s*\|\s*Distributed by [^|]+? on (\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})\s*$/;
/** Anything that looks like the date line, wherever it appears, even behind invisible marks. */
const HEADER_LIKE = /^[\s\p{Cf}]*\d{1,2}\/\d{1,2}\/\d{4}\s*(\||$)|\|\s*Distributed by\s/iu;
const HEADER_SHAPE = '"MM/DD/YYYY | category | Distributed by … on MM/DD/YYYY HH:MM"';

type Fail = { ok: false; line: number; reason: string };
const fail = (line: number, reason: string): Fail => ({ ok: false, line, reason });

function isoDate(mm: string, dd: string, yyyy: string): string | undefined {
  const value = `${yyyy}-${mm}-${dd}`;
  return isRealDate(value) ? value : undefined;
}

function parseHeader(line: string, n: number) {
  const m = HEADER.exec(line);
  if (!m) {
    if (!/^\s*\d{1,2}\/\d{1,2}\/\d{4}/.test(line)) {
      return fail(n, `missing publication date: expected ${HEADER_SHAPE}`);
    }
    return fail(n, `malformed date line: expected ${HEADER_SHAPE}`);
  }
  const [, mm, dd, yyyy, category, pm, pd, py, hh, mi] = m as unknown as string[];
  const date = isoDate(mm!, dd!, yyyy!);
  if (!date) return fail(n, `"${mm}/${dd}/${yyyy}" is not a real date`);
  const day = isoDate(pm!, pd!, py!);
  if (!day || Number(hh) > 23 || Number(mi) > 59) {
    return fail(n, `"${pm}/${pd}/${py} ${hh}:${mi}" is not a real date and time`);
  }
  return {
    ok: true as const,
    date,
    publishedAt: `${day}T${hh}:${mi}`,
    category: cleanText(category!),
  };
}

/**
 * The plain-text distribution format: ministry, blank, date line, blank, title, blank lines,
 * paragraphs separated by blank lines. Strict, because a second date line usually means two
 * releases were pasted into one file, and guessing which is which would mislabel one.
 */
export function parseTextRelease(text: string): LineResult<ReleaseDraft> {
  const lines = stripControls(text).split('\n');
  const blank = (i: number) => (lines[i] ?? '').trim() === '';
  const source = cleanText(lines[0] ?? '');
  if (!source) return fail(1, 'line 1 must name the issuing ministry');
  if (HEADER_LIKE.test(lines[0] ?? '')) return fail(1, 'line 1 must name the issuing ministry');
  if (!blank(1)) return fail(2, 'expected a blank line after the ministry');
  let i = 1;
  while (i < lines.length && blank(i)) i += 1;
  if (i >= lines.length) return fail(i, `missing publication date: expected ${HEADER_SHAPE}`);
  const header = parseHeader(lines[i] ?? '', i + 1);
  if (!header.ok) return header;
  i += 1;
  if (!blank(i)) return fail(i + 1, 'expected a blank line after the date line');
  while (i < lines.length && blank(i)) i += 1;
  const body: string[] = [];
  let title = '';
  let paragraph: string[] = [];
  const flush = () => {
    const value = cleanText(paragraph.join(' '));
    if (value) body.push(value);
    paragraph = [];
  };
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (HEADER_LIKE.test(line)) {
      return fail(i + 1, 'a second date line: one file holds one release, with one header');
    }
    if (cleanText(line) === source) {
      return fail(i + 1, 'the ministry line again: one file holds one release, with one header');
    }
    if (!title) title = cleanText(line);
    else if (line.trim() === '') flush();
    else paragraph.push(line);
  }
  flush();
  if (!title) return fail(lines.length, 'missing title after the date line');
  const sourceCountry = sourceCountryOf(source);
  return {
    ok: true,
    value: {
      title,
      date: header.date,
      publishedAt: header.publishedAt,
      source,
      ...(sourceCountry ? { sourceCountry } : {}),
      ...(header.category ? { category: header.category } : {}),
      body,
    },
  };
}
