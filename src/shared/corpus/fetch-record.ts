import type { QueryClient } from '@tanstack/react-query';
import type { Release } from '../release/release-schema.ts';
import { recordBucket, recordFileSchema, recordPath, type CountryInfo } from './corpus-schema.ts';
import { dataUrl, isWebPage } from './fetch-corpus.ts';
import { releaseFromCatalogue } from './fast-release-check.ts';
import { headQueryOptions } from './head-query.ts';

/** One release read from its record file, for its page before the catalogue is loaded. */
export type ReleaseRecord = {
  release: Release;
  countries: Map<string, CountryInfo>;
  /** Release id → body shard (this release only). */
  shardOf: Map<string, number>;
};

/**
 * The release from its record file (head.json says how many there are), or null when the
 * folder has none, the file cannot be read, or the id is not in it: the page then waits for
 * the catalogue, which has the last word on what exists.
 */
export async function fetchRecord(queryClient: QueryClient, id: string) {
  try {
    const head = await queryClient.ensureQueryData(headQueryOptions());
    if (!head?.records) return null;
    const response = await fetch(dataUrl(recordPath(recordBucket(id, head.records))));
    if (!response.ok || isWebPage(response)) return null;
    const file = recordFileSchema.safeParse(JSON.parse(await response.text()));
    if (!file.success) return null;
    const at = file.data.releases.findIndex(
      (r) => typeof r === 'object' && r !== null && (r as { id?: unknown }).id === id,
    );
    const release = releaseFromCatalogue(file.data.releases[at]);
    const shard = file.data.shards[at];
    if (!release || shard === undefined) return null;
    return {
      release,
      countries: new Map(Object.entries(file.data.countries)),
      shardOf: new Map([[id, shard]]),
    } satisfies ReleaseRecord;
  } catch {
    return null;
  }
}
