import type { BenchCorpus } from './bench-corpus.ts';
import { MB, kB, size as bytes, type FileSize } from './file-sizes.ts';
import { heapTotal, type HeapFigures } from './heap-usage.ts';
import type { DetailFigure } from './measure-detail.ts';
import type { TypingFigures } from './measure-typing.ts';
import type { AppRun, PageRun } from './run-size.ts';
import { summarize } from './stats.ts';

type Verdict = 'PASS' | 'FAIL' | '—';
export type Row = { figure: string; measured: string; target: string; verdict: Verdict };

export type SizeReport = {
  corpus: BenchCorpus;
  appScripts: FileSize[];
  app: AppRun;
  naive: PageRun | undefined;
  /** The static release pages written after the build (docs/decisions/0008). */
  pages: { pages: number; bytes: number; seconds: number };
};

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
const check = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');
export const total = (files: readonly { raw: number; gzip: number }[]) => ({
  raw: files.reduce((t, f) => t + f.raw, 0),
  gzip: files.reduce((t, f) => t + f.gzip, 0),
});

/** A row whose target applies at this size, or an informative one ('—') when it does not. */
function row(figure: string, measured: string, target: string | undefined, ok: boolean): Row {
  return { figure, measured, target: target ?? '—', verdict: target ? check(ok) : '—' };
}

const keyTimes = (typing: TypingFigures | undefined) => typing?.keystrokes.map((k) => k.ms) ?? [];

type TypingTargets = { p95: number | undefined; noLongTasks: boolean };

export function typingRows(
  name: string,
  typing: TypingFigures | undefined,
  targets: TypingTargets,
) {
  const p95Target = targets.p95 === undefined ? undefined : `p95 ≤ ${targets.p95} ms`;
  const longTarget = targets.noLongTasks ? 'none > 50 ms' : undefined;
  if (!typing) {
    return [
      row(`${name}: keystroke → results painted`, 'not measured (load failed)', p95Target, false),
      row(`${name}: long tasks while typing`, 'not measured', longTarget, false),
    ];
  }
  const s = summarize(keyTimes(typing));
  const unchanged = typing.keystrokes.filter((k) => k.ms !== undefined && !k.changed).length;
  const notes = [`${s.count} keys`];
  if (unchanged) notes.push(`${unchanged} with unchanged results`);
  if (typing.failure) notes.push(typing.failure);
  const longest = Math.max(0, ...typing.longTasks.map((t) => t.duration));
  const long = typing.longTasks.length;
  const complete = typing.failure === undefined;
  return [
    row(
      `${name}: keystroke → results painted`,
      `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · max ${ms(s.max)} (${notes.join('; ')})`,
      p95Target,
      complete && s.p95 <= (targets.p95 ?? Infinity),
    ),
    row(
      `${name}: long tasks while typing`,
      long ? `${long}, longest ${ms(longest)}` : '0',
      longTarget,
      complete && long === 0,
    ),
  ];
}

export function heapText(heap: HeapFigures | undefined) {
  if (!heap) return 'not measured';
  if (heap.workers.length === 0) return `${MB(heap.main)} (main thread; no worker)`;
  const workers = heap.workers.map(MB).join(', ');
  return `${MB(heapTotal(heap))} (main ${MB(heap.main)} + worker ${workers})`;
}

function detailRow(name: string, figure: DetailFigure | undefined, big: boolean): Row {
  let measured = 'not measured';
  if (figure?.ms !== undefined) {
    const { samples } = figure;
    measured =
      samples && samples.length > 1
        ? `${ms(figure.ms)} (median of ${samples.length}; ${Math.round(Math.min(...samples))}–${ms(Math.max(...samples))})`
        : ms(figure.ms);
  } else if (figure) measured = `failed: ${figure.failure}`;
  const ok = figure?.ms !== undefined && figure.ms <= 300;
  return row(name, measured, big ? '≤ 300 ms' : undefined, ok);
}

export function appRows({ corpus, appScripts, app, pages }: SizeReport): Row[] {
  const big = corpus.size > 10_000;
  const js = total(appScripts);
  const sent = total(app.load.transferred);
  const first = app.load.firstResultsMs;
  const firstTarget = big ? 4000 : 1500;
  const heap = app.load.heap ? heapTotal(app.load.heap) : undefined;
  const ingestTarget = (300 * corpus.size) / 100_000;
  const data = total(corpus.files);
  const main = corpus.files.find((f) => f.name === 'corpus.json');
  const split = main && corpus.files.length > 1 ? `; corpus.json ${bytes(main.gzip)} gzip` : '';
  const loaded = first !== undefined;
  return [
    row(
      'ingest (wall clock)',
      `${corpus.ingestSeconds.toFixed(1)} s (${Math.round(corpus.size / corpus.ingestSeconds)} releases/s)`,
      big ? `≤ ${ingestTarget.toFixed(0)} s (5 min per 100k)` : undefined,
      corpus.ingestSeconds <= ingestTarget,
    ),
    row(
      'corpus folder, all files (index size)',
      `${bytes(data.raw)} raw, ${bytes(data.gzip)} gzip, ${corpus.files.length} file(s)${split}`,
      undefined,
      true,
    ),
    row(
      'static release pages (npm run prerender)',
      `${pages.pages.toLocaleString('en-GB')} pages, ${bytes(pages.bytes)}, written in ${pages.seconds.toFixed(1)} s`,
      undefined,
      true,
    ),
    row(
      "app's own JS (assets/*.js, gzip)",
      `${kB(js.gzip)} (${kB(js.raw)} raw)`,
      '≤ 150 kB',
      js.gzip <= 150_000,
    ),
    row(
      'app: navigation → first results',
      loaded ? ms(first) : `failed: ${app.load.failure}`,
      `≤ ${firstTarget} ms`,
      loaded && first <= firstTarget,
    ),
    row(
      'app: transferred before first results',
      loaded
        ? `${bytes(sent.gzip)} gzip (${bytes(sent.raw)} raw, ${app.load.transferred.length} responses)`
        : 'not measured',
      big ? undefined : '≤ 2 MB',
      loaded && sent.gzip <= 2_000_000,
    ),
    row(
      'app: JS heap after load and typing',
      heapText(app.load.heap),
      big ? '≤ 400 MB' : undefined,
      heap !== undefined && heap <= 400e6,
    ),
    ...typingRows('app', app.typing, { p95: big ? 100 : 50, noLongTasks: !big }),
    detailRow('app: result click → release h1 painted', app.detailClick, big),
    detailRow('app: fresh load of /releases/<id> → h1', app.detailLoad, big),
  ];
}
