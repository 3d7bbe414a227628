import { screen, waitFor, within } from '@testing-library/react';
import { searchCountries, searchReleases } from '../shared/search-fixture.ts';
import { corpusText } from './render-app.tsx';

export const fixtureCorpus = (extra: unknown[] = []) =>
  corpusText([...searchReleases, ...extra], { countries: searchCountries });

export const findSearchBox = () => screen.findByRole('searchbox', { name: 'Search releases' });

/**
 * The view updates in a router transition after each change; on a busy shared machine that
 * can take seconds, so waits are generous (they end as soon as the condition holds).
 */
const WAIT = 10_000;

export const eventually = (assertion: () => void) => waitFor(assertion, { timeout: WAIT });

/** Waits until the live result count reads exactly text ("3 releases"). */
export async function expectCount(text: string) {
  await screen.findByText(text, { selector: '[role="status"]' }, { timeout: WAIT });
}

/** The titles of the listed results, in order. */
export function resultTitles(): string[] {
  const section = screen.getByRole('region', { name: 'Results' });
  return within(section)
    .queryAllByRole('heading', { level: 3 })
    .filter((h) => h.closest('li'))
    .map((h) => h.textContent ?? '');
}

export function facet(legend: string) {
  return within(screen.getByRole('group', { name: legend }));
}

/** The count shown beside a facet value: its checkbox's description. */
export function facetCount(legend: string, value: string): string | null {
  const box = facet(legend).getByRole('checkbox', { name: value });
  const id = box.getAttribute('aria-describedby') ?? '';
  return document.getElementById(id)?.firstChild?.textContent ?? null;
}

export function currentSearch(router: { state: { location: { search: string } } }) {
  return new URLSearchParams(router.state.location.search);
}
