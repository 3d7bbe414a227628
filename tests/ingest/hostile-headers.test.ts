import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/ingest/parse-file.ts';
import { markdownRelease, textRelease } from './hostile-helpers.ts';

const HEADER = '05/02/2024 | Press release | Distributed by Public on 05/02/2024 10:00';
const MINISTRY = 'Ministry of Foreign Affairs of the Republic of Korea';
const XSS = '<img src=x onerror=alert(1)>';

function outcome(name: string, text: string) {
  return parseFile(name, new TextEncoder().encode(text), { sample: false });
}

function accepted(name: string, text: string) {
  const result = outcome(name, text);
  expect(result.rejected).toEqual([]);
  const [first] = result.accepted;
  if (!first) throw new Error('nothing accepted');
  return first.release;
}

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('hostile input: injected header lines in the text format (item 20)', () => {
  it.each([
    ['a second date line after the body', textRelease({ body: ['First paragraph.', HEADER] })],
    [
      'a date line inside the body, mid-paragraph',
      textRelease({ body: [`First line of a paragraph,\n${HEADER}\nand its last line.`] }),
    ],
    ['a short date line in the body', textRelease({ body: ['Text.', '05/02/2024 | Statement'] })],
    ['a bare date line in the body', textRelease({ body: ['Text.', ' 5/2/2024 '] })],
    [
      'a date line behind a direction mark',
      textRelease({ body: ['Text.', '\u200F\u200D05/03/2024 | Statement'] }),
    ],
    [
      'a "Distributed by" line in the body',
      textRelease({ body: ['Text.', 'Notice | Distributed by Public on 05/03/2024 09:00'] }),
    ],
    ['a title line that looks like a date line', textRelease({ title: HEADER })],
  ])('rejects %s, naming its line', (_, text) => {
    const lines = text.split('\n');
    const injected = lines.findIndex(
      (line, i) => i > 2 && /\d\/\d+\/\d{4}|Distributed by/.test(line),
    );
    const result = outcome('r.txt', text);
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([
      {
        path: 'r.txt',
        line: injected + 1,
        reason: 'a second date line: one file holds one release, with one header',
      },
    ]);
  });

  it('rejects a duplicate date line right under the first', () => {
    const text = textRelease().replace(HEADER, `${HEADER}\n${HEADER}`);
    expect(outcome('r.txt', text).rejected).toEqual([
      { path: 'r.txt', line: 4, reason: 'expected a blank line after the date line' },
    ]);
  });

  it('rejects the ministry line repeated as a title or in the body', () => {
    const asTitle = textRelease({ title: MINISTRY });
    expect(outcome('r.txt', asTitle).rejected[0]).toMatchObject({ line: 5 });
    const inBody = textRelease({ body: ['Text.', `  ${MINISTRY}  `] });
    expect(outcome('r.txt', inBody).rejected[0]).toMatchObject({
      line: lineOf(inBody, `  ${MINISTRY}`),
      reason: 'the ministry line again: one file holds one release, with one header',
    });
  });

  it('rejects a date line with a forged extra field or an impossible date', () => {
    const extra = textRelease({
      header: '05/02/2024 | Press release | Distributed by Public | Admin on 05/02/2024 10:00',
    });
    expect(outcome('r.txt', extra).rejected[0]).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/malformed date line/),
    });
    const impossible = textRelease({ header: HEADER.replace('05/02/2024 |', '02/30/2024 |') });
    expect(outcome('r.txt', impossible).rejected[0]).toMatchObject({ line: 3 });
  });

  it('keeps prose that mentions a date or a pipe', () => {
    const release = accepted(
      'r.txt',
      textRelease({
        body: ['On 05/02/2024 the ministers met.', 'Exports | imports rose in 2023.'],
      }),
    );
    expect(release.body).toEqual([
      'On 05/02/2024 the ministers met.',
      'Exports | imports rose in 2023.',
    ]);
  });

  it('stores markup and entities in the title, category and body as the literal text', () => {
    const text = textRelease({
      title: `${XSS} Talks &lt;b&gt;`,
      header: HEADER.replace('Press release', '<script>alert(1)</script>'),
      body: ['<svg onload=alert(1)> &amp;lt;i&amp;gt;'],
    });
    const release = accepted('r.txt', text);
    expect(release.title).toBe(`${XSS} Talks &lt;b&gt;`);
    expect(release.category).toBe('<script>alert(1)</script>');
    expect(release.body).toEqual(['<svg onload=alert(1)> &amp;lt;i&amp;gt;']);
  });
});

describe('hostile input: markup in Markdown releases (item 20)', () => {
  it('decodes an entity-escaped tag once, into literal text that is not read as a tag', () => {
    const release = accepted(
      'r.md',
      markdownRelease({
        title: '"&lt;img src=x onerror=alert(1)&gt; Talks"',
        body: ['&lt;script&gt;alert(1)&lt;/script&gt; in the minutes.'],
      }),
    );
    expect(release.title).toBe(`${XSS} Talks`);
    expect(release.body).toEqual(['<script>alert(1)</script> in the minutes.']);
  });

  it('decodes double-escaped markup only one level', () => {
    const release = accepted(
      'r.md',
      markdownRelease({
        title: '"&amp;lt;img src=x&amp;gt; and &#38;lt;b&#38;gt; Talks"',
        body: ['&amp;lt;svg onload=alert(1)&amp;gt; text'],
      }),
    );
    expect(release.title).toBe('&lt;img src=x&gt; and &lt;b&gt; Talks');
    expect(release.body).toEqual(['&lt;svg onload=alert(1)&gt; text']);
  });

  it('strips real tags as formatting, keeping their text', () => {
    const release = accepted(
      'r.md',
      markdownRelease({
        title: `"${XSS}Talks on <b>Fisheries</b>"`,
        body: ['<svg onload=alert(1)>Agreed</svg> to meet <script>again</script>.'],
      }),
    );
    expect(release.title).toBe('Talks on Fisheries');
    expect(release.body.join(' ')).not.toMatch(/<|onerror|onload/);
  });

  it('rejects a front-matter field given twice, naming the second', () => {
    const text = markdownRelease().replace(
      "date: '2023-09-12'",
      `date: '2023-09-12'\ntitle: Other`,
    );
    expect(outcome('r.md', text).rejected).toEqual([
      { path: 'r.md', line: 4, reason: 'broken front matter: Map keys must be unique' },
    ]);
  });
});
