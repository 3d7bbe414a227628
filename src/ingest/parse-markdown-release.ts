import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { isRealDate } from '../shared/release/release-schema.ts';
import { cleanText } from './clean-text.ts';
import { decodeEntities, stripTags } from './html-text.ts';
import type { LineResult, ReleaseDraft } from './ingest-types.ts';
import { markdownToParagraphs } from './markdown-to-paragraphs.ts';
import { sourceCountryOf } from './source-country.ts';
import { categoryFromTags, safeUrl } from './release-fields.ts';

const fail = (line: number, reason: string) => ({ ok: false as const, line, reason });
const PUBLISHED =
  /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
const DEFAULT_SOURCE = { source: 'The White House', sourceCountry: 'US' };

type FrontMatter = { data: Record<string, unknown>; lineOf: (key: string) => number; end: number };

function readFrontMatter(lines: string[]): LineResult<FrontMatter> {
  if (lines[0]?.trim() !== '---') return fail(1, 'expected YAML front matter: "---" on line 1');
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close === -1) return fail(1, 'broken front matter: no closing "---"');
  const counter = new LineCounter();
  // The core schema keeps dates and times as the strings written ("2021-01-15").
  const doc = parseDocument(lines.slice(1, close).join('\n'), {
    lineCounter: counter,
    schema: 'core',
  });
  const error = doc.errors[0];
  if (error) {
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    return fail((error.linePos?.[0].line ?? 1) + 1, `broken front matter: ${message}`);
  }
  if (!isMap(doc.contents)) return fail(2, 'broken front matter: expected "field: value" lines');
  const contents = doc.contents;
  const lineOf = (key: string) => {
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const offset = isScalar(pair?.key) ? (pair.key.range?.[0] ?? 0) : 0;
    return counter.linePos(offset).line + 1;
  };
  const data = doc.toJS({ maxAliasCount: 10 }) as Record<string, unknown>;
  return { ok: true, value: { data, lineOf, end: close } };
}

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/**
 * A Markdown release with YAML front matter (title, date, published_time, source_url, tags), as
 * the White House archive distributes them. The time is kept as written, in the issuer's zone.
 */
export function parseMarkdownRelease(markdown: string): LineResult<ReleaseDraft> {
  const lines = markdown.split('\n');
  const front = readFrontMatter(lines);
  if (!front.ok) return front;
  const { data, lineOf, end } = front.value;
  const title = cleanText(decodeEntities(stripTags(text(data.title) ?? '')));
  if (!title) return fail(data.title === undefined ? 1 : lineOf('title'), 'missing title');
  const date = text(data.date);
  if (date === undefined) return fail(1, 'missing date in the front matter');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return fail(lineOf('date'), `date "${date}" must be YYYY-MM-DD`);
  if (!isRealDate(date)) return fail(lineOf('date'), `date "${date}" is not a real date`);
  let publishedAt: string | undefined;
  const published = text(data.published_time);
  if (published !== undefined) {
    const m = PUBLISHED.exec(published.trim());
    if (!m || !isRealDate(m[1] ?? '')) {
      return fail(
        lineOf('published_time'),
        `published_time "${published}" is not a real date and time`,
      );
    }
    publishedAt = `${m[1]}T${m[2]}:${m[3]}`;
  }
  const named = text(data.source) && cleanText(text(data.source) ?? '');
  const issuer = named ? { source: named, sourceCountry: sourceCountryOf(named) } : DEFAULT_SOURCE;
  const url = safeUrl(text(data.source_url));
  const category = categoryFromTags(data.tags);
  return {
    ok: true,
    value: {
      title,
      date,
      ...(publishedAt ? { publishedAt } : {}),
      source: issuer.source,
      ...(issuer.sourceCountry ? { sourceCountry: issuer.sourceCountry } : {}),
      ...(category ? { category } : {}),
      ...(url ? { url } : {}),
      body: markdownToParagraphs(lines.slice(end + 1).join('\n')),
    },
  };
}
