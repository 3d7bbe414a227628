import type { Person, Release } from '../shared/release/release-schema.ts';
import { NAME_PARTICLES, NAME_SUFFIXES } from './extract/role-words.ts';
import { formalGivenName } from './given-name-forms.ts';
import { slugify } from './release-id.ts';

/** One way a corpus writes a person: a name, with the role and country it came with. */
type Spelling = {
  id: string;
  name: string;
  /** The name's words without initials and suffixes, as slugs: ["kamala", "harris"]. */
  core: string[];
  initials: string;
  country: string | undefined;
  role: string | undefined;
  releases: number;
  /** Written so in some release's body, not only in a Title Case title. */
  inBody: boolean;
};

/** One person as the corpus knows them, under the spelling it uses most. */
export type Known = {
  id: string;
  name: string;
  core: string[];
  countries: Set<string>;
  roles: Set<string>;
  inBody: boolean;
};

export const spellingKey = (person: Person) =>
  `${person.id}\n${person.country ?? ''}\n${person.role ?? ''}`;

/** A surname alone, particles aside: "Macron", "von der Leyen". */
export const isSurnameOnly = (core: readonly string[]) =>
  core.filter((word) => !NAME_PARTICLES.has(word)).length === 1;

function readName(name: string): Pick<Spelling, 'core' | 'initials'> {
  const words = name.split(/[\s,]+/).filter((word) => word !== '');
  const initials = words.filter((word) => /^\p{Lu}\.$/u.test(word));
  const core = words
    .filter((word) => !initials.includes(word) && !NAME_SUFFIXES.has(word))
    .map(slugify)
    .filter((slug) => slug !== '');
  return { core, initials: initials.join(' ') };
}

export function collectSpellings(releases: readonly Release[]): Map<string, Spelling> {
  const spellings = new Map<string, Spelling>();
  for (const release of releases) {
    const body = release.body.join('\n');
    for (const person of release.people) {
      const key = spellingKey(person);
      let spelling = spellings.get(key);
      if (!spelling) {
        const { id, name, country, role } = person;
        spelling = { id, name, ...readName(name), country, role, releases: 0, inBody: false };
        spellings.set(key, spelling);
      }
      spelling.releases += 1;
      spelling.inBody ||= body.includes(person.name);
    }
  }
  return spellings;
}

/**
 * Which spellings may be one person: the same words up to a short given name ("Joe", "Joseph")
 * and, for two words, their order ("Yoshihide Suga", "Suga Yoshihide"). A surname alone is
 * only the same as itself with the same role and country: "President Feld" and "Mayor Feld"
 * may be two people.
 */
function groupKey(spelling: Spelling): string {
  const [given = '', ...rest] = spelling.core;
  if (isSurnameOnly(spelling.core))
    return `${spelling.core.join(' ')}\n${spelling.country ?? ''}\n${spelling.role ?? ''}`;
  if (rest.length === 1) return spelling.core.map(formalGivenName).sort().join(' ');
  return [formalGivenName(given), ...rest].join(' ');
}

/** The spelling a group goes by: the most used, then one from a body, then the fullest. */
function known(part: readonly Spelling[]): Known {
  const uses = new Map<string, number>();
  for (const s of part) uses.set(s.id, (uses.get(s.id) ?? 0) + s.releases);
  const [chosen] = [...part].sort(
    (a, b) =>
      (uses.get(b.id) ?? 0) - (uses.get(a.id) ?? 0) ||
      Number(b.inBody) - Number(a.inBody) ||
      b.name.length - a.name.length ||
      (a.id < b.id ? -1 : 1),
  );
  if (!chosen) throw new Error('a group of no spellings');
  return {
    id: chosen.id,
    name: chosen.name,
    core: chosen.core,
    countries: new Set(part.flatMap((s) => (s.country === undefined ? [] : [s.country]))),
    roles: new Set(part.flatMap((s) => (s.role === undefined ? [] : [s.role]))),
    inBody: part.some((s) => s.inBody),
  };
}

/**
 * Spellings of one name that differ only by initials, suffixes and the forms above are one
 * person: "Joseph R. Biden, Jr." and "Joe Biden", "Kamala Harris" and "Kamala D. Harris". Two
 * different sets of initials are two people ("George H. W. Bush", "George W. Bush"); the bare
 * name then stays apart, since it could be either. Keyed by `spellingKey`.
 */
export function groupSpellings(spellings: ReadonlyMap<string, Spelling>): Map<string, Known> {
  const groups = new Map<string, [string, Spelling][]>();
  for (const entry of spellings) {
    const key = groupKey(entry[1]);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const byKey = new Map<string, Known>();
  for (const group of groups.values()) {
    const initialled = new Set(group.map(([, s]) => s.initials).filter((i) => i !== ''));
    const parts =
      initialled.size <= 1
        ? [group]
        : [...initialled, ''].map((i) => group.filter(([, s]) => s.initials === i));
    for (const part of parts) {
      if (part.length === 0) continue;
      const person = known(part.map(([, s]) => s));
      for (const [key] of part) byKey.set(key, person);
    }
  }
  return byKey;
}
