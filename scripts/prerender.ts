import path from 'node:path';
import { prerenderSite } from '../src/prerender/prerender-site.ts';

/**
 * npm run prerender [-- <built site>]: writes a static page for every release of the site's
 * data folder (docs/decisions/0008). `npm run build` runs it; run it again after replacing
 * the data folder of a built site.
 */
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const started = performance.now();
try {
  const { pages, bytes } = await prerenderSite(root, outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = path.relative(process.cwd(), path.join(outDir, 'releases'));
  process.stdout.write(
    `Wrote ${pages} release pages (${(bytes / 1e6).toFixed(1)} MB) to ${where} in ${seconds} s.\n`,
  );
} catch (error) {
  process.stderr.write(`prerender: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
