import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS_FILE_NAME } from '../src/shared/corpus/corpus-schema.ts';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from './bench/bench-args.ts';
import { describeCorpus, ensureCorpus, WORK } from './bench/bench-corpus.ts';
import { benchQueries } from './bench/bench-queries.ts';
import { buildApp, buildNaive, placeCorpus, type Site } from './bench/bench-sites.ts';
import { kB, size } from './bench/file-sizes.ts';
import { appRows, type SizeReport } from './bench/report.ts';
import { formatTable } from './bench/format-table.ts';
import { naiveRows } from './bench/report-naive.ts';
import { runApp, runNaive } from './bench/run-size.ts';
import { ROOT, runScript } from './bench/run-node.ts';

const log = (line: string) => console.log(line);

/**
 * The release pages, written as `npm run prerender` writes them: in a process of its own, so that
 * the memory it takes at 100k is given back before the browser is timed.
 */
async function writePages(app: Site) {
  const run = await runScript('scripts/prerender.ts', [app.outDir]);
  if (run.code !== 0) throw new Error(`npm run prerender failed:\n${run.tail}`);
  const dir = path.join(app.outDir, 'releases');
  const names = readdirSync(dir);
  const bytes = names.reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  return { pages: names.length, bytes, seconds: run.seconds };
}

async function measureSize(sizeOf: number, options: BenchOptions, app: Site, naive?: Site) {
  log(`\n=== ${sizeOf.toLocaleString('en-GB')} releases (seed ${options.seed}) ===`);
  const corpus = await ensureCorpus(sizeOf, options.seed, { ...options, log });
  for (const line of describeCorpus(corpus)) log(line);
  const { queries, detail } = benchQueries(path.join(corpus.dataDir, CORPUS_FILE_NAME));
  log(`queries: ${queries.map((q) => `${q.label} "${q.text}"`).join(', ')}`);
  placeCorpus(app, corpus.dataDir);
  const pages = await writePages(app);
  log(
    `static release pages: ${pages.pages} in ${pages.seconds.toFixed(1)} s, ${size(pages.bytes)}`,
  );
  if (naive) placeCorpus(naive, corpus.dataDir);
  const run = { ...options, queries: queries.map((q) => q.text), detail, log };
  const appRun = await runApp(app, run);
  const naiveRun = naive ? await runNaive(naive, run) : undefined;
  const report: SizeReport = {
    corpus,
    appScripts: app.scripts,
    app: appRun,
    naive: naiveRun,
    pages,
  };
  for (const [name, pageRun] of [
    ['app', appRun],
    ['naive', naiveRun],
  ] as const) {
    if (!pageRun) continue;
    log(`${name}: responses before first results:`);
    for (const t of pageRun.load.transferred) {
      log(
        `  ${t.path.padEnd(50)} ${size(t.raw).padStart(10)} raw ${size(t.gzip).padStart(10)} gzip`,
      );
    }
    for (const problem of pageRun.problems.slice(0, 5)) log(`  ${name} problem: ${problem}`);
  }
  const file = path.join(WORK, `results-${sizeOf}.json`);
  writeFileSync(file, `${JSON.stringify({ ...report, queries, detail }, null, 2)}\n`);
  log('');
  log(
    formatTable(`--- ${sizeOf.toLocaleString('en-GB')} releases ---`, [
      ...appRows(report),
      ...naiveRows(report),
    ]),
  );
  log(`(every keystroke: ${path.relative(ROOT, file)})`);
}

async function main() {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) return log(BENCH_USAGE);
  log(
    `bench: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
  );
  log('building the app and the naive peer…');
  const app = await buildApp();
  const naive = options.skipNaive ? undefined : await buildNaive();
  log(`app JS: ${app.scripts.map((s) => `${s.name} ${kB(s.gzip)} gzip`).join(', ')}`);
  try {
    for (const sizeOf of options.sizes) await measureSize(sizeOf, options, app, naive);
  } finally {
    if (!options.keep) {
      for (const site of [app, naive])
        if (site) rmSync(site.outDir, { recursive: true, force: true });
    }
  }
}

// A measurement, not a test: missed targets still exit 0; only a broken run exits 1.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
