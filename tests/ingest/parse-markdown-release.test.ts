import { describe, expect, it } from 'vitest';
import { parseMarkdownRelease } from '../../src/ingest/parse-markdown-release.ts';
import { fixtureText } from './ingest-helpers.ts';

const HARBOR = fixtureText('md/2023-06-08-statement-on-harbor-talks.md');

function parsed(text: string) {
  const result = parseMarkdownRelease(text);
  if (!result.ok) throw new Error(`rejected: ${result.line}: ${result.reason}`);
  return result.value;
}

function rejected(text: string) {
  const result = parseMarkdownRelease(text);
  if (result.ok) throw new Error('accepted');
  return result;
}

describe('parseMarkdownRelease', () => {
  it('reads the front matter: a clean title, dates as written, category and link', () => {
    expect(parsed(HARBOR)).toMatchObject({
      title:
        'Statement by Press Secretary Dana Whitcombe on the Harbor Talks with the Republic of Palau and COVID-19 Relief',
      date: '2023-06-08',
      publishedAt: '2023-06-08T18:42',
      source: 'The White House',
      sourceCountry: 'US',
      category: 'Statements and releases',
      url: 'https://example.org/briefing-room/2023/06/08/statement-on-harbor-talks/',
    });
  });

  it('turns the Markdown body into plain paragraphs', () => {
    expect(parsed(HARBOR).body).toEqual([
      'Today, President Elena Marsh spoke with President Tomas Reklai of Palau about the harbor talks and the shared work on ocean data. See the joint fact sheet for details & figures.',
      'The leaders agreed to:',
      'Expand port cooperation. Both teams will meet in Koror this summer.',
      'Fund a new research vessel.',
      'Port Koror',
      'Escaped characters stay: 5 * 3 and [sic].',
    ]);
  });

  it('takes the category from a list of tags, decodes the title and drops non-web links', () => {
    const release = parsed(fixtureText('md/2023-06-09-readout-no-url.md'));
    expect(release.category).toBe('Press briefings');
    expect(release.title).toBe('Readout of a Call with Prime Minister Ana Velasco of Chile');
    expect(release.url).toBeUndefined();
    expect(release.body).toEqual([
      'Vice President Rowan Pike spoke today with Prime Minister Ana Velasco of Chile.',
    ]);
  });

  it('rejects broken front matter with a line inside it', () => {
    const result = rejected(fixtureText('bad/broken-front-matter.md'));
    expect(result.reason).toMatch(/broken front matter/);
    expect(result.line).toBeGreaterThanOrEqual(2);
    expect(result.line).toBeLessThanOrEqual(5);
  });

  it('rejects a file without front matter, or with an unclosed one', () => {
    expect(rejected('Just a title\n\nAnd text.')).toMatchObject({ line: 1 });
    expect(rejected("---\ntitle: T\ndate: '2023-01-01'\n\nText.").reason).toMatch(/closing/);
  });

  it('rejects a missing date, and names the line of an impossible one', () => {
    expect(rejected('---\ntitle: T\n---\nText.').reason).toMatch(/missing date/);
    const result = rejected("---\ntitle: T\ndate: '2023-02-29'\n---\nText.");
    expect(result).toMatchObject({ line: 3, reason: 'date "2023-02-29" is not a real date' });
  });

  it('rejects a missing title and an unreadable published_time', () => {
    expect(rejected("---\ndate: '2023-01-01'\n---\nText.").reason).toMatch(/missing title/);
    const bad = "---\ntitle: T\ndate: '2023-01-01'\npublished_time: yesterday\n---\nText.";
    expect(rejected(bad)).toMatchObject({ line: 4 });
  });

  it('reads an issuer named in the front matter', () => {
    const text =
      "---\ntitle: T\ndate: '2023-01-01'\nsource: Ministry of Foreign Affairs of Japan\n---\nText.";
    expect(parsed(text)).toMatchObject({
      source: 'Ministry of Foreign Affairs of Japan',
      sourceCountry: 'JP',
    });
  });
});
