import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean-text.ts';
import { parseFile } from '../../src/ingest/parse-file.ts';
import { parseTextRelease } from '../../src/ingest/parse-text-release.ts';
import { serializeCorpus } from '../../src/ingest/serialize-corpus.ts';
import { releaseSchema } from '../../src/shared/release/release-schema.ts';
import { textRelease } from './hostile-helpers.ts';

const MINISTRY = 'Ministry of Foreign Affairs of the Republic of Korea';
const HEADER_REASONS = [
  'a second date line: one file holds one release, with one header',
  'the ministry line again: one file holds one release, with one header',
];

/** Pieces that hostile or broken text is made of, mixed with any code point at all. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '\0',
    '\u0001',
    '\u001B[31m',
    '\u007F',
    '\u0085',
    '\u009B',
    '\uFEFF',
    '\u2028',
    '\u2029',
    '\u200B',
    '\u202E',
    '\u2066',
    '\uD800',
    '\uDC00',
    '\r',
    '\r\n',
    '\n',
    '\n\n',
    '\t',
    '\u00A0',
    ' | ',
    '05/02/2024',
    ' | Distributed by Public on 05/02/2024 10:00',
    MINISTRY,
    '<img src=x onerror=alert(1)>',
    '&lt;script&gt;',
    '"',
    '\\',
    '</script>',
    '---',
    '# ',
  ),
);
const paragraph = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

// Anything that a JSON reader, a JS reader or a reader of the text should not meet.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\u200B]/;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const content = (text: string) => cleanText(text).replace(/\s/g, '');

function checkOutcome(text: string, paragraphText: string) {
  const outcome = parseFile('r.txt', new TextEncoder().encode(text), { sample: false });
  const lines = text.split(/\r\n?|\n/).length;
  if (outcome.accepted.length === 0) {
    expect(outcome.rejected).toHaveLength(1);
    const [rejection] = outcome.rejected;
    expect(HEADER_REASONS).toContain(rejection?.reason);
    expect(rejection?.line).toBeGreaterThan(5);
    expect(rejection?.line).toBeLessThanOrEqual(lines);
    return;
  }
  const [{ release } = { release: undefined }] = outcome.accepted;
  expect(releaseSchema.safeParse(release).success).toBe(true);
  expect(release?.body.join('').replace(/\s/g, '')).toBe(
    content(new TextDecoder().decode(new TextEncoder().encode(paragraphText))),
  );
  const corpus = serializeCorpus({
    sample: false,
    countries: {},
    releases: release ? [release] : [],
  });
  expect(corpus.replace(/\n/g, '')).not.toMatch(FORBIDDEN);
  const parsed = JSON.parse(corpus) as { releases: unknown[] };
  expect(parsed.releases).toEqual([JSON.parse(JSON.stringify(release))]);
}

describe('hostile input: any paragraph text (property, items 16 and 20)', () => {
  it('parses to a valid record and a valid corpus, or to one rejection naming a line', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        checkOutcome(
          textRelease({ body: ['An opening paragraph.', text] }),
          `An opening paragraph.${text}`,
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on the text itself, lone surrogates included, and keeps it free of them', () => {
    fc.assert(
      fc.property(paragraph, paragraph, (title, body) => {
        const result = parseTextRelease(textRelease({ title: `Talks ${title}`, body: [body] }));
        if (!result.ok) {
          expect(result.line).toBeGreaterThanOrEqual(5);
          return;
        }
        const serialized = JSON.stringify(result.value);
        expect(result.value.title + result.value.body.join('')).not.toMatch(LONE);
        expect(serialized.replace(/\\n/g, '')).not.toMatch(FORBIDDEN);
      }),
      { numRuns: 1500 },
    );
  });
});
