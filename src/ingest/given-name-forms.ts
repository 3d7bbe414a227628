/**
 * Short forms of English given names that public figures go by ("Joe Biden", "Marty Walsh")
 * while formal documents spell them out ("Joseph R. Biden, Jr.", "Martin J. Walsh"). Only forms
 * that stand for one formal name are listed, so that two spellings meet on one key.
 */
const FORMAL: Record<string, string> = {
  joe: 'joseph',
  marty: 'martin',
  bill: 'william',
  will: 'william',
  bob: 'robert',
  rob: 'robert',
  jim: 'james',
  jimmy: 'james',
  mike: 'michael',
  tom: 'thomas',
  tony: 'anthony',
  chuck: 'charles',
  charlie: 'charles',
  dick: 'richard',
  rich: 'richard',
  ted: 'edward',
  ed: 'edward',
  dan: 'daniel',
  dave: 'david',
  steve: 'steven',
  ben: 'benjamin',
  nick: 'nicholas',
  pete: 'peter',
  andy: 'andrew',
  liz: 'elizabeth',
  beth: 'elizabeth',
  kate: 'katherine',
  jen: 'jennifer',
  jenny: 'jennifer',
  sam: 'samuel',
  tim: 'timothy',
  greg: 'gregory',
  jeff: 'jeffrey',
  matt: 'matthew',
  pat: 'patrick',
};

/** The slug of a given name as formally written: "joe" → "joseph"; others as they are. */
export const formalGivenName = (slug: string): string => FORMAL[slug] ?? slug;
