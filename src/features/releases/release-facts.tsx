import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../shared/format/format-date.ts';
import { paths } from '../../shared/paths.ts';
import { RELEASE_TYPE_LABELS, type Release } from '../../shared/release/release-schema.ts';
import { safeWebUrl } from './safe-url.ts';

type Props = { release: Release; countryName: (code: string) => string };

function eventText(release: Release): string | undefined {
  const { eventDate, eventTime } = release;
  if (!eventDate && !eventTime) return undefined;
  const time = eventTime ? `${eventTime.start}${eventTime.end ? `–${eventTime.end}` : ''}` : '';
  return [eventDate ? formatDate(eventDate) : '', time].filter(Boolean).join(', ');
}

/** The release's particulars as a description list: dates, source, type, who and where. */
export function ReleaseFacts({ release, countryName }: Props) {
  const original = safeWebUrl(release.url);
  const event = eventText(release);
  return (
    <dl className="release-facts">
      <div>
        <dt>Date</dt>
        <dd>
          <time dateTime={release.date}>{formatDate(release.date)}</time>
        </dd>
      </div>
      {release.publishedAt ? (
        <div>
          <dt>Published</dt>
          <dd>
            <time dateTime={release.publishedAt}>{formatDateTime(release.publishedAt)}</time>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Source</dt>
        <dd dir="auto">
          {release.source}
          {release.category ? <span className="muted"> ({release.category})</span> : null}
        </dd>
      </div>
      <div>
        <dt>Type</dt>
        <dd>{RELEASE_TYPE_LABELS[release.type]}</dd>
      </div>
      {event ? (
        <div>
          <dt>Event</dt>
          <dd>{event}</dd>
        </div>
      ) : null}
      {release.people.length > 0 ? (
        <div>
          <dt>People</dt>
          <dd>
            <ul className="release-facts-list">
              {release.people.map((person, index) => (
                <li key={`${person.id}-${index}`}>
                  <Link to={paths.person(person.id)} dir="auto">
                    {person.name}
                  </Link>
                  {person.role ? <span dir="auto">, {person.role}</span> : null}
                  {person.country ? <span> ({countryName(person.country)})</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {release.countries.length > 0 ? (
        <div>
          <dt>Countries</dt>
          <dd>
            <ul className="release-facts-list inline-list">
              {release.countries.map((code) => (
                <li key={code}>
                  <Link to={paths.country(code)}>{countryName(code)}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {release.organizations.length > 0 ? (
        <div>
          <dt>Organizations</dt>
          <dd>
            <ul className="release-facts-list inline-list">
              {release.organizations.map((name, index) => (
                <li key={`${name}-${index}`} dir="auto">
                  {name}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {original ? (
        <div>
          <dt>Original</dt>
          <dd>
            <a href={original} rel="noopener noreferrer" className="release-original">
              {original}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
