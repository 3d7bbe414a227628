import type { FileOutcome } from './ingest-types.ts';
import { byteSize, readBounded } from './file-io.ts';
import { mapBounded } from './map-bounded.ts';
import { fileTypeProblem, parseFile } from './parse-file.ts';
import { LimitError } from './walk-inputs.ts';

/** The documented bounds; tests lower them. */
export const DEFAULT_LIMITS = {
  maxFileBytes: 5_000_000,
  maxEntries: 1_000_000,
  // The largest corpus a later run will merge into: more input than that makes one it refuses.
  maxTotalBytes: 256_000_000,
};

export type Limits = typeof DEFAULT_LIMITS;

const READ_CONCURRENCY = 16;

/**
 * Each file read (within the per-file and total limits) and parsed. What is parsed is kept, so
 * the total limit is what bounds the memory of a run; hitting it stops the run with a LimitError.
 */
export async function readInputs(
  files: string[],
  options: { sample: boolean; limits: Limits; onFile: () => void },
): Promise<FileOutcome[]> {
  const { maxFileBytes, maxTotalBytes } = options.limits;
  let total = 0;
  return mapBounded(files, READ_CONCURRENCY, async (file): Promise<FileOutcome> => {
    const typeProblem = fileTypeProblem(file);
    const read = typeProblem
      ? { ok: false as const, reason: typeProblem }
      : await readBounded(file, maxFileBytes);
    options.onFile();
    if (!read.ok) return { accepted: [], rejected: [{ path: file, line: 1, reason: read.reason }] };
    total += read.bytes.length;
    if (total > maxTotalBytes) {
      throw new LimitError(
        `the inputs hold more than ${byteSize(maxTotalBytes)} in all; ingest a smaller folder at a time`,
      );
    }
    return parseFile(file, read.bytes, { sample: options.sample });
  });
}
