import type { Release } from '../release/release-schema.ts';
import type { CountryInfo } from '../corpus/corpus-schema.ts';
import { FIELD_WEIGHTS, weightCode } from './posting-weight.ts';
import { encodePostings } from './postings-file.ts';
import { indexTerms, scanTerms } from './tokenize.ts';

/**
 * Accumulates postings. Terms get dense ids, and per-release weights live in scratch arrays
 * indexed by id, so a token costs one map lookup: the body tokens dominate the build.
 */
export class PostingsBuilder {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  readonly docs: number[][] = [];
  /** Weight codes (posting-weight.ts), one per entry of docs. */
  readonly codes: number[][] = [];
  private readonly weightOf: number[] = [];
  private readonly tfOf: number[] = [];
  private readonly stampOf: number[] = [];
  private touched: number[] = [];
  private stamp = 0;

  private id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.docs.push([]);
      this.codes.push([]);
      this.weightOf.push(0);
      this.tfOf.push(0);
      this.stampOf.push(-1);
    }
    return id;
  }

  private touch(id: number) {
    if (this.weightOf[id] === 0 && this.tfOf[id] === 0) this.touched.push(id);
  }

  /** Adds the field weight once per term of the field's texts. */
  field(texts: readonly string[], weight: number) {
    this.stamp += 1;
    const visit = (term: string) => {
      const id = this.id(term);
      if (this.stampOf[id] === this.stamp) return;
      this.stampOf[id] = this.stamp;
      this.touch(id);
      this.weightOf[id]! += weight;
    };
    for (const text of texts) {
      scanTerms(text, (term, cjk) => {
        if (cjk) for (const t of indexTerms(term, true)) visit(t);
        else visit(term);
      });
    }
  }

  /** Counts body terms; their weight is a damped count, so length cannot beat a title. */
  body(paragraphs: readonly string[]) {
    const visit = (term: string) => {
      const id = this.id(term);
      this.touch(id);
      this.tfOf[id]! += 1;
    };
    for (const paragraph of paragraphs) {
      scanTerms(paragraph, (term, cjk) => {
        if (cjk) for (const t of indexTerms(term, true)) visit(t);
        else visit(term);
      });
    }
  }

  /** Closes the release: its terms join the postings, in ordinal order. */
  commit(ord: number) {
    for (const id of this.touched) {
      this.docs[id]!.push(ord);
      this.codes[id]!.push(weightCode(this.weightOf[id]!, this.tfOf[id]!));
      this.weightOf[id] = 0;
      this.tfOf[id] = 0;
    }
    this.touched = [];
  }
}

export function addRelease(
  builder: PostingsBuilder,
  release: Release,
  countries: ReadonlyMap<string, CountryInfo>,
  ord: number,
) {
  builder.field([release.title], FIELD_WEIGHTS.title);
  // "Tae-yul" is also written "Taeyul"; index the joined form of hyphenated names too.
  builder.field(
    release.people.flatMap((p) => [p.name, p.name.replace(/(\p{L})-(\p{L})/gu, '$1$2')]),
    FIELD_WEIGHTS.person,
  );
  builder.field(
    release.countries.flatMap((code) => {
      const info = countries.get(code);
      return info ? [info.name, ...info.aliases] : [];
    }),
    FIELD_WEIGHTS.country,
  );
  builder.field(release.organizations, FIELD_WEIGHTS.organization);
  builder.field([release.source], FIELD_WEIGHTS.source);
  builder.body(release.body);
  builder.commit(ord);
}

/** The postings file of releases in catalogue order, as the ingest ships it. */
export function postingsFileOf(
  releases: readonly Release[],
  countries: ReadonlyMap<string, CountryInfo>,
): Uint8Array {
  const builder = new PostingsBuilder();
  releases.forEach((release, ord) => addRelease(builder, release, countries, ord));
  return encodePostings(releases.length, builder.terms, builder.docs, builder.codes);
}
