import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordPath, shardPath } from '../../src/shared/corpus/corpus-schema.ts';
import { writeReleasePages } from '../../src/prerender/write-release-pages.ts';
import { builtSite, copySite } from './prerender-helpers.ts';

let site: string;
beforeAll(async () => {
  site = await builtSite();
});

const pagesOf = (outDir: string) => readdirSync(path.join(outDir, 'releases')).sort();
const idsOf = (outDir: string) =>
  (
    JSON.parse(readFileSync(path.join(outDir, 'data/catalogue.json'), 'utf8')) as {
      releases: { id: string; title: string }[];
    }
  ).releases;

describe('writeReleasePages', () => {
  it('writes one page per release, named by its id', () => {
    const outDir = copySite(site);
    const report = writeReleasePages(outDir);
    const releases = idsOf(outDir);
    expect(report.pages).toBe(releases.length);
    expect(pagesOf(outDir)).toEqual(releases.map((r) => `${r.id}.html`).sort());
  });

  it('shows the release as the app does: banner, heading, particulars and text', () => {
    const outDir = copySite(site);
    writeReleasePages(outDir);
    const release = idsOf(outDir).find((r) => r.title.includes('Korea-Japan Foreign Ministers'));
    expect(release).toBeDefined();
    const html = readFileSync(path.join(outDir, 'releases', `${release?.id}.html`), 'utf8');
    expect(html).toContain(`<title>${release?.title} · Communiqué</title>`);
    expect(html).toMatch(/<h1 id="page-heading"[^>]*>Result of the Korea-Japan Foreign/);
    expect(html).toContain('Skip to main content');
    expect(html).toContain('<a dir="auto" href="/people/seo-ji-ho"');
    expect(html).toContain('href="/countries/JP"');
    expect(html).toContain('exchanged views on Korea-Japan relations');
    // The part of the stylesheet the page uses is in the page, and the policy allows it.
    expect(html).toContain('<style>body{margin:0}.release h1{font-size:2rem}</style>');
    expect(html).not.toContain('.result-title');
    expect(html).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('starts the app after the page is painted, when the build has the entry for it', () => {
    const outDir = copySite(site);
    writeReleasePages(outDir);
    const [first = ''] = pagesOf(outDir);
    const before = readFileSync(path.join(outDir, 'releases', first), 'utf8');
    expect(before).toContain('<script type="module" crossorigin src="/assets/app.js"></script>');

    mkdirSync(path.join(outDir, '.vite'));
    const entry = 'src/app/static/start-after-paint.ts';
    const manifest = { [entry]: { file: 'assets/start-after-paint-x1.js' } };
    writeFileSync(path.join(outDir, '.vite/manifest.json'), JSON.stringify(manifest));
    writeReleasePages(outDir);
    const after = readFileSync(path.join(outDir, 'releases', first), 'utf8');
    expect(after).toContain(
      '<script type="module" crossorigin src="/assets/start-after-paint-x1.js" data-app="/assets/app.js"></script>',
    );
    expect(after).not.toContain('src="/assets/app.js"');
  });

  it('writes a hostile title as text', () => {
    const outDir = copySite(site);
    const file = path.join(outDir, 'data', recordPath(0));
    const records = JSON.parse(readFileSync(file, 'utf8')) as { releases: { title: string }[] };
    const first = records.releases[0];
    if (!first) throw new Error('the fixture corpus has no records');
    first.title = '<script>alert(1)</script>';
    writeFileSync(file, JSON.stringify(records));
    writeReleasePages(outDir);
    const pages = pagesOf(outDir).map((p) =>
      readFileSync(path.join(outDir, 'releases', p), 'utf8'),
    );
    expect(pages.some((html) => html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe(true);
    expect(pages.some((html) => html.includes('<script>alert'))).toBe(false);
  });

  it('names the bad file and leaves the pages already written as they were', () => {
    const outDir = copySite(site);
    writeReleasePages(outDir);
    const before = pagesOf(outDir);
    // A body shard is read while the new pages are being written: they must not replace these.
    writeFileSync(path.join(outDir, 'data', shardPath(0)), '{"format":1,"releases":[');
    mkdirSync(path.join(outDir, '.releases-99999999'));
    expect(() => writeReleasePages(outDir)).toThrow(`data/${shardPath(0)}:`);
    expect(pagesOf(outDir)).toEqual(before);
    // No folder of this run or of an earlier, stopped one is left for the host to serve.
    expect(readdirSync(outDir).filter((name) => name.startsWith('.releases'))).toEqual([]);
  });

  it('names a record that is not a release, by file, position and field', () => {
    const outDir = copySite(site);
    const file = path.join(outDir, 'data', recordPath(0));
    const records = JSON.parse(readFileSync(file, 'utf8')) as { releases: unknown[] };
    records.releases[0] = { ...(records.releases[0] as object), id: 'Not A Slug' };
    writeFileSync(file, JSON.stringify(records));
    expect(() => writeReleasePages(outDir)).toThrow(
      `data/${recordPath(0)}: releases.0.id: must be a slug`,
    );
    expect(existsSync(path.join(outDir, 'releases'))).toBe(false);
  });

  it('names both files of an id met twice', () => {
    const outDir = copySite(site);
    const file = path.join(outDir, 'data', recordPath(0));
    const records = JSON.parse(readFileSync(file, 'utf8')) as {
      releases: { id: string }[];
      shards: number[];
    };
    const [first, second] = records.releases;
    if (!first || !second) throw new Error('the fixture corpus needs two records in one file');
    second.id = first.id;
    writeFileSync(file, JSON.stringify(records));
    expect(() => writeReleasePages(outDir)).toThrow(
      `data/${recordPath(0)}: releases.1: id ${first.id} is also in data/${recordPath(0)}`,
    );
  });

  it('follows the base path the site was built for, whatever the environment says', async () => {
    const outDir = await builtSite('/archive/');
    writeReleasePages(outDir);
    const [first = ''] = pagesOf(outDir);
    const html = readFileSync(path.join(outDir, 'releases', first), 'utf8');
    expect(html).toContain('src="/archive/assets/start-after-paint-x1.js"');
    expect(html).toContain('data-app="/archive/assets/app.js"');
    expect(html).toMatch(/<a class="[^"]*" href="\/archive\/timeline"/);
    expect(html).toMatch(/href="\/archive\/(people|countries)\//);
    expect(html).not.toMatch(/href="\/(people|countries|timeline)/);
    expect(html).toContain('<style>body{margin:0}.release h1{font-size:2rem}</style>');
  });
});
