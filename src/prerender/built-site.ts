import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { checkTemplate } from './page-html.ts';
import { appScriptSrc, stylesheetHref } from './page-shell.ts';

/** Vite's manifest (build.manifest): which built file each entry became. */
const manifestSchema = z.record(z.string(), z.object({ file: z.string() }));
const MANIFEST = '.vite/manifest.json';
const START_ENTRY = 'src/app/static/start-after-paint.ts';
/** A built file's name, as Vite writes them: nothing that could leave an attribute or a folder. */
const BUILT_FILE = /^(?!.*\.\.)[\w./-]+$/;

export type BuiltSite = {
  /** index.html as the build wrote it. */
  page: string;
  /** The base path the site was built for ("/", "/archive/"), read from the page itself. */
  base: string;
  /** The static pages' script (start-after-paint.ts), when the build has it. */
  startScript: string | undefined;
  /** The stylesheet's file, when it is one of the site's own. */
  stylesheet: string | undefined;
};

function readManifest(outDir: string) {
  const file = path.join(outDir, MANIFEST);
  if (!existsSync(file)) return {};
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
    throw new Error(parsed.error.issues[0]?.message ?? 'not a Vite manifest');
  } catch (error) {
    throw new Error(`${MANIFEST}: ${String(error)}`, { cause: error });
  }
}

/**
 * What the build left in a site folder. The base path comes from the built page, not from the
 * environment now: pages written again after the data folder is replaced must still match the
 * build, whatever BASE_PATH says today.
 */
export function readBuiltSite(outDir: string): BuiltSite {
  const page = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  checkTemplate(page);
  const manifest = readManifest(outDir);
  const app = appScriptSrc(page);
  const appFile = manifest['index.html']?.file;
  const base =
    app && appFile && app.endsWith(appFile)
      ? app.slice(0, -appFile.length)
      : app?.includes('/assets/')
        ? app.slice(0, app.indexOf('assets/'))
        : '/';
  const start = manifest[START_ENTRY]?.file;
  const href = stylesheetHref(page);
  const css = href?.startsWith(base) ? href.slice(base.length) : undefined;
  return {
    page,
    base,
    startScript: start && BUILT_FILE.test(start) ? `${base}${start}` : undefined,
    stylesheet: css && BUILT_FILE.test(css) ? path.join(outDir, css) : undefined,
  };
}
