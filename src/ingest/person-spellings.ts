import type { Person, Release } from '../shared/release/release-schema.ts';
import { normalizeText } from './extract/normalize-text.ts';
import { NAME_PARTICLES, NAME_SUFFIXES } from './extract/role-words.ts';
import { formalGivenName } from './given-name-forms.ts';
import { slugify } from './release-id.ts';

/** A person as a release itself wrote them, before any joining. */
export type Written = Omit<Person, 'writtenAs'>;

/** One way a corpus writes a person: a name, with the role and country it came with. */
type Spelling = {
  id: string;
  name: string;
  /** The name's words without initials and suffixes, as slugs: ["kamala", "harris"]. */
  core: string[];
  initials: string;
  /** "Jr.", "III": a generation tells a son from his father. */
  suffix: string;
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
  initials: string;
  countries: Set<string>;
  roles: Set<string>;
  inBody: boolean;
  uses: number;
};

/** What a person entry stands for: the mentions it was made from, or itself. */
export const writtenOf = (person: Person): Written[] =>
  person.writtenAs ?? [
    { id: person.id, name: person.name, role: person.role, country: person.country },
  ];

export const spellingKey = (w: Written) => `${w.id}\n${w.country ?? ''}\n${w.role ?? ''}`;

/** A surname alone, particles aside: "Macron", "von der Leyen". */
export const isSurnameOnly = (core: readonly string[]) =>
  core.filter((word) => !NAME_PARTICLES.has(word)).length === 1;

function readName(name: string): Pick<Spelling, 'core' | 'initials' | 'suffix'> {
  const words = name.split(/[\s,]+/).filter((word) => word !== '');
  const initials = words.filter((word) => /^\p{Lu}\.$/u.test(word));
  const suffix = words.filter((word) => NAME_SUFFIXES.has(word));
  const core = words
    .filter((word) => !initials.includes(word) && !suffix.includes(word))
    .map(slugify)
    .filter((slug) => slug !== '');
  return { core, initials: initials.join(' '), suffix: suffix.join(' ') };
}

/** Whether a release's body writes this name; bodies keep their no-break spaces and quotes. */
function bodyWriter(release: Release): (name: string) => boolean {
  let raw: string | undefined;
  let normalized: string | undefined;
  return (name) => {
    raw ??= release.body.join('\n');
    if (raw.includes(name)) return true;
    normalized ??= release.body.map(normalizeText).join('\n');
    return normalized.includes(normalizeText(name));
  };
}

export function collectSpellings(releases: readonly Release[]): Map<string, Spelling> {
  const spellings = new Map<string, Spelling>();
  for (const release of releases) {
    const writes = bodyWriter(release);
    for (const w of release.people.flatMap(writtenOf)) {
      const key = spellingKey(w);
      let spelling = spellings.get(key);
      if (!spelling) {
        const { id, name, country, role } = w;
        spelling = { id, name, ...readName(name), country, role, releases: 0, inBody: false };
        spellings.set(key, spelling);
      }
      spelling.releases += 1;
      if (!spelling.inBody) spelling.inBody = writes(w.name);
    }
  }
  return spellings;
}

/**
 * Which spellings may be one person: the same words up to a short given name ("Joe", "Joseph").
 * A surname alone is only the same as itself with the same role and country: "President Feld"
 * and "Mayor Feld" may be two people. A name with no letters a slug keeps (Hangul, Arabic) is
 * only itself.
 */
function groupKey(spelling: Spelling): string {
  const [given = '', ...rest] = spelling.core;
  if (spelling.core.length === 0) return `\n${spelling.id}`;
  if (isSurnameOnly(spelling.core))
    return `${spelling.core.join(' ')}\n${spelling.country ?? ''}\n${spelling.role ?? ''}`;
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
    initials: chosen.initials,
    countries: new Set(part.flatMap((s) => (s.country === undefined ? [] : [s.country]))),
    roles: new Set(part.flatMap((s) => (s.role === undefined ? [] : [s.role]))),
    inBody: part.some((s) => s.inBody),
    uses: part.reduce((n, s) => n + s.releases, 0),
  };
}

type Entry = [key: string, spelling: Spelling];

/** Apart by a mark when two different ones are written; those without it then stay apart too. */
function byMark(part: Entry[], mark: (s: Spelling) => string): Entry[][] {
  const marks = new Set(part.map(([, s]) => mark(s)).filter((m) => m !== ''));
  if (marks.size <= 1) return [part];
  return [...marks, ''].map((m) => part.filter(([, s]) => mark(s) === m));
}

/** "Tom Smith" of Australia and "Thomas Smith" of the United States are two people. */
function byGivenName(part: Entry[]): Entry[][] {
  const countries = new Map<string, Set<string>>();
  for (const [, s] of part) {
    const set = countries.get(s.core[0] ?? '') ?? new Set<string>();
    if (s.country !== undefined) set.add(s.country);
    countries.set(s.core[0] ?? '', set);
  }
  const sets = [...countries.values()].filter((set) => set.size > 0);
  const apart = sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((c) => b.has(c))));
  if (!apart) return [part];
  return [...countries.keys()].map((given) => part.filter(([, s]) => (s.core[0] ?? '') === given));
}

/**
 * Spellings of one name that differ only by initials, suffixes and a short given name are one
 * person: "Joseph R. Biden, Jr." and "Joe Biden", "Kamala Harris" and "Kamala D. Harris". Two
 * different sets of initials, or generations, are two people ("George H. W. Bush" and "George
 * W. Bush", "Joseph P. Kennedy II" and "III"); the bare name then stays apart, since it could
 * be either. Keyed by `spellingKey`.
 */
export function groupSpellings(spellings: ReadonlyMap<string, Spelling>): Map<string, Known> {
  const groups = new Map<string, Entry[]>();
  for (const entry of spellings) {
    const key = groupKey(entry[1]);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const byKey = new Map<string, Known>();
  for (const group of groups.values()) {
    const parts = byMark(group, (s) => s.initials)
      .flatMap((part) => byMark(part, (s) => s.suffix))
      .flatMap(byGivenName);
    for (const part of parts) {
      if (part.length === 0) continue;
      const person = known(part.map(([, s]) => s));
      for (const [key] of part) byKey.set(key, person);
    }
  }
  return byKey;
}
