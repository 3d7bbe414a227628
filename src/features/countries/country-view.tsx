import { useMemo } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { countryName } from '../../shared/corpus/country-name.ts';
import { useCorpus } from '../../shared/corpus/use-corpus.ts';
import { yearBars } from '../../shared/corpus/year-bars.ts';
import { paths } from '../../shared/paths.ts';
import { RELEASE_TYPE_LABELS } from '../../shared/release/release-schema.ts';
import { CountBars } from '../../shared/ui/count-bars.tsx';
import { NotFound } from '../../shared/ui/not-found.tsx';
import { formatReleases } from '../../shared/format/format-count.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { ReleaseList } from '../../shared/ui/release-list.tsx';
import { countryProfile } from './country-profile.ts';
import './countries.css';

/** The country page; /countries/jp is redirected to its canonical /countries/JP. */
export function CountryView({ code }: { code: string }) {
  const corpus = useCorpus();
  const { search } = useLocation();
  const upper = code.toUpperCase();
  const profile = useMemo(
    () => (/^[A-Z]{2}$/.test(upper) ? countryProfile(corpus, upper) : undefined),
    [corpus, upper],
  );
  if (!profile) return <NotFound message="There is no country with this code in the archive." />;
  if (code !== upper) return <Navigate replace to={`${paths.country(upper)}${search}`} />;
  const { releases, name } = profile;
  return (
    <article className="country" aria-labelledby="page-heading">
      <PageTitle title={name} />
      <h1 id="page-heading" tabIndex={-1}>
        {name}
      </h1>
      <p>
        {formatReleases(releases.length)} {releases.length === 1 ? 'involves' : 'involve'} {name}.{' '}
        {releases.length > 0 ? (
          <Link to={paths.home({ country: [upper] })}>Search within them</Link>
        ) : null}
      </p>
      <div className="country-grid">
        <section aria-labelledby="country-time">
          <h2 id="country-time">Over time</h2>
          <CountBars caption="Releases by year" bars={yearBars(releases)} />
          <CountBars
            caption="Releases by type"
            bars={profile.types.map(([type, count]) => ({
              key: type,
              label: RELEASE_TYPE_LABELS[type],
              count,
            }))}
          />
        </section>
        <section aria-labelledby="country-people">
          <h2 id="country-people">People of {name} who appear most</h2>
          {profile.people.length > 0 ? (
            <ol>
              {profile.people.map((person) => (
                <li key={person.id}>
                  <Link to={paths.person(person.id)} dir="auto">
                    {person.name}
                  </Link>{' '}
                  <span className="muted">({formatReleases(person.count)})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No one is recorded as from {name}.</p>
          )}
        </section>
        <section aria-labelledby="country-partners">
          <h2 id="country-partners">Countries it appears with most</h2>
          {profile.partners.length > 0 ? (
            <ol>
              {profile.partners.map(([partner, count]) => (
                <li key={partner}>
                  <Link to={paths.country(partner)}>{countryName(corpus, partner)}</Link>{' '}
                  <span className="muted">
                    ({formatReleases(count)}
                    {partner === profile.sourceCountry ? ', the issuing ministry’s country' : ''})
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No other country appears in its releases.</p>
          )}
        </section>
      </div>
      <section aria-labelledby="country-releases">
        <h2 id="country-releases">Releases, newest first</h2>
        <ReleaseList releases={releases} limit={50} label={`Releases involving ${name}`} />
      </section>
    </article>
  );
}
