import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReleases } from '../../src/ingest/generate/generate-releases.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const temp = mkdtempSync(path.join(tmpdir(), 'communique-generate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(process.execPath, [tsx, 'scripts/generate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run generate', () => {
  it('writes the releases into year folders under --out, creating it', () => {
    const out = path.join(temp, 'nested', 'corpus');
    const result = run(['--count', '40', '--seed', '9', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^generate: wrote 40 releases \(.+\) to .+ in \d+\.\d s\n$/);

    const written = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.txt'))
      .map((name) => name.split(path.sep).join('/'))
      .sort();
    const expected = [...generateReleases({ count: 40, seed: 9 })].sort((a, b) =>
      a.path.localeCompare(b.path),
    );
    expect(written).toEqual(expected.map((r) => r.path));
    for (const release of expected) {
      expect(readFileSync(path.join(out, release.path), 'utf8')).toBe(release.text);
    }
  }, 60_000);

  it('exits 2 with the usage on bad arguments, writing nothing', () => {
    const out = path.join(temp, 'refused');
    const result = run(['--count', '0', '--seed', '1', '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--count must be an integer from 1 to 1000000');
    expect(result.stderr).toContain('Usage: npm run generate');
    expect(() => readdirSync(out)).toThrow();
  }, 60_000);
});
