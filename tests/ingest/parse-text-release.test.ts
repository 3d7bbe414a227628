import { describe, expect, it } from 'vitest';
import { parseTextRelease } from '../../src/ingest/parse-text-release.ts';
import { fixtureText } from './ingest-helpers.ts';

const NORWAY = fixtureText('txt/korea-norway-call.txt');

function parsed(text: string) {
  const result = parseTextRelease(text);
  if (!result.ok) throw new Error(`rejected: ${result.line}: ${result.reason}`);
  return result.value;
}

function rejected(text: string) {
  const result = parseTextRelease(text);
  if (result.ok) throw new Error('accepted');
  return result;
}

describe('parseTextRelease', () => {
  it('reads the ministry, the date line, the title and the paragraphs', () => {
    const release = parsed(NORWAY);
    expect(release).toMatchObject({
      source: 'Ministry of Foreign Affairs of the Republic of Korea',
      sourceCountry: 'KR',
      date: '2024-03-14',
      publishedAt: '2024-03-15T08:05',
      category: 'News release',
      title: 'Outcome of the Korea–Norway Foreign Ministers’ Telephone Call',
    });
    expect(release.body).toHaveLength(3);
    expect(release.body[0]).toMatch(/^Minister of Foreign Affairs Han Seo-rin held/);
    // The last paragraph is wrapped over three lines in the file.
    expect(release.body[2]).toBe(
      'Minister Halvorsen said the two countries share an interest in open sea lanes and agreed to meet again in the autumn.',
    );
  });

  it('removes control characters and line separators from the text', () => {
    const dirty = NORWAY.replace('Norwegian', 'Nor\u0007wegian').replace(
      'shipping and',
      'shipping\u2028and',
    );
    const body = parsed(dirty).body[0] ?? '';
    expect(body).toContain('Norwegian Minister');
    expect(body).toContain('shipping and polar');
  });

  it('rejects a date line without its date, on line 3', () => {
    const result = rejected(fixtureText('bad/missing-date.txt'));
    expect(result).toMatchObject({ line: 3 });
    expect(result.reason).toMatch(/missing publication date/);
  });

  it('rejects a date that does not exist', () => {
    const result = rejected(fixtureText('bad/impossible-date.txt'));
    expect(result).toMatchObject({ line: 3, reason: '"02/30/2024" is not a real date' });
  });

  it('rejects an impossible distribution time', () => {
    const result = rejected(NORWAY.replace('03/15/2024 08:05', '03/15/2024 25:05'));
    expect(result).toMatchObject({ line: 3 });
    expect(result.reason).toMatch(/not a real date and time/);
  });

  it('rejects a second date line, naming its line', () => {
    const result = rejected(fixtureText('bad/second-header.txt'));
    expect(result).toMatchObject({ line: 9 });
    expect(result.reason).toMatch(/second date line/);
  });

  it('rejects the ministry line repeated inside the release', () => {
    const text = `${NORWAY}\nMinistry of Foreign Affairs of the Republic of Korea\n`;
    expect(rejected(text)).toMatchObject({ line: NORWAY.split('\n').length + 1 });
  });

  it('rejects a file whose first line is not the ministry', () => {
    expect(rejected(`\n${NORWAY}`)).toMatchObject({ line: 1 });
    expect(rejected(NORWAY.split('\n').slice(2).join('\n'))).toMatchObject({ line: 1 });
  });

  it('rejects a release with no title', () => {
    const headerOnly = NORWAY.split('\n').slice(0, 4).join('\n');
    expect(rejected(headerOnly).reason).toMatch(/missing title/);
  });

  it('stores values as text, markup and all', () => {
    const text = NORWAY.replace('Telephone Call', '<b>Telephone</b> Call &amp; Talks');
    expect(parsed(text).title).toContain('<b>Telephone</b> Call &amp; Talks');
  });
});
