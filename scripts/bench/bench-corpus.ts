import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_FILE_NAME } from '../../src/shared/corpus/corpus-schema.ts';
import { fileSizes, size, type FileSize } from './file-sizes.ts';
import { ROOT, runScript } from './run-node.ts';

export const WORK = path.join(ROOT, '.tmp/bench');

export type BenchCorpus = {
  size: number;
  seed: number;
  dataDir: string;
  generateSeconds: number;
  ingestSeconds: number;
  /** When the figures above were measured: earlier than this run if the corpus was reused. */
  measuredAt: string;
  reused: boolean;
  files: FileSize[];
};

type Options = { fresh: boolean; keep: boolean; log: (line: string) => void };

async function step(what: string, script: string, args: string[]) {
  const result = await runScript(script, args);
  if (result.code !== 0) {
    throw new Error(`${what} failed (exit ${result.code}):\n${result.tail}`);
  }
  return result.seconds;
}

/** Generates and ingests `size` releases, or reuses the corpus an earlier run left. */
export async function ensureCorpus(size: number, seed: number, options: Options) {
  const dir = path.join(WORK, `corpus-${size}-seed${seed}`);
  const metaFile = path.join(dir, 'meta.json');
  const dataDir = path.join(dir, 'data');
  if (!options.fresh && existsSync(metaFile) && existsSync(path.join(dataDir, CORPUS_FILE_NAME))) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as BenchCorpus;
    options.log(`reusing the corpus in ${path.relative(ROOT, dir)} (--fresh to rebuild)`);
    return { ...meta, dataDir, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  const rawDir = path.join(dir, 'raw');
  mkdirSync(rawDir, { recursive: true });
  options.log(`generating ${size} releases (seed ${seed})…`);
  const generateSeconds = await step('generate', 'scripts/generate.ts', [
    '--count',
    String(size),
    '--seed',
    String(seed),
    '--out',
    rawDir,
  ]);
  options.log(`  ${generateSeconds.toFixed(1)} s; ingesting…`);
  const ingestSeconds = await step('ingest', 'scripts/ingest.ts', [rawDir, '--out', dataDir]);
  options.log(`  ${ingestSeconds.toFixed(1)} s`);
  if (!options.keep) rmSync(rawDir, { recursive: true, force: true });
  const corpus: BenchCorpus = {
    size,
    seed,
    dataDir,
    generateSeconds,
    ingestSeconds,
    measuredAt: new Date().toISOString(),
    reused: false,
    files: await fileSizes(dataDir),
  };
  writeFileSync(metaFile, `${JSON.stringify(corpus, null, 2)}\n`);
  return corpus;
}

export function describeCorpus(corpus: BenchCorpus): string[] {
  const when = corpus.reused ? ` (measured ${corpus.measuredAt}, reused)` : '';
  const lines = [
    `generate ${corpus.generateSeconds.toFixed(1)} s, ingest ${corpus.ingestSeconds.toFixed(1)} s${when}`,
    `output folder (${path.relative(ROOT, corpus.dataDir)}):`,
  ];
  // Files in a subfolder (the body shards) are summed on one line: there can be hundreds.
  const groups = new Map<string, { raw: number; gzip: number; count: number }>();
  for (const file of corpus.files) {
    const slash = file.name.indexOf('/');
    const key = slash === -1 ? file.name : file.name.slice(0, slash + 1);
    const group = groups.get(key) ?? { raw: 0, gzip: 0, count: 0 };
    groups.set(key, {
      raw: group.raw + file.raw,
      gzip: group.gzip + file.gzip,
      count: group.count + 1,
    });
  }
  for (const [name, group] of groups) {
    const label = name.endsWith('/') ? `${name} (${group.count} files)` : name;
    lines.push(
      `  ${label.padEnd(40)} ${size(group.raw).padStart(10)} raw ${size(group.gzip).padStart(10)} gzip`,
    );
  }
  return lines;
}
