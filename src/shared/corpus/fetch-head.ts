import type { Release } from '../release/release-schema.ts';
import { HEAD_FILE_NAME, headFileSchema, type CountryInfo } from './corpus-schema.ts';
import { dataUrl, isWebPage } from './fetch-corpus.ts';
import { releaseFromCatalogue } from './fast-release-check.ts';

/** The first page of the archive, shown while the catalogue loads. */
export type Head = {
  sample: boolean;
  total: number;
  /** How many record files the folder has (0: none). */
  records: number;
  releases: Release[];
  countries: Map<string, CountryInfo>;
  /** Release id → body shard: the head is the start of the catalogue, so shard 0 mostly. */
  shardOf: Map<string, number>;
};

/**
 * head.json, or null when the data folder has none (an older ingest, or a single corpus.json)
 * or it cannot be read: the page then simply waits for the catalogue. Never an error, as the
 * catalogue decides what the reader sees; a release the schema refuses is left out here and
 * reported with the catalogue.
 */
export async function fetchHead(): Promise<Head | null> {
  try {
    const response = await fetch(dataUrl(HEAD_FILE_NAME));
    if (!response.ok || isWebPage(response)) return null;
    const file = headFileSchema.safeParse(JSON.parse(await response.text()));
    if (!file.success) return null;
    const { sample, total, shardSize, records, countries, releases } = file.data;
    const kept: Release[] = [];
    const shardOf = new Map<string, number>();
    releases.forEach((raw, position) => {
      const release = releaseFromCatalogue(raw);
      if (!release) return;
      kept.push(release);
      shardOf.set(release.id, Math.floor(position / shardSize));
    });
    return {
      sample: sample === true,
      total,
      records: records ?? 0,
      releases: kept,
      countries: new Map(Object.entries(countries)),
      shardOf,
    };
  } catch {
    return null;
  }
}
