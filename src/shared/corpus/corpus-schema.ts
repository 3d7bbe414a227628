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

/** corpus.json without bodies: what the app loads first (see docs/decisions/0005-scale.md). */
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
  countries: z.record(countryCodeSchema, countryInfoSchema),
  releases: z.array(z.unknown()),
});

/** Folder of body shards beside the catalogue. */
export const BODIES_DIR = 'bodies';
/** Releases per body shard, by position in the catalogue (newest first). */
export const SHARD_SIZE = 250;

/** The path of shard k inside the output folder: bodies/000.json, bodies/001.json… */
export const shardPath = (k: number) => `${BODIES_DIR}/${String(k).padStart(3, '0')}.json`;

export const bodyShardSchema = z.object({
  format: z.literal(CORPUS_FORMAT),
  releases: z.array(z.object({ id: z.string(), body: z.array(z.string()) })),
});

export type BodyShard = z.infer<typeof bodyShardSchema>;
export type BodiesInfo = NonNullable<CorpusFile['bodies']>;
