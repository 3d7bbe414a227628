import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './ingest-helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm run ingest', () => {
  it('prints nothing but the JSON array on stdout with --silent --dry-run --json', () => {
    const run = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'ingest',
        '--',
        '--dry-run',
        '--json',
        fixturePath('txt/korea-kenya-aid.txt'),
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(0);
    const records = JSON.parse(run.stdout) as { title: string; date: string }[];
    expect(records.map((r) => [r.title, r.date])).toEqual([
      ['Korea to Provide Humanitarian Assistance to Kenya', '2023-11-02'],
    ]);
    expect(run.stderr).toMatch(/^read 1, written 0, rejected 0, in \d+\.\d\d s\n$/);
  }, 60_000);

  it('exits 2 with the usage when a path is missing', () => {
    const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'scripts/ingest.ts', 'no/such/folder'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('error: no such file or folder: no/such/folder');
  }, 60_000);
});
