import { runSteps, runStepsWithPauses } from '../tasks/slicer.ts';
import { corpusFileSchema, type CountryInfo } from './corpus-schema.ts';
import { isCanonicalRelease } from './fast-release-check.ts';
import { releaseSchema, type Person, type Release } from '../release/release-schema.ts';

export type PersonSummary = Person & { releaseCount: number };

export type Corpus = {
  releases: Release[];
  byId: Map<string, Release>;
  /** Keys are alpha-2 codes. A Map, so that a code such as "__proto__" is only ever data. */
  countries: Map<string, CountryInfo>;
  people: Map<string, PersonSummary>;
  sample: boolean;
  skipped: { count: number; examples: string[] };
  /**
   * Loaded from the catalogue: bodies are empty here and live in shards, release id → shard.
   * Null when the file had every body (corpus.json).
   */
  bodies: { shardOf: Map<string, number>; shards: number; indexFile: boolean } | null;
};

/** A corpus that cannot be used at all; the message is shown to the reader. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

function parseJson(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new CorpusError('The corpus file is empty.');
  if (trimmed.startsWith('<')) {
    throw new CorpusError(
      'The server sent a web page instead of the corpus file (is public/data missing?).',
    );
  }
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    throw new CorpusError(`The corpus file is not valid JSON: ${(error as Error).message}`);
  }
}

/** Releases checked between two chances to pause: 2 ms or so in a browser. */
const STEP = 200;

/** Turns the text of corpus.json into a corpus, skipping and counting invalid releases. */
export function loadCorpus(text: string): Corpus {
  return runSteps(load(text));
}

/**
 * loadCorpus, awaiting `pause` between steps: checking the 10,000 releases of a catalogue
 * took about 100 ms in one task, after its JSON.parse (which cannot be split).
 */
export function loadCorpusInSlices(text: string, pause: () => Promise<void>) {
  return runStepsWithPauses(load(text), pause);
}

function* load(text: string): Generator<void, Corpus> {
  const json = parseJson(text);
  yield;
  const file = corpusFileSchema.safeParse(json);
  if (!file.success) {
    const issue = file.error.issues[0];
    const where = issue?.path.join('.') || 'the top level';
    throw new CorpusError(
      `The corpus file has the wrong shape at ${where}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  const releases: Release[] = [];
  const byId = new Map<string, Release>();
  const examples: string[] = [];
  let skippedCount = 0;
  const shardInfo = file.data.bodies;
  const shardOf = new Map<string, number>();
  for (const [index, raw] of file.data.releases.entries()) {
    if (index % STEP === STEP - 1) yield;
    // The catalogue leaves bodies out; only there is a missing body not a fault.
    const record =
      shardInfo && raw !== null && typeof raw === 'object' && !('body' in raw)
        ? { ...raw, body: [] }
        : raw;
    const parsed = isCanonicalRelease(record)
      ? { success: true as const, data: record }
      : releaseSchema.safeParse(record);
    if (!parsed.success || byId.has(parsed.data.id)) {
      skippedCount += 1;
      if (examples.length < 5) {
        const issue = parsed.success ? undefined : parsed.error.issues[0];
        examples.push(
          issue
            ? `release ${index + 1}: ${issue.path.join('.') || 'record'} ${issue.message}`
            : `release ${index + 1}: duplicate id`,
        );
      }
      continue;
    }
    releases.push(parsed.data);
    byId.set(parsed.data.id, parsed.data);
    if (shardInfo) shardOf.set(parsed.data.id, Math.floor(index / shardInfo.shardSize));
  }
  const people = new Map<string, PersonSummary>();
  for (const release of releases) {
    for (const person of release.people) {
      const known = people.get(person.id);
      if (known) known.releaseCount += 1;
      else people.set(person.id, { ...person, releaseCount: 1 });
    }
  }
  return {
    releases,
    byId,
    countries: new Map(Object.entries(file.data.countries)),
    people,
    sample: file.data.sample === true || releases.some((r) => r.sample === true),
    skipped: { count: skippedCount, examples },
    bodies: shardInfo
      ? {
          shardOf,
          shards: shardInfo.shards,
          // Its ordinals are catalogue positions: usable only if every release was kept.
          indexFile: file.data.searchIndex !== undefined && skippedCount === 0,
        }
      : null,
  };
}
