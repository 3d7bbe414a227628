import path from 'node:path';
import { CORPUS_FILE_NAME } from '../shared/corpus/corpus-schema.ts';
import type { Release } from '../shared/release/release-schema.ts';
import { parseArgs, USAGE, UsageError, type IngestOptions } from './cli-args.ts';
import { countryTable } from './extract/country-table.ts';
import { loadExistingCorpus } from './existing-corpus.ts';
import type { Located, Rejection } from './ingest-types.ts';
import { countryCodes, mergeReleases } from './merge-releases.ts';
import { DEFAULT_LIMITS, readInputs, type Limits } from './read-inputs.ts';
import { orderRelease, serializeCorpus } from './serialize-corpus.ts';
import { serializeDerived } from './serialize-derived.ts';
import { shownPath, visible } from './shown-text.ts';
import { unifyPeople } from './unify-people.ts';
import { LimitError, walkInputs } from './walk-inputs.ts';
import { writeOutput } from './write-output.ts';

export type IngestIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stderrIsTTY: boolean;
  /** Lower bounds for tests; the defaults are the documented limits. */
  limits?: Partial<Limits>;
};

// Reasons can quote file contents: long ones are cut, and nothing in them can start a new line.
const brief = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
const where = (r: Rejection) => `${shownPath(r.path)}:${r.line}: ${visible(brief(r.reason))}`;

function progress(io: IngestIo, total: number) {
  let done = 0;
  let shown = 0;
  return {
    tick() {
      done += 1;
      const now = Date.now();
      if (io.stderrIsTTY && (now - shown > 100 || done === total)) {
        shown = now;
        io.stderr(`\rreading ${done}/${total} files`);
      }
    },
    end: () => io.stderrIsTTY && total > 0 && io.stderr('\r\x1b[K'),
  };
}

/** Later files win on a shared id: the same release twice is one release. */
function uniqueById(located: Located[], io: IngestIo): Release[] {
  const byId = new Map<string, Located>();
  for (const item of located) {
    const earlier = byId.get(item.release.id);
    if (earlier) {
      io.stderr(
        `note: ${shownPath(item.path)}:${item.line}: same id as ${shownPath(earlier.path)}:${earlier.line} (${item.release.id}); keeping the later\n`,
      );
    }
    byId.set(item.release.id, item);
  }
  return [...byId.values()].map((l) => l.release);
}

async function ingest(
  options: IngestOptions,
  io: IngestIo,
  counts: { read: number; written: number; rejected: number },
) {
  const limits = { ...DEFAULT_LIMITS, ...io.limits };
  const walk = await walkInputs(options.inputs, limits.maxEntries);
  for (const n of walk.notes) io.stderr(`note: ${shownPath(n.path)}: ${n.note}\n`);
  const bar = progress(io, walk.files.length);
  const outcomes = await readInputs(walk.files, {
    sample: options.sample,
    limits,
    onFile: () => bar.tick(),
  }).finally(() => bar.end());
  const rejected = outcomes.flatMap((o) => o.rejected);
  const incoming = uniqueById(
    outcomes.flatMap((o) => o.accepted),
    io,
  );
  counts.read = outcomes.reduce((n, o) => n + o.accepted.length + o.rejected.length, 0);

  const target = path.join(options.out, CORPUS_FILE_NAME);
  const existing = options.dryRun
    ? { ok: true as const, releases: [], rejected: [] }
    : await loadExistingCorpus(target);
  if (!existing.ok) {
    rejected.forEach((r) => io.stderr(`${where(r)}\n`));
    io.stderr(`error: ${where(existing.problem)}; fix or remove it, nothing was written\n`);
    counts.rejected = rejected.length;
    return 1;
  }
  rejected.push(...existing.rejected);
  counts.rejected = rejected.length;
  for (const r of rejected) io.stderr(`${where(r)}\n`);
  if (rejected.length > 0 && !options.keepGoing) {
    io.stderr(
      `error: ${rejected.length} rejected; nothing was written (use --keep-going to write the rest)\n`,
    );
    return 1;
  }
  // People are made one across the whole corpus, the records already there included.
  const releases = unifyPeople(mergeReleases(existing.releases, incoming));
  if (!options.dryRun) {
    const sample = options.sample || releases.some((r) => r.sample === true);
    const content = { sample, countries: countryTable(countryCodes(releases)), releases };
    await writeOutput(options.out, serializeCorpus(content), serializeDerived(content));
    counts.written = incoming.length;
  }
  if (options.json) {
    const ids = new Set(incoming.map((r) => r.id));
    const records = releases.filter((r) => ids.has(r.id)).map(orderRelease);
    io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  }
  return 0;
}

/**
 * The ingest command: `argv` without the node and script names. Exit codes: 0 done, 1 input
 * rejected or a limit hit (output untouched), 2 usage. Always ends with a summary on stderr.
 */
export async function runIngest(argv: string[], io: IngestIo): Promise<number> {
  const started = performance.now();
  const counts = { read: 0, written: 0, rejected: 0 };
  let code: number;
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    code = await ingest(options, io, counts);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${visible(error.message)}\n${USAGE}`);
      code = 2;
    } else {
      io.stderr(`error: ${visible(error instanceof LimitError ? error.message : String(error))}\n`);
      code = 1;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.stderr(
    `read ${counts.read}, written ${counts.written}, rejected ${counts.rejected}, in ${seconds} s\n`,
  );
  return code;
}
