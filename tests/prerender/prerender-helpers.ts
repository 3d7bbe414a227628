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

/** A built site in a temporary folder: the page above, its stylesheet, and an ingested corpus. */
export async function builtSite(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'communique-prerender-'));
  mkdirSync(path.join(outDir, 'assets'));
  writeFileSync(path.join(outDir, 'index.html'), TEMPLATE);
  writeFileSync(path.join(outDir, 'assets/app.css'), STYLES);
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
