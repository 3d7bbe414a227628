import { memo, Fragment } from 'react';
import { countryName } from '../../shared/corpus/country-name.ts';
import type { Corpus } from '../../shared/corpus/load-corpus.ts';
import type { BodyState } from '../../shared/corpus/use-bodies.ts';
import { RELEASE_TYPE_LABELS, type Release } from '../../shared/release/release-schema.ts';
import type { HighlightTerm } from '../../shared/search/highlight-ranges.ts';
import { makeSnippet } from '../../shared/search/snippet.ts';
import { Highlight } from '../../shared/ui/highlight.tsx';
import { formatDate } from '../../shared/format/format-date.ts';
import { hrefOf } from '../../shared/paths.ts';

type Props = {
  release: Release;
  /**
   * The text, when its shard is at hand: the snippet is then the passage that matched. Until
   * then (and past PREFETCH_LIMIT, where rows fetch no text) it is the catalogue's lead.
   */
  body: BodyState;
  /** The country table (of the corpus, or of the head while the corpus loads). */
  corpus: Pick<Corpus, 'countries'>;
  /** The release's route, carrying the search; the list's click handler follows it. */
  to: string;
  /** What matched: it chooses the passage shown, and is marked when `marked`. */
  terms: readonly HighlightTerm[];
  marked: boolean;
};

const NO_MARKS: readonly HighlightTerm[] = [];

/** Memoised: a keystroke renders the results twice (see useSearchUrl), the second time alike. */
export const ResultItem = memo(function ResultItem({
  release,
  body,
  corpus,
  to,
  terms,
  marked,
}: Props) {
  const marks = marked ? terms : NO_MARKS;
  const snippet =
    'body' in body
      ? makeSnippet(body.body, terms)
      : release.lead
        ? { text: release.lead, cutBefore: false, cutAfter: false }
        : null;
  const countries = release.countries.map((code) => countryName(corpus, code));
  return (
    <li className="result">
      <h3 className="result-title">
        {/* The search travels with the link: the release view offers previous and next. */}
        {/* The address for the browser (a new tab, a copied link); the list follows data-to. */}
        <a href={hrefOf(to)} data-to={to} dir="auto">
          <Highlight text={release.title} terms={marks} />
        </a>
      </h3>
      <p className="result-meta">
        <time dateTime={release.date}>{formatDate(release.date)}</time>
        <span className="result-type">{RELEASE_TYPE_LABELS[release.type]}</span>
        <span dir="auto">{release.source}</span>
      </p>
      {snippet ? (
        <p className="result-snippet">
          {snippet.cutBefore ? '… ' : null}
          <Highlight text={snippet.text} terms={marks} />
          {snippet.cutAfter ? ' …' : null}
        </p>
      ) : null}
      {release.people.length > 0 || countries.length > 0 ? (
        <dl className="result-tags">
          {release.people.length > 0 ? (
            <div>
              <dt>People</dt>
              <dd>
                {/* Each name isolated: a right-to-left name must not reorder the ones after it. */}
                {/* By place, as the rows are: the next row's names then rewrite these in place. */}
                {release.people.map((person, index) => (
                  <Fragment key={index}>
                    {index > 0 ? ', ' : null}
                    <bdi>
                      <Highlight text={person.name} terms={marks} />
                    </bdi>
                  </Fragment>
                ))}
              </dd>
            </div>
          ) : null}
          {countries.length > 0 ? (
            <div>
              <dt>Countries</dt>
              <dd>{countries.join(', ')}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </li>
  );
});
