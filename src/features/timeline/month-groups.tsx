import { useState } from 'react';
import { formatMonth } from '../../shared/format/format-date.ts';
import type { Release } from '../../shared/release/release-schema.ts';
import { ReleaseItem } from '../../shared/ui/release-list.tsx';

const STEP = 200;

/** Releases under a heading per month; long runs are shown a step at a time. */
export function MonthGroups({ releases }: { releases: readonly Release[] }) {
  const [limit, setLimit] = useState(STEP);
  const groups: { month: string; releases: Release[] }[] = [];
  for (const release of releases.slice(0, limit)) {
    const month = release.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.releases.push(release);
    else groups.push({ month, releases: [release] });
  }
  const hidden = releases.length - Math.min(limit, releases.length);
  return (
    <>
      {groups.map((group) => (
        <section key={group.month} aria-labelledby={`month-${group.month}`}>
          <h3 id={`month-${group.month}`}>{formatMonth(group.month)}</h3>
          <ul className="release-list">
            {group.releases.map((release) => (
              <li key={release.id}>
                <ReleaseItem release={release} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {hidden > 0 ? (
        <button type="button" className="no-print" onClick={() => setLimit(limit + STEP)}>
          Show {Math.min(STEP, hidden).toLocaleString('en-GB')} more of{' '}
          {hidden.toLocaleString('en-GB')} not shown
        </button>
      ) : null}
    </>
  );
}
