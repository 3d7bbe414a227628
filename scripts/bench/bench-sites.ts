import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { fileSizes, listFiles, type FileSize } from './file-sizes.ts';
import { ROOT } from './run-node.ts';
import { WORK } from './bench-corpus.ts';

export type Site = {
  name: 'app' | 'naive';
  outDir: string;
  /** The path of the page to open, under the server's root. */
  entry: string;
  /** The site's own JavaScript, data excluded. */
  scripts: FileSize[];
};

const BENCH_DIR = path.join(ROOT, 'bench');

async function scriptsOf(outDir: string) {
  const names = listFiles(outDir).filter(
    (name) => name.startsWith('assets') && name.endsWith('.js'),
  );
  return fileSizes(outDir, names);
}

/** The app exactly as `npm run build` makes it. */
export async function buildApp(): Promise<Site> {
  const outDir = path.join(WORK, 'site-app');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return { name: 'app', outDir, entry: '/', scripts: await scriptsOf(outDir) };
}

/** The naive peer, built on its own: it is never part of the app's build. */
export async function buildNaive(): Promise<Site> {
  const outDir = path.join(WORK, 'site-naive');
  await build({
    root: BENCH_DIR,
    configFile: false,
    publicDir: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: path.join(BENCH_DIR, 'naive.html') },
    },
  });
  return { name: 'naive', outDir, entry: '/naive.html', scripts: await scriptsOf(outDir) };
}

/** Puts a corpus in a site's data/ folder: hard links, as the files can be hundreds of MB. */
export function placeCorpus(site: Site, dataDir: string) {
  const target = path.join(site.outDir, 'data');
  rmSync(target, { recursive: true, force: true });
  for (const name of listFiles(dataDir)) {
    const to = path.join(target, name);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      linkSync(path.join(dataDir, name), to);
    } catch {
      copyFileSync(path.join(dataDir, name), to);
    }
  }
}

export async function serve(site: Site): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    root: site.name === 'app' ? ROOT : BENCH_DIR,
    configFile: site.name === 'app' ? undefined : false,
    logLevel: 'warn',
    build: { outDir: site.outDir },
    preview: { port: site.name === 'app' ? 4390 : 4391, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url: url.replace(/\/$/, ''), server };
}
