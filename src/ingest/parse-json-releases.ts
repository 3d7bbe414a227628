import { corpusFileSchema } from '../shared/corpus/corpus-schema.ts';
import { releaseSchema, type Release } from '../shared/release/release-schema.ts';
import { cleanText } from './clean-text.ts';
import { jsonElementLines } from './json-element-lines.ts';
import { safeUrl } from './release-fields.ts';

export type JsonRecord = { release: Release; line: number };
export type JsonProblem = { line: number; reason: string };
export type JsonParse = { records: JsonRecord[]; problems: JsonProblem[] };

/** Every string in the record cleaned the way parsed text is, before validation sees it. */
function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)]));
  }
  return value;
}

function fieldPath(prefix: string, path: PropertyKey[]): string {
  const tail = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const whole = `${prefix}${tail}`.replace(/^\./, '');
  return whole || 'record';
}

function check(raw: unknown, prefix: string): { release: Release } | { reason: string } {
  const parsed = releaseSchema.safeParse(cleanStrings(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { reason: `${fieldPath(prefix, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}` };
  }
  const { url, ...rest } = parsed.data;
  const safe = safeUrl(url);
  return { release: safe ? { ...rest, url: safe } : rest };
}

/**
 * Where JSON.parse stopped. Node 20 gives a position for most errors, but for an unexpected
 * token only a snippet of the text around it, which is then looked up in the text.
 */
function jsonErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  let offset = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
  if (offset < 0 && message.includes('end of JSON input')) offset = text.length;
  const token =
    /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (offset < 0 && token) {
    const [, found = '', cut, snippet = ''] = token;
    const at = text.indexOf(snippet);
    // V8 shows 10 characters either side; a cut start puts the token at index 10.
    if (at >= 0) offset = at + (cut ? 10 : Math.max(0, snippet.indexOf(found)));
  }
  return offset < 0 ? 1 : text.slice(0, offset).split('\n').length;
}

/** JSON.parse with the line of a syntax error. */
export function parseJsonText(
  text: string,
): { ok: true; data: unknown } | { ok: false; problem: JsonProblem } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      problem: {
        line: jsonErrorLine(text, error),
        reason: `not valid JSON: ${(error as Error).message}`,
      },
    };
  }
}

/** Each item validated; messages name the item (`releases[3].date`) and the line it starts on. */
export function checkReleases(items: unknown[], prefix: string, text: string): JsonParse {
  let lines: number[] | undefined;
  const lineOf = (index: number) => (lines ??= jsonElementLines(text))[index] ?? 1;
  const result: JsonParse = { records: [], problems: [] };
  items.forEach((raw, index) => {
    const checked = check(raw, `${prefix}[${index}]`);
    if ('release' in checked)
      result.records.push({ release: checked.release, line: lineOf(index) });
    else result.problems.push({ line: lineOf(index), reason: checked.reason });
  });
  return result;
}

/** A JSON array of releases, or a corpus file {format, releases}. */
export function parseJsonReleases(text: string): JsonParse {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { records: [], problems: [parsed.problem] };
  const data = parsed.data;
  if (Array.isArray(data)) return checkReleases(data, '', text);
  const corpus = corpusFileSchema.safeParse(data);
  if (corpus.success) return checkReleases(corpus.data.releases, 'releases', text);
  const issue = corpus.error.issues[0];
  const reason = Array.isArray((data as { releases?: unknown } | null)?.releases)
    ? `${issue?.path.join('.') || 'corpus'}: ${issue?.message ?? 'invalid'}`
    : 'expected an array of releases or a corpus file {format, releases}';
  return { records: [], problems: [{ line: 1, reason }] };
}

/** One release per line (NDJSON / JSON Lines); blank lines are allowed. */
export function parseNdjsonReleases(text: string): JsonParse {
  const result: JsonParse = { records: [], problems: [] };
  text.split('\n').forEach((source, index) => {
    if (source.trim() === '') return;
    const line = index + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(source);
    } catch (error) {
      result.problems.push({ line, reason: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    const checked = check(raw, '');
    if ('release' in checked) result.records.push({ release: checked.release, line });
    else result.problems.push({ line, reason: checked.reason });
  });
  return result;
}
