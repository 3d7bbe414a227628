import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The static release pages' script (docs/decisions/0008), a second entry of the build. */
const START_AFTER_PAINT = 'start-after-paint';

/**
 * The one setting for serving under a sub-path: BASE_PATH=/archive/ npm run build.
 * Vite's base and the router's basename (import.meta.env.BASE_URL) both follow it.
 */
const base = process.env.BASE_PATH ?? '/';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy goes in the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'communique-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<head>/,
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        ),
    },
  };
}

/**
 * Static hosts answer any path with index.html (see the README). Vite's own servers answer a
 * path that is not valid percent-encoding (/releases/%E0%A4%A) with a bare 400 instead; send it
 * to the app too, whose router shows its not-found view.
 */
function malformedPathFallback(): Plugin {
  const middleware = (req: { url?: string }, _res: unknown, next: () => void) => {
    try {
      decodeURI(req.url ?? '/');
    } catch {
      req.url = '/index.html';
    }
    next();
  };
  return {
    name: 'communique-malformed-path-fallback',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

export default defineConfig({
  base,
  plugins: [react(), contentSecurityPolicy(), malformedPathFallback()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The manifest names the second entry's built file for the static release pages.
    manifest: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        [START_AFTER_PAINT]: fileURLToPath(
          new URL('src/app/static/start-after-paint.ts', import.meta.url),
        ),
      },
    },
  },
  preview: { port: 4173, strictPort: false },
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/ingest/**/*.test.ts',
            'tests/shared/**/*.test.ts',
            'tests/prerender/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/app/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          // A real browser on a busy machine: a page can take a few seconds to be ready.
          expect: { poll: { timeout: 5_000 } },
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
