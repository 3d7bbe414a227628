import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './cli-args.ts';
import { isReleaseFile } from './parse-file.ts';
import { shownPath } from './shown-text.ts';

/** A bound the input exceeds: the run stops, whatever --keep-going says. */
export class LimitError extends Error {
  override name = 'LimitError';
}

export type WalkNote = { path: string; note: string };
export type Walk = { files: string[]; notes: WalkNote[] };

const inside = (root: string, target: string) =>
  target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The release files named by the inputs, folders read recursively in name order. Non-release
 * files are skipped with a note; symlinks are followed only while they stay in their input
 * folder, and what they point to is never opened otherwise. Counting entries as they stream
 * keeps a runaway tree from filling memory: the walk stops at the first entry over the limit.
 */
export async function walkInputs(inputs: string[], maxEntries: number): Promise<Walk> {
  const walk: Walk = { files: [], notes: [] };
  const seen = new Set<string>();
  let entries = 0;
  const note = (file: string, text: string) => walk.notes.push({ path: file, note: text });
  const addFile = (file: string, real: string) => {
    if (!seen.has(real)) walk.files.push(file);
    seen.add(real);
  };

  async function visitFolder(
    folder: string,
    realFolder: string,
    root: string,
    visited: Set<string>,
  ) {
    const dirents: Dirent[] = [];
    for await (const entry of await opendir(folder)) {
      entries += 1;
      if (entries > maxEntries) {
        throw new LimitError(
          `more than ${maxEntries.toLocaleString('en-US')} entries under the inputs; ingest a smaller folder at a time`,
        );
      }
      dirents.push(entry);
    }
    for (const entry of dirents.sort((a, b) => byName(a.name, b.name))) {
      const full = path.join(folder, entry.name);
      // Hidden entries (.git, .DS_Store) are tooling, never releases.
      if (entry.name.startsWith('.')) {
        note(full, 'skipped, hidden');
        continue;
      }
      let real = path.join(realFolder, entry.name);
      let kind: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        // realpath fails on a dangling link and on a loop of links (ELOOP) alike.
        real = await realpath(full).catch(() => '');
        if (!real) {
          note(full, 'skipped, broken symlink or symlink loop');
          continue;
        }
        if (!inside(root, real)) {
          note(full, 'skipped, symlink leads outside its input folder');
          continue;
        }
        kind = await stat(real);
      }
      if (kind.isDirectory()) {
        // A symlink back to a parent would otherwise loop for ever.
        if (visited.has(real)) {
          note(full, 'skipped, folder already read (a symlink loop or a second link to it)');
          continue;
        }
        visited.add(real);
        await visitFolder(full, real, root, visited);
      } else if (kind.isFile() && isReleaseFile(entry.name)) {
        addFile(full, real);
      } else {
        note(full, 'skipped, not a release file');
      }
    }
  }

  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${shownPath(input)}`);
    const real = await realpath(input);
    if (info.isDirectory()) await visitFolder(input, real, real, new Set([real]));
    // A FIFO or a device would block or never end: only regular files are read.
    else if (info.isFile()) addFile(input, real);
    else throw new UsageError(`not a file or folder: ${shownPath(input)}`);
  }
  return walk;
}
