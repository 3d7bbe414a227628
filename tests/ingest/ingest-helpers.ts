import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest, type IngestIo } from '../../src/ingest/run-ingest.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ingest');

export const fixturePath = (name: string) => path.join(FIXTURES, name);
export const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));

/** What an ingest writes into its output folder, sorted. */
export const OUTPUT_ENTRIES = [
  'bodies',
  'catalogue.json',
  'corpus.json',
  'head.json',
  'records',
  'search-index.bin',
];

export const tempDir = () => mkdtempSync(path.join(tmpdir(), 'communique-ingest-'));

export type Run = { code: number; stdout: string; stderr: string };

/** The command in-process, with its output captured. */
export async function ingest(
  argv: string[],
  { limits, tty = false }: { limits?: IngestIo['limits']; tty?: boolean } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runIngest(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTTY: tty,
    ...(limits ? { limits } : {}),
  });
  return { code, stdout, stderr };
}
