import type { Person, Release } from '../shared/release/release-schema.ts';
import {
  collectSpellings,
  groupSpellings,
  isSurnameOnly,
  spellingKey,
  writtenOf,
  type Known,
  type Written,
} from './person-spellings.ts';

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

const countryFits = (a: Known, b: Known) =>
  a.countries.size === 0 || b.countries.size === 0 || shares(a.countries, b.countries);

const endsWith = (long: string[], short: string[]) =>
  long.length > short.length &&
  short.every((word, i) => long[long.length - short.length + i] === word);

const startsWith = (long: string[], short: string[]) =>
  long.length > short.length && short.every((word, i) => long[i] === word);

const one = (candidates: Known[]) => (candidates.length === 1 ? candidates[0] : undefined);

/** The one candidate, or the one that has held the person's role ("President Biden"). */
const only = (candidates: Known[], person: Known) =>
  one(candidates) ?? one(candidates.filter((c) => shares(c.roles, person.roles)));

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
    // The same role too: a father's name ends his son's ("King Salman", "Mohammed bin
    // Salman"), and "Pope Francis" is not "Norman Francis". "J. Smith" is not "Adam Smith".
    const initial = person.initials.slice(0, 1).toLowerCase();
    const found = one(
      fits(index.byLast.get(person.core.at(-1) ?? '')).filter(
        (other) =>
          endsWith(other.core, person.core) &&
          shares(other.roles, person.roles) &&
          (other.core[0] ?? '').startsWith(initial),
      ),
    );
    if (found) return found;
    // A family name written first ("President Moon" of "Moon Jae-in") must agree on more.
    const familyFirst = one(
      fits(index.byFirst.get(first)).filter(
        (other) =>
          startsWith(other.core, person.core) &&
          shares(other.countries, person.countries) &&
          shares(other.roles, person.roles),
      ),
    );
    if (familyFirst) return familyFirst;
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
    ) ??
    // Only a title's run-on words follow a surname here ("Biden Tackles Methane…"), and a
    // real name may start with someone's surname ("Scott Morrison"): the role must agree too.
    one(fromBodies(index.byLast.get(first)).filter((other) => shares(other.roles, person.roles)))
  );
}

/**
 * Two words in the other order are the same person only in the same country: "Suga Yoshihide"
 * and "Yoshihide Suga" (JP), but not "Hassan Ali" (PK) and "Ali Hassan" (EG).
 */
function swappedFor(person: Known, byCore: ReadonlyMap<string, Known>): Known | undefined {
  if (person.core.length !== 2 || person.countries.size === 0) return undefined;
  const other = byCore.get([...person.core].reverse().join(' '));
  if (!other || other === person || !shares(other.countries, person.countries)) return undefined;
  const first = other.uses - person.uses || (other.id < person.id ? 1 : -1);
  return first > 0 ? other : undefined;
}

const sameWritten = (a: readonly Written[] | undefined, b: readonly Written[]) =>
  a !== undefined &&
  a.length === b.length &&
  a.every(
    (w, i) =>
      w.id === b[i]?.id &&
      w.name === b[i]?.name &&
      w.role === b[i]?.role &&
      w.country === b[i]?.country,
  );

/**
 * One person, one id across the corpus: the spellings a corpus uses for one person are
 * brought to the one it uses most, so that a person's page lists every release. Each release
 * keeps its own role and country for the person, and how it wrote them (`writtenAs`), which is
 * what the next run reads: the result depends only on what the releases wrote, so a second run,
 * or the same files ingested in other batches, gives the same corpus. Pure; records left as they
 * are stay the same objects.
 */
export function unifyPeople(releases: readonly Release[]): Release[] {
  const byKey = groupSpellings(collectSpellings(releases));
  const everyone = [...new Set(byKey.values())];
  const index = indexPeople(everyone);
  const byCore = new Map(everyone.map((person) => [person.core.join(' '), person]));
  const target = new Map<Known, Known>();
  for (const person of everyone) {
    target.set(person, swappedFor(person, byCore) ?? fullNameFor(person, index) ?? person);
  }
  // "Suga" joins "Yoshihide Suga", which joins "Suga Yoshihide": follow, while the country fits.
  const settle = (person: Known): Known => {
    let final = person;
    for (let step = 0; step < 3; step += 1) {
      const next = target.get(final) ?? final;
      if (next === final || !countryFits(person, next)) break;
      final = next;
    }
    return final;
  };
  return releases.map((release) => {
    const entries = new Map<string, { first: Written; id: string; name: string; all: Written[] }>();
    for (const w of release.people.flatMap(writtenOf)) {
      const known = byKey.get(spellingKey(w));
      const final = known && settle(known);
      const id = final?.id ?? w.id;
      const entry = entries.get(id);
      if (entry) entry.all.push(w);
      else entries.set(id, { first: w, id, name: final?.name ?? w.name, all: [w] });
    }
    const people = [...entries.values()].map(({ first, id, name, all }): Person => {
      const plain = all.length === 1 && first.id === id && first.name === name;
      // The schema's bound; only hand-made input could join more mentions in one release.
      const writtenAs = all.slice(0, 500);
      const person: Person = { ...first, id, name, ...(plain ? {} : { writtenAs }) };
      const before = release.people.find((p) => p.id === id);
      const same =
        before !== undefined &&
        before.name === name &&
        before.role === first.role &&
        before.country === first.country &&
        (plain ? before.writtenAs === undefined : sameWritten(before.writtenAs, writtenAs));
      return same ? before : person;
    });
    const unchanged =
      people.length === release.people.length && people.every((p, i) => p === release.people[i]);
    return unchanged ? release : { ...release, people };
  });
}
