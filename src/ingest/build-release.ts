import { releaseSchema, type Release } from '../shared/release/release-schema.ts';
import { extractFacts } from './extract/extract-facts.ts';
import type { LineResult, ReleaseDraft } from './ingest-types.ts';
import { releaseId } from './release-id.ts';

/**
 * A parsed release plus its id and extracted facts, validated once here so that a fault in
 * extraction becomes a rejection with a line number instead of a corpus the app refuses.
 */
export function buildRelease(draft: ReleaseDraft, sample: boolean): LineResult<Release> {
  const facts = extractFacts({
    title: draft.title,
    body: draft.body,
    date: draft.date,
    ...(draft.sourceCountry ? { sourceCountry: draft.sourceCountry } : {}),
  });
  const parsed = releaseSchema.safeParse({
    id: releaseId(draft),
    ...draft,
    ...facts,
    ...(sample ? { sample: true } : {}),
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    line: 1,
    reason: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
  };
}
