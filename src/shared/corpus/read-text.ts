import { slicer } from '../tasks/slicer.ts';

/** Bytes decoded at a time: well under a slice's worth of work on a slow machine. */
const PIECE = 64 * 1024;

/**
 * The text of a response, decoded a piece at a time with pauses (see slicer). Chromium's
 * `Response.text()` decodes a large file in one task on the main thread: 300-600 ms for the
 * 8.5 MB catalogue of 10,000 releases, while a reader's first keys waited to show. The bytes
 * are gathered first and decoded once all have come: decoding while the download went on
 * slowed what the page did meanwhile (a release opened at 100,000 releases, 240 -> 300-370 ms).
 */
export async function readText(response: Response, pause = slicer()): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
  }
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (const bytes of chunks) {
    for (let at = 0; at < bytes.length; at += PIECE) {
      await pause();
      parts.push(decoder.decode(bytes.subarray(at, at + PIECE), { stream: true }));
    }
  }
  parts.push(decoder.decode());
  // Joining the pieces of the 10,000-release catalogue took about 100 ms: the caller's next
  // pause (the same `pause`) comes before any more work.
  return parts.join('');
}
