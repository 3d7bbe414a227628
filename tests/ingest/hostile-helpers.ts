import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './ingest-helpers.ts';

/** An invented release in the plain-text format; the people and the meeting are fictional. */
export function textRelease({
  title = 'Korea–Portugal Vice Ministers Discuss Ocean Research',
  body = [
    'Vice Minister Yoon Da-eun met Portuguese Secretary of State Beatriz Caldeira in Seoul on May 1, 2024.',
    'The two sides agreed to hold a joint seminar on deep-sea research in Lisbon next year.',
  ],
  header = '05/02/2024 | Press release | Distributed by Public on 05/02/2024 10:00',
} = {}): string {
  return [
    'Ministry of Foreign Affairs of the Republic of Korea',
    '',
    header,
    '',
    title,
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/** The same kind of release as Markdown with front matter; `title` is written as given. */
export function markdownRelease({
  title = 'Readout of a Call with Foreign Minister Tomas Arvelo of Chile',
  body = ['Secretary Dana Whitfield spoke today with Foreign Minister Tomas Arvelo of Chile.'],
} = {}): string {
  return ['---', `title: ${title}`, "date: '2023-09-12'", '---', '', body.join('\n\n'), ''].join(
    '\n',
  );
}

export const utf8 = (text: string) => Buffer.from(text, 'utf8');
export const concat = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Buffer.from(p))));

/** A fresh temp folder per call, removed after each test. */
export function tempDirsPerTest(): () => string {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir;
  };
}

export function writeIn(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** corpus.json of an output folder, as text, or undefined when nothing was written. */
export function corpusText(out: string): string | undefined {
  const file = path.join(out, 'corpus.json');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export type CorpusRelease = { id: string; title: string; body: string[]; url?: string };
export const corpusReleases = (text: string) =>
  (JSON.parse(text) as { releases: CorpusRelease[] }).releases;
