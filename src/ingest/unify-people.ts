import type { Person, Release } from '../shared/release/release-schema.ts';
import {
  collectSpellings,
  groupSpellings,
  isSurnameOnly,
  spellingKey,
  type Known,
} from './person-spellings.ts';

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

const countryFits = (a: Known, b: Known) =>
  a.countries.size === 0 || b.countries.size === 0 || shares(a.countries, b.countries);

const endsWith = (long: string[], short: string[]) =>
  long.length > short.length &&
  short.every((word, i) => long[long.length - short.length + i] === word);

const startsWith = (long: string[], short: string[]) =>
  long.length > short.length && short.every((word, i) => long[i] === word);

/** The one candidate, or the one that has held the person's role ("President Biden"). */
function only(candidates: Known[], person: Known): Known | undefined {
  if (candidates.length === 1) return candidates[0];
  const sameRole = candidates.filter((c) => shares(c.roles, person.roles));
  return sameRole.length === 1 ? sameRole[0] : undefined;
}

type Index = { byFirst: Map<string, Known[]>; byLast: Map<string, Known[]> };

function indexPeople(everyone: readonly Known[]): Index {
  const index: Index = { byFirst: new Map(), byLast: new Map() };
  const add = (map: Map<string, Known[]>, word: string | undefined, person: Known) => {
    if (word === undefined) return;
    const list = map.get(word);
    if (list) list.push(person);
    else map.set(word, [person]);
  };
  for (const person of everyone) {
    add(index.byFirst, person.core[0], person);
    add(index.byLast, person.core.at(-1), person);
  }
  return index;
}

/**
 * Where a name that is not a full one belongs, if one person fits: a surname alone ("President
 * Macron of France") joins the one full name ending in it; a name that only a title gave,
 * running into the title's next words ("Kamala Harris Three Years After…"), joins the one full
 * name from a body that it starts with. Candidates come from an index by first and last word,
 * so that this stays linear in the number of people.
 */
function fullNameFor(person: Known, index: Index): Known | undefined {
  const surnameOnly = isSurnameOnly(person.core);
  if (!surnameOnly && person.inBody) return undefined;
  const fits = (list: Known[] | undefined) =>
    (list ?? []).filter((other) => other !== person && countryFits(person, other));
  const first = person.core[0] ?? '';
  if (surnameOnly) {
    const found = only(
      fits(index.byLast.get(person.core.at(-1) ?? '')).filter((o) => endsWith(o.core, person.core)),
      person,
    );
    if (found) return found;
    // A family name written first ("President Moon" of "Moon Jae-in") must agree on more.
    const familyFirst = fits(index.byFirst.get(first)).filter(
      (other) =>
        startsWith(other.core, person.core) &&
        shares(other.countries, person.countries) &&
        shares(other.roles, person.roles),
    );
    if (familyFirst.length === 1) return familyFirst[0];
  }
  if (person.inBody) return undefined;
  const fromBodies = (list: Known[] | undefined) =>
    fits(list).filter((other) => other.inBody && other.core.length >= 2);
  const prefixes = fromBodies(index.byFirst.get(first)).filter((other) =>
    startsWith(person.core, other.core),
  );
  const longest = Math.max(0, ...prefixes.map((other) => other.core.length));
  return (
    only(
      prefixes.filter((other) => other.core.length === longest),
      person,
    ) ?? only(fromBodies(index.byLast.get(first)), person)
  );
}

/**
 * One person, one id across the corpus: the spellings a corpus uses for one person are
 * brought to the one it uses most, so that a person's page lists every release. Each release
 * keeps its own role and country for the person. Pure; records left as they are stay the same
 * objects.
 */
export function unifyPeople(releases: readonly Release[]): Release[] {
  const byKey = groupSpellings(collectSpellings(releases));
  const everyone = [...new Set(byKey.values())];
  const index = indexPeople(everyone);
  const target = new Map(everyone.map((person) => [person, person]));
  for (const person of everyone) {
    const full = fullNameFor(person, index);
    if (full) target.set(person, full);
  }
  // A surname may join a title's name that itself joins a full name.
  const settle = (person: Known) => target.get(target.get(person) ?? person) ?? person;
  return releases.map((release) => {
    const seen = new Set<string>();
    const people: Person[] = [];
    for (const person of release.people) {
      const known = byKey.get(spellingKey(person));
      const final = known && settle(known);
      const id = final?.id ?? person.id;
      if (seen.has(id)) continue;
      seen.add(id);
      people.push(!final || id === person.id ? person : { ...person, id, name: final.name });
    }
    const same =
      people.length === release.people.length && people.every((p, i) => p === release.people[i]);
    return same ? release : { ...release, people };
  });
}
