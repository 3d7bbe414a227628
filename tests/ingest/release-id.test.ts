import { describe, expect, it } from 'vitest';
import { releaseId, slugify, truncateSlug } from '../../src/ingest/release-id.ts';
import { slugSchema } from '../../src/shared/release/release-schema.ts';

const base = {
  source: 'Ministry of Foreign Affairs of Iceland',
  date: '2024-05-02',
  title: 'Talks in Reykjavík',
};

describe('releaseId', () => {
  it('is the date, the title slug and a short hash', () => {
    expect(releaseId(base)).toMatch(/^2024-05-02-talks-in-reykjavik-[0-9a-f]{6}$/);
  });

  it('is the same for the same release on every run, and a valid slug', () => {
    expect(releaseId({ ...base })).toBe(releaseId(base));
    expect(slugSchema.safeParse(releaseId(base)).success).toBe(true);
  });

  it('differs when the source, date, title or link differs', () => {
    const ids = new Set([
      releaseId(base),
      releaseId({ ...base, source: 'Another Ministry' }),
      releaseId({ ...base, date: '2024-05-03' }),
      releaseId({ ...base, title: 'Talks in Reykjavík.' }),
      releaseId({ ...base, url: 'https://example.org/1' }),
      releaseId({ ...base, url: 'https://example.org/2' }),
    ]);
    expect(ids.size).toBe(6);
  });

  it('keeps a title with no Latin letters as date and hash', () => {
    const id = releaseId({ ...base, title: '외교부 보도자료' });
    expect(id).toMatch(/^2024-05-02-[0-9a-f]{6}$/);
  });
});

describe('slugify', () => {
  it('folds to ASCII and drops apostrophes', () => {
    expect(slugify('Ministers’ Talks in Zürich, Łódź & Ærøskøbing')).toBe(
      'ministers-talks-in-zurich-lodz-aeroskobing',
    );
  });
});

describe('truncateSlug', () => {
  it('cuts at a word boundary', () => {
    expect(truncateSlug('alpha-beta-gamma', 12)).toBe('alpha-beta');
    expect(truncateSlug('alpha-beta', 10)).toBe('alpha-beta');
    expect(truncateSlug('abcdefghijklmnop', 5)).toBe('abcde');
  });
});
