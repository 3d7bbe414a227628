import { describe, expect, it } from 'vitest';
import { generateReleases } from '../../src/ingest/generate/generate-releases.ts';
import { isRealDate } from '../../src/shared/release/release-schema.ts';
import { layoutOf } from './generate-helpers.ts';

const releases = [...generateReleases({ count: 600, seed: 20_240_501 })];

const HEADER =
  /^(\d{2})\/(\d{2})\/(\d{4}) \| News release \| Distributed by Public on (\d{2})\/(\d{2})\/(\d{4}) ([01]\d|2[0-3]):([0-5]\d)$/;

function isoFromUs(month: string, day: string, year: string): string {
  return `${year}-${month}-${day}`;
}

describe('generated file layout', () => {
  it('lays out every file as ministry, header, title and paragraphs with the prescribed blank lines', () => {
    const broken = releases.filter((r) => layoutOf(r.text) === undefined).map((r) => r.path);
    expect(broken).toEqual([]);
  });

  it('writes a header with real dates that match the file name', () => {
    for (const release of releases) {
      const header = layoutOf(release.text)?.header ?? '';
      const match = HEADER.exec(header);
      expect(match, header).not.toBeNull();
      const [, m1 = '', d1 = '', y1 = '', m2 = '', d2 = '', y2 = ''] = match ?? [];
      const published = isoFromUs(m1, d1, y1);
      expect(isRealDate(published), header).toBe(true);
      expect(isoFromUs(m2, d2, y2)).toBe(published);
      expect(published).toBe(release.date);
      expect(release.path).toBe(`${y1}/${published}-${release.path.slice(-10, -4)}.txt`);
    }
  });

  it('uses LF line endings, no trailing spaces and ends with one newline', () => {
    for (const release of releases) {
      expect(release.text).not.toContain('\r');
      expect(release.text).not.toMatch(/[ \t]\n/);
      expect(release.text.endsWith('\n')).toBe(true);
      expect(release.text.endsWith('\n\n')).toBe(false);
    }
  });

  it('names one of the issuing ministries on the first line', () => {
    const ministries = new Set(releases.map((r) => layoutOf(r.text)?.ministry));
    expect(ministries.size).toBeGreaterThanOrEqual(6);
    for (const release of releases) expect(layoutOf(release.text)?.ministry).toBe(release.issuer);
  });

  it('names files uniquely and shards them by publication year', () => {
    const paths = releases.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^(\d{4})\/\1-\d{2}-\d{2}-\d{6}\.txt$/);
  });

  it('leaves no unfilled template slot in any text', () => {
    for (const release of releases) {
      expect(release.text).not.toMatch(/undefined|NaN|\[object|\$\{| {2}|\s[.,]|\.\./);
    }
  });
});
