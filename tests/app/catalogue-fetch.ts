import type { Release } from '../../src/shared/release/release-schema.ts';
import type { CountryTable } from './render-app.tsx';

/**
 * Serves releases as the ingest writes them for scale (a catalogue without bodies, and one
 * body shard), holding the shard back until `release()` is called: the state in which the
 * full-text index is still being built.
 */
export function catalogueWithHeldShard(releases: Release[], countries: CountryTable) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const catalogue = JSON.stringify({
    format: 1,
    countries,
    releases: releases.map(({ body: _body, ...rest }) => rest),
    bodies: { shardSize: 250, shards: 1 },
  });
  const shard = JSON.stringify({
    format: 1,
    releases: releases.map(({ id, body }) => ({ id, body })),
  });
  const json = (text: string) =>
    new Response(text, { headers: { 'content-type': 'application/json' } });
  const reply = async (url: string) => {
    if (url.endsWith('/data/catalogue.json')) return json(catalogue);
    if (url.endsWith('/data/bodies/000.json')) {
      await held;
      return json(shard);
    }
    return new Response('', { status: 404 });
  };
  return { reply, release: () => release() };
}
