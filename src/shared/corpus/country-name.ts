import type { Corpus } from './load-corpus.ts';

/** A country's display name from the corpus's table; the code itself when the table lacks it. */
export function countryName(corpus: Pick<Corpus, 'countries'>, code: string): string {
  return corpus.countries.get(code)?.name ?? code;
}
