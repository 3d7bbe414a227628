import { serializeDerived } from '../../src/ingest/serialize-derived.ts';
import type { Release } from '../../src/shared/release/release-schema.ts';
import { searchCountries } from '../shared/search-fixture.ts';

/** A data folder exactly as the ingest writes it, with the catalogue held back until released. */
export function ingestedFolder(releases: Release[], sample: boolean) {
  const derived = serializeDerived({ sample, countries: searchCountries, releases });
  let releaseCatalogue = () => {};
  const held = new Promise<void>((resolve) => (releaseCatalogue = resolve));
  const files = new Map<string, string | Uint8Array>([
    ['head.json', derived.head],
    ['catalogue.json', derived.catalogue],
    ['search-index.bin', derived.searchIndex],
    ...derived.shards,
    ...derived.records,
  ]);
  const reply = async (url: string) => {
    const name = url.replace(/^.*\/data\//, '');
    if (name === 'catalogue.json') await held;
    const body = files.get(name);
    if (body === undefined) return new Response('', { status: 404 });
    const type = typeof body === 'string' ? 'application/json' : 'application/octet-stream';
    // Bytes as they are: jsdom's Blob is not one the fetch Response knows, and would arrive
    // as the text "[object Blob]".
    const bytes = typeof body === 'string' ? body : new Uint8Array(body);
    return new Response(bytes, { headers: { 'content-type': type } });
  };
  return { reply, releaseCatalogue: () => releaseCatalogue() };
}
