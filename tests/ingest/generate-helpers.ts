import type { GeneratedRelease } from '../../src/ingest/generate/generate-releases.ts';

/** The parts of a generated file, split by the layout the distribution format prescribes. */
export type Layout = {
  ministry: string;
  header: string;
  title: string;
  paragraphs: string[];
};

/** Splits on the exact blank-line layout; returns undefined when the layout is off anywhere. */
export function layoutOf(text: string): Layout | undefined {
  const match = /^([^\n]+)\n\n([^\n]+)\n\n([^\n]+)\n\n\n([\s\S]+)\n$/.exec(text);
  if (!match) return undefined;
  const [, ministry = '', header = '', title = '', rest = ''] = match;
  const paragraphs = rest.split('\n\n');
  // A paragraph that is empty or holds a line break means the blank lines were wrong.
  if (paragraphs.some((p) => p.length === 0 || p.includes('\n'))) return undefined;
  return { ministry, header, title, paragraphs };
}

export function bodyOf(release: GeneratedRelease): string {
  return layoutOf(release.text)?.paragraphs.join('\n\n') ?? '';
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
