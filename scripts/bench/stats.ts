export type Summary = { p50: number; p95: number; max: number; count: number; timedOut: number };

/** Nearest-rank percentile: always one of the measured values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export function summarize(values: readonly (number | undefined)[]): Summary {
  const done = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  return {
    p50: percentile(done, 0.5),
    p95: percentile(done, 0.95),
    max: done[done.length - 1] ?? Number.NaN,
    count: done.length,
    timedOut: values.length - done.length,
  };
}
