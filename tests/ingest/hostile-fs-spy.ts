import type * as fsp from 'node:fs/promises';

/** What the ingest command did to the file system: every path opened, bytes read, entries listed. */
export type FsRecord = { opened: string[]; bytesRead: number; entriesListed: number };

export const emptyRecord = (): FsRecord => ({ opened: [], bytesRead: 0, entriesListed: 0 });

export function resetRecord(record: FsRecord): void {
  Object.assign(record, emptyRecord());
}

type Fsp = typeof fsp;

/**
 * Replacements for `open` and `opendir` that record into `record` and otherwise behave as the
 * real ones; for vi.mock('node:fs/promises'), so a test can prove what was never read.
 */
export function recordingFs(real: Fsp, record: FsRecord): Pick<Fsp, 'open' | 'opendir'> {
  const open: Fsp['open'] = async (file, ...rest) => {
    record.opened.push(String(file));
    const handle = await real.open(file, ...rest);
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'read') {
          return async (...args: Parameters<typeof target.read>) => {
            const result = await target.read(...args);
            record.bytesRead += result.bytesRead;
            return result;
          };
        }
        if (key === 'readFile') {
          return async (...args: Parameters<typeof target.readFile>) => {
            const result = await target.readFile(...args);
            record.bytesRead += result.length;
            return result;
          };
        }
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  };
  const opendir: Fsp['opendir'] = async (...args) => {
    const dir = await real.opendir(...args);
    async function* entries() {
      for await (const entry of dir) {
        record.entriesListed += 1;
        yield entry;
      }
    }
    // The walk only iterates a folder; iterating to the end, or breaking off, closes it.
    return { [Symbol.asyncIterator]: entries } as unknown as typeof dir;
  };
  return { open, opendir };
}
