import { Link } from 'react-router-dom';
import type { Corpus } from '../../shared/corpus/load-corpus.ts';
import { paths } from '../../shared/paths.ts';
import { RELEASE_TYPE_LABELS, type Release } from '../../shared/release/release-schema.ts';
import type { HighlightTerm } from '../../shared/search/highlight-ranges.ts';
import type { SearchState } from '../../shared/search/search-state.ts';
import { makeSnippet } from '../../shared/search/snippet.ts';
import { Highlight } from '../../shared/ui/highlight.tsx';
import { formatDate } from '../../shared/format/format-date.ts';

type Props = {
  release: Release;
  corpus: Corpus;
  state: SearchState;
  terms: readonly HighlightTerm[];
};

export function ResultItem({ release, corpus, state, terms }: Props) {
  const snippet = makeSnippet(release.body, terms);
  const countries = release.countries.map((code) => corpus.countries.get(code)?.name ?? code);
  return (
    <li className="result">
      <h3 className="result-title">
        {/* The search travels with the link: the release view offers previous and next. */}
        <Link to={paths.release(release.id, state)}>
          <Highlight text={release.title} terms={terms} />
        </Link>
      </h3>
      <p className="result-meta">
        <time dateTime={release.date}>{formatDate(release.date)}</time>
        <span className="result-type">{RELEASE_TYPE_LABELS[release.type]}</span>
        <span>{release.source}</span>
      </p>
      {snippet ? (
        <p className="result-snippet">
          {snippet.cutBefore ? '… ' : null}
          <Highlight text={snippet.text} terms={terms} />
          {snippet.cutAfter ? ' …' : null}
        </p>
      ) : null}
      {release.people.length > 0 || countries.length > 0 ? (
        <dl className="result-tags">
          {release.people.length > 0 ? (
            <div>
              <dt>People</dt>
              <dd>
                <Highlight text={release.people.map((p) => p.name).join(', ')} terms={terms} />
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
}
