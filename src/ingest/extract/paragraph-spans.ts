import { findCountrySpans, type CountrySpan } from './find-countries.ts';
import { findOrganizationSpans, type OrganizationSpan } from './organizations.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One normalized paragraph, tokenized once, with its country and organization mentions. */
export type Paragraph = {
  text: string;
  tokens: Token[];
  countries: CountrySpan[];
  organizations: OrganizationSpan[];
  countryStartingAt: Map<number, CountrySpan>;
  countryEndingAt: Map<number, CountrySpan>;
  organizationStartingAt: Map<number, OrganizationSpan>;
  organizationEndingAt: Map<number, OrganizationSpan>;
};

export function readParagraph(text: string, sourceCountry: string | undefined): Paragraph {
  const tokens = tokenize(text);
  const countries = findCountrySpans(text, tokens, sourceCountry);
  const organizations = findOrganizationSpans(text, tokens);
  return {
    text,
    tokens,
    countries,
    organizations,
    countryStartingAt: new Map(countries.map((span) => [span.start, span])),
    countryEndingAt: new Map(countries.map((span) => [span.end, span])),
    organizationStartingAt: new Map(organizations.map((span) => [span.start, span])),
    organizationEndingAt: new Map(organizations.map((span) => [span.end, span])),
  };
}
