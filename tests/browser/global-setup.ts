import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { prerenderSite } from '../../src/prerender/prerender-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Builds the app as a user would deploy it: the ingest command makes a corpus from
 * fixtures in the seed's format, `vite build` makes the static site, the fresh corpus
 * replaces public/data in it and its release pages are written; `vite preview` then serves it.
 */
let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  const work = mkdtempSync(path.join(tmpdir(), 'communique-browser-'));
  const data = path.join(work, 'data');
  const outDir = path.join(work, 'dist');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/ingest.ts',
      'tests/fixtures/browser',
      '--out',
      data,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  rmSync(path.join(outDir, 'data'), { recursive: true, force: true });
  cpSync(data, path.join(outDir, 'data'), { recursive: true });
  // As `npm run build` does: a static page for each release of the data folder.
  await prerenderSite(root, outDir);
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 4317, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  stop = async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}

export async function teardown() {
  await stop?.();
}
