import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import type { CountryInfo } from '../../shared/corpus/corpus-schema.ts';
import { countryName } from '../../shared/corpus/country-name.ts';
import { ReleaseFacts } from '../../features/releases/release-facts.tsx';
import { ReleaseHeading } from '../../features/releases/release-heading.tsx';
import { NoReleaseText, ReleaseText } from '../../features/releases/release-text.tsx';
import { paths } from '../../shared/paths.ts';
import type { Release } from '../../shared/release/release-schema.ts';
import { SiteHeader } from '../routes/site-header.tsx';
import { SiteMain } from '../routes/site-main.tsx';

export type StaticRelease = {
  release: Release;
  /** Its text; empty when the archive has none. */
  body: readonly string[];
  countries: ReadonlyMap<string, CountryInfo>;
};

/**
 * What a release page shows before the app has started, as the app draws it: the banner, the
 * heading, the particulars and the text. The app's other parts (copy buttons, related releases,
 * the search's previous and next) need the app, and appear when it takes over. `base` is the
 * base path the site was built for ("/", "/archive/"): every link starts with it.
 */
export function releasePageMarkup(
  { release, body, countries }: StaticRelease,
  sample: boolean,
  base: string,
) {
  const basename = base.replace(/\/$/, '');
  return renderToStaticMarkup(
    <StaticRouter basename={basename || '/'} location={`${basename}${paths.release(release.id)}`}>
      <SiteHeader sample={sample} />
      <SiteMain>
        <article className="release" aria-labelledby="page-heading">
          <ReleaseHeading title={release.title} />
          <ReleaseFacts
            release={release}
            countryName={(code) => countryName({ countries }, code)}
          />
          <ReleaseText>
            {body.length > 0 ? (
              body.map((paragraph, index) => (
                <p key={index} dir="auto">
                  {paragraph}
                </p>
              ))
            ) : (
              <NoReleaseText />
            )}
          </ReleaseText>
        </article>
      </SiteMain>
    </StaticRouter>,
  );
}
