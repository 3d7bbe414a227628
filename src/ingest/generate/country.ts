/** How a country's people are named: in Korea, Japan, China and Vietnam the family name comes first. */
export type NamePool = {
  order: 'family-first' | 'given-first';
  given: readonly string[];
  /** Every country's family names are its own, so "Minister Mori" can only mean one person. */
  family: readonly string[];
};

export type Country = {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** As prose names it mid-sentence: "Japan", "the United States". */
  name: string;
  /** In compounds such as "Korea-Japan relations". */
  short: string;
  adjective: string;
  capital: string;
  /** Head of government or state as releases title them: "Prime Minister", "President". */
  leader: string;
  foreignMinister: string;
  /** The title kept in later references: "Minister" in "Minister Mori". */
  foreignMinisterShort: string;
  names: NamePool;
};

/** Name lists are written as one comma-separated string to keep the data files readable. */
export function list(text: string): string[] {
  return text.split(',').map((item) => item.trim());
}
