import { clock, usDate, type Day } from './calendar.ts';

export type ReleaseText = {
  ministry: string;
  pubDay: Day;
  /** Minutes after midnight. */
  pubMinutes: number;
  title: string;
  paragraphs: readonly string[];
};

/**
 * The plain-text distribution format the ingest command reads: ministry, blank line, date line,
 * blank line, title, two blank lines, paragraphs separated by one blank line, final newline.
 */
export function formatRelease(release: ReleaseText): string {
  const date = usDate(release.pubDay);
  const header = `${date} | News release | Distributed by Public on ${date} ${clock(release.pubMinutes)}`;
  return `${release.ministry}\n\n${header}\n\n${release.title}\n\n\n${release.paragraphs.join('\n\n')}\n`;
}
