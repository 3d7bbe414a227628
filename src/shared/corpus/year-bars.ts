import type { Release } from '../release/release-schema.ts';
import type { CountBar } from '../ui/count-bars.tsx';

/** Releases per year, every year from the first to the last present, so gaps show as zero. */
export function yearBars(releases: readonly Release[]): CountBar[] {
  const counts = new Map<number, number>();
  for (const release of releases) {
    const year = Number(release.date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const bars: CountBar[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    bars.push({ key: String(year), label: String(year), count: counts.get(year) ?? 0 });
  }
  return bars;
}
