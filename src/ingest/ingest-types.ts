import type { Release } from '../shared/release/release-schema.ts';

/** A result that, when it fails, says on which line of the file and why. */
export type LineResult<T> = { ok: true; value: T } | { ok: false; line: number; reason: string };

/** What a text or Markdown release says, before it gets an id and extracted facts. */
export type ReleaseDraft = {
  title: string;
  date: string;
  publishedAt?: string;
  source: string;
  sourceCountry?: string;
  category?: string;
  url?: string;
  body: string[];
};

/** A record refused, as printed: `path:line: reason`. */
export type Rejection = { path: string; line: number; reason: string };

/** An accepted record and where it came from, for messages about it later. */
export type Located = { release: Release; path: string; line: number };

export type FileOutcome = { accepted: Located[]; rejected: Rejection[] };
