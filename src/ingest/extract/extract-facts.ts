import type { Person, ReleaseType } from '../../shared/release/release-schema.ts';
import { findEventDate, findEventTime } from './event-date.ts';
import { findMentions } from './find-mentions.ts';
import { normalizeText } from './normalize-text.ts';
import { readParagraph } from './paragraph-spans.ts';
import { releaseType } from './release-type.ts';
import { resolvePeople } from './resolve-people.ts';

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

const MAX_PEOPLE = 500;

function firstFound<T>(
  texts: readonly string[],
  find: (text: string) => T | undefined,
): T | undefined {
  for (const text of texts) {
    const found = find(text);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Facts read from a release's title and paragraphs; pure, and linear in the length of the text. */
export function extractFacts(input: ExtractInput): ExtractedFacts {
  const title = normalizeText(input.title);
  const body = input.body.map(normalizeText).filter((text) => text !== '');
  const paragraphs = [title, ...body].map((text) => readParagraph(text, input.sourceCountry));
  // The body says when the event happened; a date in the title is the fallback.
  const dateOrder = [...body, title];
  const eventDate = firstFound(dateOrder, (text) => findEventDate(text, input.date));
  const eventTime = firstFound(dateOrder, findEventTime);
  // Body first: titles are in Title Case, where a name can run into the next word
  // ("Colin Marsh Leading the…"); the body's spelling of a name is the one kept.
  const [titleParagraph, ...bodyParagraphs] = paragraphs;
  const mentions = [...bodyParagraphs, ...(titleParagraph ? [titleParagraph] : [])].flatMap(
    findMentions,
  );
  // The schema caps a release at 500 people; a list of nominees could pass that.
  const people = resolvePeople(mentions, input.sourceCountry).slice(0, MAX_PEOPLE);
  const countries = new Set(paragraphs.flatMap((p) => p.countries.map((span) => span.value)));
  if (input.sourceCountry) countries.add(input.sourceCountry);
  for (const person of people) if (person.country) countries.add(person.country);
  const organizations = new Set(
    paragraphs.flatMap((p) => p.organizations.map((span) => span.value)),
  );
  return {
    type: releaseType(title, body[0] ?? ''),
    ...(eventDate === undefined ? {} : { eventDate }),
    ...(eventTime === undefined ? {} : { eventTime }),
    people,
    countries: [...countries].sort(),
    organizations: [...organizations].sort(),
  };
}
