import {
  bodyShardSchema,
  CORPUS_FORMAT,
  type BodyShard,
  CATALOGUE_FILE_NAME,
  CORPUS_FILE_NAME,
  SEARCH_INDEX_FILE_NAME,
  shardPath,
} from './corpus-schema.ts';
import { CorpusError, loadCorpusInSlices } from './load-corpus.ts';
import { readText } from './read-text.ts';
import { slicer } from '../tasks/slicer.ts';

/** A file of the data folder, as the page (or its worker) fetches it. */
export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;
export const corpusUrl = () => dataUrl(CORPUS_FILE_NAME);

/** Static hosts answer a missing file with the app's index.html and 200. */
export const isWebPage = (response: Response) =>
  response.headers.get('content-type')?.includes('text/html') ?? false;

async function download(url: string) {
  try {
    return await fetch(url);
  } catch {
    throw new CorpusError(
      'The corpus could not be downloaded. Check your connection and try again.',
    );
  }
}

/**
 * The catalogue (no bodies) if the data folder has one, else corpus.json: a folder written by
 * an older ingest has only that. Static hosts answer a missing file with index.html and 200,
 * so a web page in place of the catalogue counts as missing too.
 */
export async function fetchCorpus() {
  let response = await download(dataUrl(CATALOGUE_FILE_NAME));
  if (response.status === 404 || (response.ok && isWebPage(response))) {
    response = await download(corpusUrl());
  }
  if (!response.ok) {
    throw new CorpusError(`The corpus could not be loaded (HTTP ${response.status}).`);
  }
  // One pause for both: the first step of loading waits if reading ended a slice.
  const pause = slicer();
  return loadCorpusInSlices(await readText(response, pause), pause);
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** True for a shard exactly as the ingest writes it (the schema would accept it as it is). */
export function isPlainShard(json: unknown): json is BodyShard {
  if (typeof json !== 'object' || json === null) return false;
  const { format, releases } = json as Record<string, unknown>;
  return (
    format === CORPUS_FORMAT &&
    Array.isArray(releases) &&
    releases.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as Record<string, unknown>).id === 'string' &&
        isStringArray((r as Record<string, unknown>).body),
    )
  );
}

/** One body shard: release id → paragraphs. */
export async function fetchBodyShard(shard: number): Promise<Map<string, string[]>> {
  const response = await download(dataUrl(shardPath(shard)));
  if (!response.ok)
    throw new CorpusError(`The text could not be loaded (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw new CorpusError('The text of these releases is not valid JSON.');
  }
  // The schema decides only when the quick check fails: zod walks every paragraph slowly.
  const file = isPlainShard(json) ? json : bodyShardSchema.safeParse(json).data;
  if (!file) throw new CorpusError('The text of these releases has the wrong shape.');
  return new Map(file.releases.map((r) => [r.id, r.body]));
}

/** The postings file the ingest wrote beside the catalogue, as bytes. */
export async function fetchSearchIndexFile(): Promise<Uint8Array> {
  const response = await download(dataUrl(SEARCH_INDEX_FILE_NAME));
  if (!response.ok) {
    throw new CorpusError(`The search index could not be loaded (HTTP ${response.status}).`);
  }
  return new Uint8Array(await response.arrayBuffer());
}
