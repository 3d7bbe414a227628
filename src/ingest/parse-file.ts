import { buildRelease } from './build-release.ts';
import { decodeBytes } from './decode-bytes.ts';
import type { FileOutcome, LineResult, ReleaseDraft } from './ingest-types.ts';
import { parseJsonReleases, parseNdjsonReleases, type JsonParse } from './parse-json-releases.ts';
import { parseMarkdownRelease } from './parse-markdown-release.ts';
import { parseTextRelease } from './parse-text-release.ts';

export const RELEASE_EXTENSIONS = ['.txt', '.md', '.json', '.ndjson', '.jsonl'] as const;

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function isReleaseFile(path: string): boolean {
  return (RELEASE_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/** Why a file is not read at all, judged by its name alone (so before any byte is read). */
export function fileTypeProblem(path: string): string | undefined {
  if (isReleaseFile(path)) return undefined;
  const extension = extensionOf(path);
  return `unknown file type "${extension || 'no extension'}": expected ${RELEASE_EXTENSIONS.join(', ')}`;
}

function fromDraft(path: string, draft: LineResult<ReleaseDraft>, sample: boolean): FileOutcome {
  if (!draft.ok)
    return { accepted: [], rejected: [{ path, line: draft.line, reason: draft.reason }] };
  const built = buildRelease(draft.value, sample);
  if (!built.ok)
    return { accepted: [], rejected: [{ path, line: built.line, reason: built.reason }] };
  return { accepted: [{ release: built.value, path, line: 1 }], rejected: [] };
}

function fromJson(path: string, parsed: JsonParse, sample: boolean): FileOutcome {
  return {
    accepted: parsed.records.map(({ release, line }) => ({
      release: sample ? { ...release, sample: true } : release,
      path,
      line,
    })),
    rejected: parsed.problems.map(({ line, reason }) => ({ path, line, reason })),
  };
}

/** One input file's bytes to accepted releases and rejections; no I/O, so tests call it directly. */
export function parseFile(
  path: string,
  bytes: Uint8Array,
  options: { sample: boolean },
): FileOutcome {
  const extension = extensionOf(path);
  const typeProblem = fileTypeProblem(path);
  if (typeProblem) return { accepted: [], rejected: [{ path, line: 1, reason: typeProblem }] };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    return { accepted: [], rejected: [{ path, line: decoded.line, reason: decoded.reason }] };
  const text = decoded.value;
  switch (extension) {
    case '.txt':
      return fromDraft(path, parseTextRelease(text), options.sample);
    case '.md':
      return fromDraft(path, parseMarkdownRelease(text), options.sample);
    case '.json':
      return fromJson(path, parseJsonReleases(text), options.sample);
    default:
      return fromJson(path, parseNdjsonReleases(text), options.sample);
  }
}
