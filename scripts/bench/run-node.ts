import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export type RunResult = { seconds: number; code: number | null; tail: string };

/** Runs a project script with tsx, as `npm run` would, and times it by the wall clock. */
export function runScript(script: string, args: string[]): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [TSX, script, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ seconds: (performance.now() - started) / 1000, code, tail }),
    );
  });
}
