import * as z from 'zod/mini';
import { countryCodeSchema } from '../release/release-schema.ts';

/**
 * The file the ingest command writes and the app loads. Releases are kept as
 * unknown here so that the app can validate them one by one, skip and count
 * the invalid ones, and still show the rest.
 */
export const CORPUS_FORMAT = 1;

export const countryInfoSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** Other names and adjectives a reader may type: "Japanese", "ROK", "Republic of Korea". */
  aliases: z.array(z.string()),
});

export const corpusFileSchema = z.object({
  format: z.literal(CORPUS_FORMAT),
  sample: z.optional(z.boolean()),
  countries: z.record(countryCodeSchema, countryInfoSchema),
  releases: z.array(z.unknown()),
  /** Present in the catalogue only: the ingest-built postings file beside it. */
  searchIndex: z.optional(z.literal('search-index.bin')),
  /** Present in the catalogue only: it says where the bodies are. */
  bodies: z.optional(
    z.object({
      shardSize: z.int().check(z.minimum(1)),
      shards: z.int().check(z.minimum(0)),
    }),
  ),
});

export type CountryInfo = z.infer<typeof countryInfoSchema>;
export type CorpusFile = z.infer<typeof corpusFileSchema>;

/** Where, inside the output folder, the corpus lives. */
export const CORPUS_FILE_NAME = 'corpus.json';

/** corpus.json without bodies, with each body's lead: what the app loads first (decisions 5, 7). */
export const CATALOGUE_FILE_NAME = 'catalogue.json';
/** The postings the ingest built, beside the catalogue (src/shared/search/postings-file.ts). */
export const SEARCH_INDEX_FILE_NAME = 'search-index.bin';
/**
 * The newest releases, the total and the sample flag: enough for the first page of the
 * archive while the catalogue is still on its way (docs/decisions/0006-index-at-ingest.md).
 */
export const HEAD_FILE_NAME = 'head.json';
/** Releases in the head: one page of results. */
export const HEAD_SIZE = 20;

export const headFileSchema = z.object({
  format: z.literal(CORPUS_FORMAT),
  sample: z.optional(z.boolean()),
  total: z.int().check(z.minimum(0)),
  shardSize: z.int().check(z.minimum(1)),
  /** How many record files there are (recordBucket): absent in older folders. */
  records: z.optional(z.int().check(z.minimum(1))),
  countries: z.record(countryCodeSchema, countryInfoSchema),
  releases: z.array(z.unknown()),
});

/**
 * Record files: every release's catalogue record and body shard, bucketed by a hash of its id,
 * so that a release page opened from a link needs one small file, not the whole catalogue.
 */
export const RECORDS_DIR = 'records';
/** Releases per record file, on average. */
export const RECORDS_PER_FILE = 250;
export const recordPath = (k: number) => `${RECORDS_DIR}/${String(k).padStart(3, '0')}.json`;

/** The record file of an id: FNV-1a over its UTF-16 code units, modulo the file count. */
export function recordBucket(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % files;
}

export const recordFileSchema = z.object({
  format: z.literal(CORPUS_FORMAT),
  countries: z.record(countryCodeSchema, countryInfoSchema),
  releases: z.array(z.unknown()),
  /** The body shard of each release, in the same order. */
  shards: z.array(z.int().check(z.minimum(0))),
});

/** Folder of body shards beside the catalogue. */
export const BODIES_DIR = 'bodies';
/**
 * Releases per body shard, by position in the catalogue (newest first). Up to
 * PREFETCH_LIMIT releases the page fetches every shard in the background, and few large files
 * suit that; past it, a page of results fetches only the shards of its own rows, scattered
 * over the archive, and small files keep that to a few hundred kilobytes.
 */
export const shardSizeFor = (releases: number) => (releases <= PREFETCH_LIMIT ? 250 : 25);
/** Up to this many releases (about 50 MB of text) the page holds every body. */
export const PREFETCH_LIMIT = 25_000;
/**
 * Whether the page fetches every body of an archive this size. Past the limit it fetches
 * only what a release page shows, and result rows show their records' leads instead.
 */
export const holdsEveryBody = (releases: number) => releases <= PREFETCH_LIMIT;

/** The path of shard k inside the output folder: bodies/000.json, bodies/001.json… */
export const shardPath = (k: number) => `${BODIES_DIR}/${String(k).padStart(3, '0')}.json`;

export const bodyShardSchema = z.object({
  format: z.literal(CORPUS_FORMAT),
  releases: z.array(z.object({ id: z.string(), body: z.array(z.string()) })),
});

export type BodyShard = z.infer<typeof bodyShardSchema>;
export type BodiesInfo = NonNullable<CorpusFile['bodies']>;
