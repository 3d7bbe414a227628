import { createServer } from 'vite';
import type { PagesReport } from './write-release-pages.ts';

/**
 * Writes the static release pages of a built site (writeReleasePages), loading the writer
 * through Vite so that the pages are drawn by the app's own components, with the build's base.
 */
export async function prerenderSite(root: string, outDir: string): Promise<PagesReport> {
  // React's production build draws a page several times faster; the markup is the same.
  process.env.NODE_ENV ??= 'production';
  const vite = await createServer({
    root,
    logLevel: 'error',
    appType: 'custom',
    // No watcher: it would walk the whole project, generated corpora included.
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { writeReleasePages } = (await vite.ssrLoadModule(
      '/src/prerender/write-release-pages.ts',
    )) as typeof import('./write-release-pages.ts');
    return writeReleasePages(outDir);
  } finally {
    await vite.close();
  }
}
