/**
 * npm run lighthouse: builds the app with the corpus in public/data, serves it with vite preview,
 * and runs Lighthouse (accessibility and best practices) on the main views in Debian's Chromium.
 * Prints each page's scores and every audit that did not pass. A measurement, not a test: it
 * exits 0 whatever the scores (targets: accessibility 100, best practices ≥ 95).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { CORPUS_FILE_NAME } from '../src/shared/corpus/corpus-schema.ts';
import { paths } from '../src/shared/paths.ts';

const root = path.resolve(import.meta.dirname, '..');
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['accessibility', 'best-practices'];
/** Audits that can only pass or fail; the others are notes or need a person to judge. */
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

type CorpusFile = {
  releases: { id: string; people: { id: string }[]; countries: string[] }[];
};

/** The views to measure, named from the corpus actually served: its newest release and so on. */
function pagesFor(dataDir: string): [string, string][] {
  const file = JSON.parse(readFileSync(path.join(dataDir, CORPUS_FILE_NAME), 'utf8')) as CorpusFile;
  const release = file.releases.find((r) => r.people.length > 0 && r.countries.length > 0);
  if (!release) throw new Error('The corpus has no release naming a person and a country.');
  const person = release.people[0]?.id ?? '';
  const country = release.countries[0] ?? '';
  return [
    ['home', paths.home()],
    ['search', paths.home({ q: 'minister' })],
    ['release', paths.release(release.id)],
    ['person', paths.person(person)],
    ['country', paths.country(country)],
    ['timeline', paths.timeline()],
  ];
}

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string };
type Category = { score: number | null; auditRefs: { id: string; weight: number }[] };

function failures(audits: Record<string, Audit>, category: Category): string[] {
  return category.auditRefs.flatMap(({ id, weight }) => {
    const audit = audits[id];
    if (!audit || !SCORED.has(audit.scoreDisplayMode) || (audit.score ?? 1) >= 1) return [];
    return [`${id} (weight ${weight}): ${audit.title}`];
  });
}

/** How many scored audits passed: a blank page would pass few, as most would not apply. */
function passedCount(audits: Record<string, Audit>, category: Category): number {
  return category.auditRefs.filter(({ id }) => {
    const audit = audits[id];
    return audit && SCORED.has(audit.scoreDisplayMode) && audit.score === 1;
  }).length;
}

const percent = (score: number | null | undefined) =>
  score === null || score === undefined ? 'n/a' : String(Math.round(score * 100));

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'communique-lighthouse-'));
  const outDir = path.join(work, 'dist');
  const chrome = { kill: () => {} };
  let server: Awaited<ReturnType<typeof preview>> | undefined;
  try {
    console.log('Building the app…');
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    server = await preview({
      root,
      logLevel: 'error',
      build: { outDir },
      preview: { port: 4318, strictPort: false, open: false },
    });
    const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
    if (!base) throw new Error('vite preview did not report a URL');
    const launched = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
    chrome.kill = () => launched.kill();

    const rows: string[] = [];
    for (const [name, page] of pagesFor(path.join(outDir, 'data'))) {
      const result = await lighthouse(`${base}${page}`, {
        port: launched.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}`);
      const a11y = lhr.categories.accessibility;
      const practices = lhr.categories['best-practices'];
      const audits = lhr.audits as Record<string, Audit>;
      const passed = a11y ? passedCount(audits, a11y as Category) : 0;
      const line = `${name.padEnd(9)} accessibility ${percent(a11y?.score).padStart(3)} (${passed} audits passed)   best practices ${percent(practices?.score).padStart(3)}   ${page}`;
      rows.push(line);
      console.log(line);
      for (const category of [a11y, practices]) {
        if (!category) continue;
        for (const failure of failures(audits, category as Category))
          console.log(`    fails ${failure}`);
      }
      if (lhr.runtimeError) console.log(`    runtime error: ${lhr.runtimeError.message}`);
    }
    console.log('\nSummary (targets: accessibility 100, best practices ≥ 95)');
    for (const row of rows) console.log(row);
  } finally {
    chrome.kill();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
