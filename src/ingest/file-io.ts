import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const size = (bytes: number) =>
  bytes >= 1_000_000
    ? `${Number((bytes / 1_000_000).toFixed(1))} MB`
    : `${bytes.toLocaleString('en-US')} bytes`;

/** A whole file, unless it is larger than maxBytes: checked on the open handle, before reading. */
export async function readBounded(file: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, 'r');
    const stats = await handle.stat();
    if (stats.size > maxBytes) {
      return {
        ok: false,
        reason: `file is ${size(stats.size)}, over the ${size(maxBytes)} limit for one file`,
      };
    }
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, reason: `cannot read the file (${code})` };
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `file` all at once: the text goes to a temporary file in the same folder (so the
 * rename cannot cross file systems) and is renamed over it. A crash leaves the old file whole.
 */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const temp = path.join(
    folder,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
