import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** A size as messages show it: "1,234 bytes", "5 MB". */
export const byteSize = (bytes: number) =>
  bytes >= 1_000_000
    ? `${Number((bytes / 1_000_000).toFixed(1)).toLocaleString('en-US')} MB`
    : `${bytes.toLocaleString('en-US')} bytes`;

const tooBig = (bytes: number, maxBytes: number): ReadResult => ({
  ok: false,
  reason: `file is ${byteSize(bytes)}, over the ${byteSize(maxBytes)} limit for one file`,
});

/** At most `limit` bytes from the handle, into a buffer that grows only as bytes arrive. */
async function readUpTo(handle: FileHandle, first: number, limit: number): Promise<Uint8Array> {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(first, 4096), limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

/**
 * A whole file, unless it is larger than maxBytes: the size is checked on the open handle before
 * any byte is read, and the read itself stops one byte past the limit, so a file that grows
 * meanwhile (or a device that reports no size) cannot fill memory either.
 */
export async function readBounded(file: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, 'r');
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stats.size > maxBytes) return tooBig(stats.size, maxBytes);
    const bytes = await readUpTo(handle, stats.size + 1, maxBytes + 1);
    if (bytes.length > maxBytes)
      return { ok: false, reason: `file grew over the ${byteSize(maxBytes)} limit for one file` };
    return { ok: true, bytes };
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
