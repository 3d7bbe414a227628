import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../../src/ingest/run-ingest.ts';

/** The shape of the app's built index.html that the pages are written into. */
export const TEMPLATE = [
  '<!doctype html>',
  '<html lang="en-GB">',
  '  <head>',
  `    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />`,
  '    <meta name="description" content="Search and browse diplomatic news releases." />',
  '    <title>Communiqué</title>',
  '    <script type="module" crossorigin src="/assets/app.js"></script>',
  '    <link rel="stylesheet" crossorigin href="/assets/app.css">',
  '  </head>',
  '  <body>',
  '    <div id="root"></div>',
  '  </body>',
  '</html>',
].join('\n');

export const STYLES = 'body{margin:0}.release h1{font-size:2rem}.result-title{margin:0}';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/browser');

/**
 * A built site in a temporary folder: the page above, its stylesheet, and an ingested corpus.
 * Built for another base path, it also has the manifest Vite writes, naming both entries.
 */
export async function builtSite(base = '/'): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'communique-prerender-'));
  mkdirSync(path.join(outDir, 'assets'));
  writeFileSync(
    path.join(outDir, 'index.html'),
    TEMPLATE.replaceAll('"/assets/', `"${base}assets/`),
  );
  writeFileSync(path.join(outDir, 'assets/app.css'), STYLES);
  if (base !== '/') {
    mkdirSync(path.join(outDir, '.vite'));
    const manifest = {
      'index.html': { file: 'assets/app.js' },
      'src/app/static/start-after-paint.ts': { file: 'assets/start-after-paint-x1.js' },
    };
    writeFileSync(path.join(outDir, '.vite/manifest.json'), JSON.stringify(manifest));
  }
  const data = path.join(outDir, 'data');
  let stderr = '';
  const code = await runIngest([FIXTURES, '--out', data], {
    stdout: () => {},
    stderr: (text) => (stderr += text),
    stderrIsTTY: false,
  });
  if (code !== 0) throw new Error(`ingest failed: ${stderr}`);
  return outDir;
}

export const copySite = (outDir: string) => {
  const copy = mkdtempSync(path.join(tmpdir(), 'communique-prerender-'));
  cpSync(outDir, copy, { recursive: true });
  return copy;
};
