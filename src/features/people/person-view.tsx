import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { countryName } from '../../shared/corpus/country-name.ts';
import { useCorpus } from '../../shared/corpus/use-corpus.ts';
import { yearBars } from '../../shared/corpus/year-bars.ts';
import { paths } from '../../shared/paths.ts';
import { CountBars } from '../../shared/ui/count-bars.tsx';
import { NotFound } from '../../shared/ui/not-found.tsx';
import { formatReleases } from '../../shared/format/format-count.ts';
import { PageTitle } from '../../shared/ui/page-title.tsx';
import { ReleaseList } from '../../shared/ui/release-list.tsx';
import { personProfile } from './person-profile.ts';
import './people.css';

export function PersonView({ id }: { id: string }) {
  const corpus = useCorpus();
  const profile = useMemo(() => personProfile(corpus, id), [corpus, id]);
  if (!profile) return <NotFound message="There is no person with this address in the archive." />;
  const { releases } = profile;
  const first = releases[releases.length - 1]?.date.slice(0, 4);
  const last = releases[0]?.date.slice(0, 4);
  return (
    <article className="person" aria-labelledby="page-heading">
      <PageTitle title={profile.name} />
      <h1 id="page-heading" tabIndex={-1} dir="auto">
        {profile.name}
      </h1>
      <p className="person-summary">
        Named in {formatReleases(releases.length)}
        {first && last ? (first === last ? ` in ${first}` : ` from ${first} to ${last}`) : ''}.
        {profile.ownCountries.length > 0 ? (
          <>
            {' '}
            Appears for{' '}
            {profile.ownCountries.map((code, index) => (
              <span key={code}>
                {index > 0 ? ', ' : ''}
                <Link to={paths.country(code)}>{countryName(corpus, code)}</Link>
              </span>
            ))}
            .
          </>
        ) : null}
      </p>
      <div className="person-grid">
        <section aria-labelledby="person-roles">
          <h2 id="person-roles">Roles</h2>
          {profile.roles.length > 0 ? (
            <ul>
              {profile.roles.map((span) => (
                <li key={span.role}>
                  <span dir="auto">{span.role}</span>{' '}
                  <span className="muted">
                    ({formatReleases(span.count)},{' '}
                    {span.firstYear === span.lastYear
                      ? span.firstYear
                      : `${span.firstYear}–${span.lastYear}`}
                    )
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No role is recorded.</p>
          )}
        </section>
        <section aria-labelledby="person-time">
          <h2 id="person-time">Over time</h2>
          <CountBars caption="Releases by year" bars={yearBars(releases)} />
        </section>
        <section aria-labelledby="person-people">
          <h2 id="person-people">Appears most with</h2>
          {profile.coPeople.length > 0 ? (
            <ol>
              {profile.coPeople.map((other) => (
                <li key={other.id}>
                  <Link to={paths.person(other.id)} dir="auto">
                    {other.name}
                  </Link>{' '}
                  <span className="muted">({formatReleases(other.count)})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">Nobody else is named in their releases.</p>
          )}
        </section>
        <section aria-labelledby="person-countries">
          <h2 id="person-countries">Countries involved</h2>
          {profile.countries.length > 0 ? (
            <ol>
              {profile.countries.map(([code, count]) => (
                <li key={code}>
                  <Link to={paths.country(code)}>{countryName(corpus, code)}</Link>{' '}
                  <span className="muted">({formatReleases(count)})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No country is named in their releases.</p>
          )}
        </section>
      </div>
      <section aria-labelledby="person-releases">
        <h2 id="person-releases">Releases, newest first</h2>
        <ReleaseList releases={releases} limit={50} label={`Releases naming ${profile.name}`} />
      </section>
    </article>
  );
}
