import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../format/format-date.ts';
import { paths } from '../paths.ts';
import { RELEASE_TYPE_LABELS, type Release } from '../release/release-schema.ts';
import './release-list.css';

type Props = {
  releases: readonly Release[];
  /** Show this many at first, with a button for the rest; all when undefined. */
  limit?: number;
  /** Names the list for assistive technology, e.g. "Releases involving Japan". */
  label?: string;
};

export function ReleaseItem({ release }: { release: Release }) {
  return (
    <>
      <Link to={paths.release(release.id)} dir="auto" className="release-list-title">
        {release.title}
      </Link>
      <span className="release-list-meta muted">
        <time dateTime={release.date}>{formatDate(release.date)}</time>
        {' · '}
        {RELEASE_TYPE_LABELS[release.type]}
        {' · '}
        <span dir="auto">{release.source}</span>
      </span>
    </>
  );
}

/** Releases as a list of links, capped for long lists so a big page stays quick. */
export function ReleaseList({ releases, limit, label }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll || limit === undefined ? releases : releases.slice(0, limit);
  const hidden = releases.length - shown.length;
  return (
    <>
      <ul className="release-list" aria-label={label}>
        {shown.map((release) => (
          <li key={release.id}>
            <ReleaseItem release={release} />
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button
          type="button"
          className="release-list-more no-print"
          onClick={() => setShowAll(true)}
        >
          Show all {releases.length.toLocaleString('en-GB')} releases
        </button>
      ) : null}
    </>
  );
}
