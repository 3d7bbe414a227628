import { useDeferredValue, useMemo } from 'react';
import { useHref } from 'react-router-dom';
import { corpusIndex } from '../../shared/corpus/corpus-index.ts';
import { useBodies } from '../../shared/corpus/use-bodies.ts';
import { countryName } from '../../shared/corpus/country-name.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCorpusState } from '../../shared/corpus/use-corpus-state.ts';
import { LoadError } from '../../shared/ui/load-error.tsx';
import { recordQueryOptions } from '../../shared/corpus/record-query.ts';
import { paths } from '../../shared/paths.ts';
import { Highlight } from '../../shared/ui/highlight.tsx';
import { NotFound } from '../../shared/ui/not-found.tsx';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { ReleaseList } from '../../shared/ui/release-list.tsx';
import { formatCitation } from './citation.ts';
import { CopyActions } from './copy-actions.tsx';
import { relatedReleases } from './related-releases.ts';
import { ReleaseFacts } from './release-facts.tsx';
import { ReleaseHeading } from './release-heading.tsx';
import { NoReleaseText, ReleaseText } from './release-text.tsx';
import { SearchContextNav } from './search-context-nav.tsx';
import { useSearchContext } from './use-search-context.ts';
import './releases.css';

export function ReleaseView({ id }: { id: string }) {
  const queryClient = useQueryClient();
  // Opened from a link, the page may start from the release's record file (the route loaded
  // it) and fetch the catalogue only now; related releases and search context follow it.
  const { corpus, error, retry, retrying } = useCorpusState();
  const record = useQuery({
    ...recordQueryOptions(queryClient, id),
    enabled: corpus === null,
  }).data;
  const release = corpus ? corpus.byId.get(id) : record?.release;
  // The permalink leaves out any search state: it names the release, not how it was found.
  const href = useHref(paths.release(id));
  const context = useSearchContext(id, corpus);
  const bodyOf = useBodies(
    corpus ? corpus.bodies?.shardOf : record?.shardOf,
    release ? [release] : [],
  );
  // The heading and text first; related releases (from an index of the whole corpus, built on
  // first use) in a render that follows.
  const relatedFor = useDeferredValue(corpus ? release : undefined, undefined);
  const related = useMemo(
    () => (corpus && relatedFor ? relatedReleases(corpusIndex(corpus), relatedFor) : []),
    [corpus, relatedFor],
  );
  const countries = corpus ?? record;
  if (error) return <LoadError error={error} onRetry={retry} retrying={retrying} />;
  if (!release || !countries) {
    if (!corpus) return <p className="muted">Loading the release…</p>;
    return <NotFound message="There is no release with this address in the archive." />;
  }
  const body = bodyOf(release);
  const permalink = new URL(href, window.location.href).href;
  return (
    <article className="release" aria-labelledby="page-heading">
      <PageTitle title={release.title} />
      {context ? <SearchContextNav context={context} /> : null}
      <ReleaseHeading title={release.title} />
      <ReleaseFacts release={release} countryName={(code) => countryName(countries, code)} />
      <CopyActions link={permalink} citation={formatCitation(release, permalink)} />
      <ReleaseText>
        {'loading' in body ? (
          <p className="muted">Loading the text…</p>
        ) : 'error' in body ? (
          <p role="alert">{body.error}</p>
        ) : body.body.length > 0 ? (
          body.body.map((paragraph, index) => (
            <p key={index} dir="auto">
              {context ? <Highlight text={paragraph} terms={context.terms} /> : paragraph}
            </p>
          ))
        ) : (
          <NoReleaseText />
        )}
      </ReleaseText>
      {related.length > 0 ? (
        <section className="release-related no-print" aria-labelledby="related-heading">
          <h2 id="related-heading">Related releases</h2>
          <p className="muted">Sharing people or countries with this one, nearest in time first.</p>
          <ReleaseList releases={related} />
        </section>
      ) : null}
    </article>
  );
}
