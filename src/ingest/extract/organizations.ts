import { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/**
 * Display name → the spellings releases use. Acronyms are matched case-sensitively,
 * so "WHO" is the World Health Organization and "who" is not.
 */
const ORGANIZATIONS: Record<string, readonly string[]> = {
  'United Nations': ['United Nations', 'UN', 'U.N.'],
  'UN Security Council': [
    'UN Security Council',
    'U.N. Security Council',
    'United Nations Security Council',
    'UNSC',
  ],
  'UN General Assembly': [
    'UN General Assembly',
    'U.N. General Assembly',
    'United Nations General Assembly',
    'UNGA',
  ],
  'UN Human Rights Council': [
    'UN Human Rights Council',
    'United Nations Human Rights Council',
    'Human Rights Council',
  ],
  UNICEF: ['UNICEF'],
  UNHCR: ['UNHCR', 'UN Refugee Agency', 'United Nations High Commissioner for Refugees'],
  'World Food Programme': ['World Food Programme', 'World Food Program', 'WFP'],
  UNESCO: ['UNESCO'],
  ASEAN: ['ASEAN', 'Association of Southeast Asian Nations'],
  G7: ['G7', 'G-7', 'Group of Seven'],
  G20: ['G20', 'G-20', 'Group of Twenty'],
  NATO: ['NATO', 'North Atlantic Treaty Organization'],
  'European Union': ['European Union', 'EU', 'E.U.'],
  'European Commission': ['European Commission'],
  'European Council': ['European Council'],
  'Council of Europe': ['Council of Europe'],
  'African Union': ['African Union'],
  'World Health Organization': ['World Health Organization', 'WHO'],
  'World Trade Organization': ['World Trade Organization', 'WTO'],
  IAEA: ['IAEA', 'International Atomic Energy Agency'],
  OECD: ['OECD', 'Organisation for Economic Co-operation and Development'],
  APEC: ['APEC', 'Asia-Pacific Economic Cooperation'],
  Quad: ['Quad', 'Quadrilateral Security Dialogue'],
  IMF: ['IMF', 'International Monetary Fund'],
  'World Bank': ['World Bank'],
  OSCE: ['OSCE', 'Organization for Security and Co-operation in Europe'],
  'Pacific Islands Forum': ['Pacific Islands Forum'],
  'Organization of American States': ['Organization of American States', 'OAS'],
  'Arab League': ['Arab League', 'League of Arab States'],
  'Gulf Cooperation Council': ['Gulf Cooperation Council', 'GCC'],
  // Not "SCO": the acronym has unrelated meanings in US releases.
  'Shanghai Cooperation Organisation': ['Shanghai Cooperation Organisation'],
  BRICS: ['BRICS'],
  'International Criminal Court': ['International Criminal Court'],
  'International Court of Justice': ['International Court of Justice', 'ICJ'],
  Interpol: ['Interpol', 'INTERPOL'],
  'East Asia Summit': ['East Asia Summit'],
  'ASEAN Regional Forum': ['ASEAN Regional Forum'],
};

/** Names that contain an organization's words but are national bodies. */
const NOT_ORGANIZATIONS = ['National Security Council'];

let cached: PhraseMatcher<string | null> | undefined;

function organizationMatcher(): PhraseMatcher<string | null> {
  if (!cached) {
    const matcher = new PhraseMatcher<string | null>();
    for (const phrase of NOT_ORGANIZATIONS) matcher.add(phrase, null);
    for (const [name, spellings] of Object.entries(ORGANIZATIONS)) {
      for (const spelling of spellings) matcher.add(spelling, name);
    }
    cached = matcher;
  }
  return cached;
}

export type OrganizationSpan = { start: number; end: number; value: string };

export function findOrganizationSpans(text: string, tokens: readonly Token[]): OrganizationSpan[] {
  const spans: OrganizationSpan[] = [];
  for (const match of organizationMatcher().findAll(text, tokens)) {
    if (match.value !== null)
      spans.push({ start: match.start, end: match.end, value: match.value });
  }
  return spans;
}
