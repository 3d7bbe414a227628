import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { releasePageMarkup } from '../app/static/release-page.tsx';
import {
  bodyShardSchema,
  headFileSchema,
  HEAD_FILE_NAME,
  shardPath,
} from '../shared/corpus/corpus-schema.ts';
import { isPlainShard } from '../shared/corpus/fetch-corpus.ts';
import { readBuiltSite, type BuiltSite } from './built-site.ts';
import { classesInMarkup, criticalCss, parseStylesheet } from './critical-css.ts';
import { pageHtml } from './page-html.ts';
import { inlineStylesheet, startAfterPaint } from './page-shell.ts';
import { readData, releasesByShard } from './read-records.ts';

/** Where the pages go inside the built site: /releases/<id> is served from releases/<id>.html. */
export const PAGES_DIR = 'releases';
/** Folders of a run in progress or of one that was stopped, hidden from the host by the dot. */
const WORK_PREFIX = `.${PAGES_DIR}-`;

export type PagesReport = { pages: number; bytes: number };

/**
 * The built page for a given markup: starting the app after its first paint, with the part of
 * the stylesheet that the markup uses written into it. Pages with the same classes share one.
 */
function templateFor(site: BuiltSite): (markup: string) => string {
  const page = site.startScript ? startAfterPaint(site.page, site.startScript) : site.page;
  if (!site.stylesheet || !existsSync(site.stylesheet)) return () => page;
  const rules = parseStylesheet(readFileSync(site.stylesheet, 'utf8'));
  const byClasses = new Map<string, string>();
  return (markup) => {
    const used = classesInMarkup(markup);
    const key = [...used].sort().join(' ');
    let template = byClasses.get(key);
    if (template === undefined) {
      template = inlineStylesheet(page, criticalCss(rules, used));
      byClasses.set(key, template);
    }
    return template;
  };
}

/** The new folder in place of the old, which is put back if the new one cannot be moved in. */
function swapIn(outDir: string, fresh: string) {
  const target = path.join(outDir, PAGES_DIR);
  const old = `${fresh}-old`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * Writes releases/<id>.html beside the built app for every release of its data folder
 * (docs/decisions/0008). The pages are written to a fresh folder that replaces the old one only
 * when all are done: a failure leaves the site as it was.
 */
export function writeReleasePages(outDir: string, site = readBuiltSite(outDir)): PagesReport {
  for (const name of readdirSync(outDir)) {
    if (name.startsWith(WORK_PREFIX)) rmSync(path.join(outDir, name), { recursive: true });
  }
  const templateOf = templateFor(site);
  const dataDir = path.join(outDir, 'data');
  const head = readData(dataDir, HEAD_FILE_NAME, headFileSchema);
  if (!head.records) {
    throw new Error(`data/${HEAD_FILE_NAME}: records: missing; run the ingest command again`);
  }
  const byShard = releasesByShard(dataDir, head.records);
  const fresh = path.join(outDir, `${WORK_PREFIX}${process.pid}`);
  mkdirSync(fresh);
  let pages = 0;
  let bytes = 0;
  try {
    for (const [shard, group] of [...byShard].sort((a, b) => a[0] - b[0])) {
      const file = readData(dataDir, shardPath(shard), bodyShardSchema, isPlainShard);
      const bodies = new Map(file.releases.map((r) => [r.id, r.body]));
      for (const { release, countries } of group) {
        const body = bodies.get(release.id);
        if (!body) throw new Error(`data/${shardPath(shard)}: releases: no ${release.id}`);
        const markup = { release, body, countries };
        const root = releasePageMarkup(markup, head.sample === true, site.base);
        const html = pageHtml(templateOf(root), {
          title: release.title,
          description: release.lead ?? release.title,
          root,
        });
        // Ids are slugs (the release schema); the file name is the id and nothing else.
        writeFileSync(path.join(fresh, `${release.id}.html`), html);
        pages += 1;
        bytes += Buffer.byteLength(html);
      }
    }
    swapIn(outDir, fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  return { pages, bytes };
}
