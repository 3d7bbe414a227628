import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { releasePageMarkup, type StaticRelease } from '../app/static/release-page.tsx';
import { checkTemplate, pageHtml } from '../app/static/page-html.ts';
import {
  bodyShardSchema,
  headFileSchema,
  HEAD_FILE_NAME,
  recordFileSchema,
  recordPath,
  shardPath,
} from '../shared/corpus/corpus-schema.ts';
import { releaseFromCatalogue } from '../shared/corpus/fast-release-check.ts';
import { isPlainShard } from '../shared/corpus/fetch-corpus.ts';
import { classesInMarkup, criticalCss, parseStylesheet } from './critical-css.ts';
import { inlineStylesheet, startAfterPaint, stylesheetHref } from './page-shell.ts';

/** Where the pages go inside the built site: /releases/<id> is served from releases/<id>.html. */
export const PAGES_DIR = 'releases';

export type PagesReport = { pages: number; bytes: number };

type Pending = Omit<StaticRelease, 'body'>;

/** A data file, read and checked against its schema; the error names the file and the field. */
function readData<T>(
  dataDir: string,
  file: string,
  schema: z.ZodMiniType<T>,
  quick?: (v: unknown) => v is T,
): T {
  const where = `data/${file}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (quick?.(json)) return json;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Every release of the record files, grouped by the body shard that holds its text. */
function releasesByShard(dataDir: string, files: number) {
  const byShard = new Map<number, Pending[]>();
  for (let k = 0; k < files; k += 1) {
    const file = readData(dataDir, recordPath(k), recordFileSchema);
    const countries = new Map(Object.entries(file.countries));
    file.releases.forEach((raw, i) => {
      const release = releaseFromCatalogue(raw);
      const shard = file.shards[i];
      if (!release || shard === undefined) {
        throw new Error(`data/${recordPath(k)}: releases.${i} is not a valid release record`);
      }
      const group = byShard.get(shard) ?? [];
      if (group.length === 0) byShard.set(shard, group);
      group.push({ release, countries });
    });
  }
  return byShard;
}

/**
 * The built page for a given markup, with the part of the stylesheet that the markup uses
 * written into it, when the stylesheet is one of the site's own files. Pages with the same
 * classes share one result.
 */
function templateFor(outDir: string, base: string, built: string): (markup: string) => string {
  const href = stylesheetHref(built);
  const file = href?.startsWith(base) ? path.join(outDir, href.slice(base.length)) : undefined;
  if (!file || !existsSync(file)) return () => built;
  const rules = parseStylesheet(readFileSync(file, 'utf8'));
  const byClasses = new Map<string, string>();
  return (markup) => {
    const used = classesInMarkup(markup);
    const key = [...used].sort().join(' ');
    let template = byClasses.get(key);
    if (template === undefined) {
      template = inlineStylesheet(built, criticalCss(rules, used));
      byClasses.set(key, template);
    }
    return template;
  };
}

/** Vite's manifest: which built file each entry became. */
const manifestSchema = z.record(z.string(), z.object({ file: z.string() }));
const START_ENTRY = 'src/app/static/start-after-paint.ts';

/** The page starting the app after its first paint, when the build has that entry. */
function withStartAfterPaint(outDir: string, base: string, built: string) {
  const file = path.join(outDir, '.vite/manifest.json');
  if (!existsSync(file)) return built;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`.vite/manifest.json: ${String(error)}`, { cause: error });
  }
  const start = manifestSchema.safeParse(json).data?.[START_ENTRY]?.file;
  return start ? startAfterPaint(built, `${base}${start}`) : built;
}

/**
 * Writes releases/<id>.html beside the built app for every release of its data folder
 * (docs/decisions/0008). The pages are written to a fresh folder that replaces the old one only
 * when all are done: a failure leaves the site as it was. `base` is the build's base path
 * (Vite's `base`), which the stylesheet's address starts with.
 */
export function writeReleasePages(outDir: string, base = '/'): PagesReport {
  const built = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  checkTemplate(built);
  const templateOf = templateFor(outDir, base, withStartAfterPaint(outDir, base, built));
  const dataDir = path.join(outDir, 'data');
  const head = readData(dataDir, HEAD_FILE_NAME, headFileSchema);
  if (!head.records) {
    throw new Error(`data/${HEAD_FILE_NAME}: records: missing; run the ingest command again`);
  }
  const byShard = releasesByShard(dataDir, head.records);
  const temp = path.join(outDir, `.${PAGES_DIR}-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  let pages = 0;
  let bytes = 0;
  try {
    for (const [shard, group] of [...byShard].sort((a, b) => a[0] - b[0])) {
      const file = readData(dataDir, shardPath(shard), bodyShardSchema, isPlainShard);
      const bodies = new Map(file.releases.map((r) => [r.id, r.body]));
      for (const { release, countries } of group) {
        const body = bodies.get(release.id);
        if (!body) throw new Error(`data/${shardPath(shard)}: no text for ${release.id}`);
        const root = releasePageMarkup({ release, body, countries }, head.sample === true);
        const html = pageHtml(templateOf(root), {
          title: release.title,
          description: release.lead ?? release.title,
          root,
        });
        // Ids are slugs (the release schema); the file name is the id and nothing else.
        writeFileSync(path.join(temp, `${release.id}.html`), html);
        pages += 1;
        bytes += Buffer.byteLength(html);
      }
    }
    const target = path.join(outDir, PAGES_DIR);
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return { pages, bytes };
}
