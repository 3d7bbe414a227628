import type { Person } from '../../shared/release/release-schema.ts';
import type { Mention } from './find-mentions.ts';
import { FOREIGN_ONLY_TITLES, OWN_HEAD_TITLES } from './role-words.ts';
import { slugify } from '../release-id.ts';

/** Whether a person with this title, written without a country, may be the issuer's own. */
function maybeOwnOfficial(role: string, sourceCountry: string): boolean {
  const own = OWN_HEAD_TITLES[sourceCountry] ?? [];
  const titles = [
    ...(FOREIGN_ONLY_TITLES['*'] ?? []),
    ...(FOREIGN_ONLY_TITLES[sourceCountry] ?? []),
  ].filter((title) => !own.includes(title));
  const words = role.split(/[\s-]+/);
  return !titles.some((title) => words.includes(title));
}

type Cluster = {
  name: string;
  /** Last word of the name as first written: "Marty Avery" and "Martin L. Avery, Jr." share it. */
  surname: string;
  role: string;
  keys: Set<string>;
  country?: string;
  international: boolean;
  postedTo?: string;
  /** Index of the mention that opened the cluster, to pick the nearest earlier namesake. */
  firstAt: number;
};

function opens(mention: Mention, at: number): Cluster {
  return {
    name: mention.name,
    surname: slugify(mention.keys.at(-1) ?? ''),
    role: mention.role,
    keys: new Set(mention.keys.map(slugify)),
    ...(mention.country === undefined ? {} : { country: mention.country }),
    international: mention.international,
    ...(mention.postedTo === undefined ? {} : { postedTo: mention.postedTo }),
    firstAt: at,
  };
}

function covers(cluster: Cluster, keys: readonly string[]): boolean {
  return keys.every((key) => cluster.keys.has(key));
}

/** The namesake opened last before position at ("Minister Kim" after two Kims means the later one). */
function nearest(candidates: readonly Cluster[], at: number): Cluster | undefined {
  const earlier = candidates.filter((cluster) => cluster.firstAt < at);
  return earlier.at(-1) ?? candidates[0];
}

/**
 * Groups mentions into people. Names written with two or more words open a
 * person; a one-word reference ("Minister Han", "President Avery") joins the
 * person whose name holds that word, and never stands alone unless a country
 * pins it down ("Prime Minister Okada of Japan"). A person whose title names
 * no country and no international body is taken to be the issuer's own official.
 */
export function resolvePeople(mentions: readonly Mention[], sourceCountry?: string): Person[] {
  const clusters: Cluster[] = [];
  const shortOnes: [Mention, number][] = [];
  mentions.forEach((mention, at) => {
    const keys = mention.keys.map(slugify);
    if (keys.length < 2) {
      shortOnes.push([mention, at]);
      return;
    }
    const same = clusters.find(
      (cluster) =>
        covers(cluster, keys) ||
        [...cluster.keys].every((key) => keys.includes(key)) ||
        (cluster.role === mention.role && cluster.surname === keys.at(-1)),
    );
    if (!same) clusters.push(opens(mention, at));
    else same.country ??= mention.country;
  });
  for (const [mention, at] of shortOnes) {
    const key = slugify(mention.keys[0] ?? '');
    const same = nearest(
      clusters.filter((cluster) => cluster.keys.has(key)),
      at,
    );
    if (same) same.country ??= mention.country;
    else if (mention.country !== undefined) clusters.push(opens(mention, at));
  }
  const people = new Map<string, Person>();
  for (const cluster of clusters.sort((a, b) => a.firstAt - b.firstAt)) {
    const id = slugify(cluster.name);
    if (!id || people.has(id)) continue;
    const own =
      !cluster.international &&
      sourceCountry !== undefined &&
      cluster.postedTo !== sourceCountry &&
      maybeOwnOfficial(cluster.role, sourceCountry);
    const country = cluster.country ?? (own ? sourceCountry : undefined);
    people.set(id, {
      id,
      name: cluster.name,
      role: cluster.role,
      ...(country === undefined ? {} : { country }),
    });
  }
  return [...people.values()];
}
