import { formatDate } from '../../shared/format/format-date.ts';
import type { Release } from '../../shared/release/release-schema.ts';

/** Issuing body, title, date and permalink, in the order a reference list gives them. */
export function formatCitation(release: Release, permalink: string): string {
  return `${release.source}. "${release.title}". ${formatDate(release.date)}. ${permalink}`;
}
