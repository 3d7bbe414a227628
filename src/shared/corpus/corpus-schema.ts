import { z } from 'zod';
import { countryCodeSchema } from '../release/release-schema.ts';

/**
 * The file the ingest command writes and the app loads. Releases are kept as
 * unknown here so that the app can validate them one by one, skip and count
 * the invalid ones, and still show the rest.
 */
export const CORPUS_FORMAT = 1;

export const countryInfoSchema = z.object({
  name: z.string().min(1),
  /** Other names and adjectives a reader may type: "Japanese", "ROK", "Republic of Korea". */
  aliases: z.array(z.string()),
});

export const corpusFileSchema = z.object({
  format: z.literal(CORPUS_FORMAT),
  sample: z.boolean().optional(),
  countries: z.record(countryCodeSchema, countryInfoSchema),
  releases: z.array(z.unknown()),
});

export type CountryInfo = z.infer<typeof countryInfoSchema>;
export type CorpusFile = z.infer<typeof corpusFileSchema>;

/** Where, inside the output folder, the corpus lives. */
export const CORPUS_FILE_NAME = 'corpus.json';
