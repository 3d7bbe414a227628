import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export type FileSize = { name: string; raw: number; gzip: number };

// Keyed by inode: the same corpus is hard-linked into each site and gzipped once.
const cache = new Map<string, number>();

/** The size a static host sends with gzip at level 6, the common default. */
export async function gzipSize(file: string): Promise<number> {
  const stat = statSync(file);
  const key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const size = (await gzipAsync(readFileSync(file), { level: 6 })).length;
  cache.set(key, size);
  return size;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export async function fileSizes(dir: string, names = listFiles(dir)): Promise<FileSize[]> {
  const sizes: FileSize[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    sizes.push({ name, raw: statSync(file).size, gzip: await gzipSize(file) });
  }
  return sizes;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
export const size = (bytes: number) => (bytes >= 1e6 ? MB(bytes) : kB(bytes));
