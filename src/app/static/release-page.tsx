import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import type { CountryInfo } from '../../shared/corpus/corpus-schema.ts';
import { ReleaseFacts } from '../../features/releases/release-facts.tsx';
import { ReleaseText } from '../../features/releases/release-text.tsx';
import { basePath, paths } from '../../shared/paths.ts';
import type { Release } from '../../shared/release/release-schema.ts';
import { SiteHeader } from '../routes/site-header.tsx';

export type StaticRelease = {
  release: Release;
  /** Its text; empty when the archive has none. */
  body: readonly string[];
  countries: ReadonlyMap<string, CountryInfo>;
};

/**
 * What a release page shows before the app has started, as the app draws it: the banner, the
 * heading, the particulars and the text. The app's other parts (copy buttons, related releases,
 * the search's previous and next) need the app, and appear when it takes over.
 */
export function releasePageMarkup({ release, body, countries }: StaticRelease, sample: boolean) {
  return renderToStaticMarkup(
    <StaticRouter basename={basePath || '/'} location={`${basePath}${paths.release(release.id)}`}>
      <SiteHeader sample={sample} />
      <main id="main" tabIndex={-1}>
        <article className="release" aria-labelledby="page-heading">
          <h1 id="page-heading" tabIndex={-1} dir="auto">
            {release.title}
          </h1>
          <ReleaseFacts
            release={release}
            countryName={(code) => countries.get(code)?.name ?? code}
          />
          <ReleaseText>
            {body.length > 0 ? (
              body.map((paragraph, index) => (
                <p key={index} dir="auto">
                  {paragraph}
                </p>
              ))
            ) : (
              <p className="muted">The archive has no text for this release.</p>
            )}
          </ReleaseText>
        </article>
      </main>
    </StaticRouter>,
  );
}
