import { readFileSync } from 'node:fs';

type Person = { name: string; role?: string; country?: string };
type ReleaseLike = { id?: unknown; title?: unknown; people?: Person[] };

// Where the family name comes first, the last word of a name is not the surname.
const FAMILY_FIRST = new Set(['CN', 'HU', 'JP', 'KH', 'KP', 'KR', 'MN', 'TW', 'VN']);

export type BenchQueries = {
  queries: { label: string; text: string }[];
  /** A release from the middle of the corpus, for the fresh load of its page. */
  detail: { id: string; title: string } | undefined;
};

/** A misspelling a hurried reader makes: two letters in the middle swapped. */
function transpose(word: string): string {
  const i = Math.max(1, Math.floor(word.length / 2) - 1);
  return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
}

function surnameOf(corpus: ReleaseLike[]): string {
  const counts = new Map<string, number>();
  for (const release of corpus) {
    for (const person of release.people ?? []) {
      if (!/minister/i.test(person.role ?? '') || FAMILY_FIRST.has(person.country ?? '')) continue;
      const surname = person.name.trim().split(/\s+/).at(-1) ?? '';
      if (/^\p{L}{4,}$/u.test(surname)) counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? 'Minister';
}

/** The queries typed on both pages, drawn from the corpus so that they find something. */
export function benchQueries(corpusFile: string): BenchQueries {
  const file = JSON.parse(readFileSync(corpusFile, 'utf8')) as { releases?: ReleaseLike[] };
  const releases = file.releases ?? [];
  const surname = surnameOf(releases);
  const middle = releases[Math.floor(releases.length / 2)];
  return {
    queries: [
      { label: "a minister's surname", text: surname },
      { label: 'a country', text: 'Japan' },
      { label: 'a misspelt surname', text: transpose(surname) },
      { label: 'two words', text: 'Korea Japan' },
      { label: 'a growing prefix', text: 'minister' },
    ],
    detail:
      typeof middle?.id === 'string' && typeof middle.title === 'string'
        ? { id: middle.id, title: middle.title }
        : undefined,
  };
}
