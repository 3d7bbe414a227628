import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest, tempDir } from './ingest-helpers.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A White House-style Markdown release, written for this test. */
function markdown(date: string, title: string, body: string): string {
  return [
    '---',
    `date: '${date}'`,
    `published_time: ${date} 12:00:00-04:00`,
    `source_url: https://example.org/briefing-room/${date}/${date.replace(/-/g, '')}/`,
    `title: "${title}"`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  dirs.push(dir);
  mkdirSync(path.join(dir, 'in'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'in', name), text);
  return dir;
}

type Written = { releases: { title: string; people: { id: string; name: string }[] }[] };

const peopleIn = (out: string) => {
  const corpus = JSON.parse(readFileSync(path.join(out, 'corpus.json'), 'utf8')) as Written;
  return corpus.releases.map((r) => r.people.map((p) => `${p.id}: ${p.name}`).join(', '));
};

describe('ingest: one person, one id across releases and runs', () => {
  it('writes one id for the spellings of one person, in this run and the corpus before it', async () => {
    const first = folder({
      'call.md': markdown(
        '2024-04-02',
        'Readout of President Elena Marsh Call with Prime Minister Odile Ravel of France',
        'President Elena Marsh spoke today with Prime Minister Odile Ravel of France about ocean data.',
      ),
      'storm.md': markdown(
        '2024-04-05',
        'Statement by President Elena Marsh Three Years After the Harbor Storm',
        'Three years ago today the storm reached the harbor. We remember those we lost.',
      ),
    });
    const out = path.join(first, 'out');
    const dry = await ingest([path.join(first, 'in'), '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const printed = JSON.parse(dry.stdout) as Written['releases'];
    // Newest first, as the corpus is ordered.
    expect(printed.map((r) => r.people.map((p) => p.id))).toEqual([
      ['elena-marsh'],
      ['elena-marsh', 'odile-ravel'],
    ]);

    expect((await ingest([path.join(first, 'in'), '--out', out])).code).toBe(0);
    const second = folder({
      'visit.md': markdown(
        '2024-05-10',
        'Readout of President Elena J. Marsh Meeting with Prime Minister Ravel of France',
        'President Elena J. Marsh met Prime Minister Ravel of France in the Oval Office.',
      ),
    });
    expect((await ingest([path.join(second, 'in'), '--out', out])).code).toBe(0);
    // "Elena Marsh" and "Elena J. Marsh" are written once each: the fuller name is kept.
    expect(peopleIn(out)).toEqual([
      'elena-j-marsh: Elena J. Marsh, odile-ravel: Odile Ravel',
      'elena-j-marsh: Elena J. Marsh',
      'elena-j-marsh: Elena J. Marsh, odile-ravel: Odile Ravel',
    ]);
    const corpus = readFileSync(path.join(out, 'corpus.json'), 'utf8');

    // The same files in one run, or the second batch ingested again, give the same corpus.
    const once = path.join(second, 'once');
    const all = [path.join(first, 'in'), path.join(second, 'in')];
    expect((await ingest([...all, '--out', once])).code).toBe(0);
    expect(readFileSync(path.join(once, 'corpus.json'), 'utf8')).toBe(corpus);
    expect((await ingest([path.join(second, 'in'), '--out', out])).code).toBe(0);
    expect(readFileSync(path.join(out, 'corpus.json'), 'utf8')).toBe(corpus);
  });
});
