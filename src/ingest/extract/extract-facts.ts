import type { Person, ReleaseType } from '../../shared/release/release-schema.ts';

/** What extraction reads: the release's own words, and where it came from. */
export type ExtractInput = {
  title: string;
  body: string[];
  /** The issuing body's country, when known (KR for the Korean ministry, US for the White House). */
  sourceCountry?: string;
  /** Publication date, YYYY-MM-DD: the year an event date without one falls in. */
  date: string;
};

export type ExtractedFacts = {
  type: ReleaseType;
  eventDate?: string;
  eventTime?: { start: string; end?: string };
  people: Person[];
  countries: string[];
  organizations: string[];
};

// Placeholder: replaced by the real extraction.
export function extractFacts(input: ExtractInput): ExtractedFacts {
  return {
    type: 'other',
    people: [],
    countries: input.sourceCountry ? [input.sourceCountry] : [],
    organizations: [],
  };
}
