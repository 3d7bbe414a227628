import { list } from './country.ts';

export type Title = { title: string; short: string };

/** A ministry whose releases the sample corpus contains. */
export type Issuer = {
  /** The country whose foreign ministry this is; its data lives in the country tables. */
  code: string;
  /** Line 1 of every release. */
  ministry: string;
  /** "the Government of Japan": who acts in statements and aid. */
  government: string;
  vice: Title;
  spokesperson: Title;
  /** How often this ministry publishes, relative to the others. */
  weight: number;
  /** Countries it deals with most, drawn more often as counterparts. */
  neighbours: readonly string[];
};

export const ISSUERS: readonly Issuer[] = [
  {
    code: 'KR',
    ministry: 'Ministry of Foreign Affairs of the Republic of Korea',
    government: 'the Government of the Republic of Korea',
    vice: { title: 'First Vice Minister of Foreign Affairs', short: 'Vice Minister' },
    spokesperson: { title: 'Ministry of Foreign Affairs Spokesperson', short: 'Spokesperson' },
    weight: 3,
    neighbours: list('JP, CN, US, MN, VN'),
  },
  {
    code: 'JP',
    ministry: 'Ministry of Foreign Affairs of Japan',
    government: 'the Government of Japan',
    vice: { title: 'State Minister for Foreign Affairs', short: 'State Minister' },
    spokesperson: { title: 'Press Secretary', short: 'Press Secretary' },
    weight: 2,
    neighbours: list('KR, CN, US, AU, PH'),
  },
  {
    code: 'AU',
    ministry: 'Department of Foreign Affairs and Trade, Australia',
    government: 'the Australian Government',
    vice: { title: 'Assistant Minister for Foreign Affairs', short: 'Assistant Minister' },
    spokesperson: { title: 'Departmental Spokesperson', short: 'Spokesperson' },
    weight: 1,
    neighbours: list('NZ, ID, JP, US, SG'),
  },
  {
    code: 'CA',
    ministry: 'Global Affairs Canada',
    government: 'the Government of Canada',
    vice: {
      title: 'Parliamentary Secretary to the Minister of Foreign Affairs',
      short: 'Parliamentary Secretary',
    },
    spokesperson: { title: 'Global Affairs Canada Spokesperson', short: 'Spokesperson' },
    weight: 1,
    neighbours: list('US, MX, GB, FR, UA'),
  },
  {
    code: 'DE',
    ministry: 'Federal Foreign Office of Germany',
    government: 'the Federal Government',
    vice: { title: 'Minister of State at the Federal Foreign Office', short: 'Minister of State' },
    spokesperson: { title: 'Federal Foreign Office Spokesperson', short: 'Spokesperson' },
    weight: 1,
    neighbours: list('FR, PL, NL, UA, IT'),
  },
  {
    code: 'KE',
    ministry: 'Ministry of Foreign and Diaspora Affairs of the Republic of Kenya',
    government: 'the Government of Kenya',
    vice: { title: 'Principal Secretary for Foreign Affairs', short: 'Principal Secretary' },
    spokesperson: { title: 'Ministry Spokesperson', short: 'Spokesperson' },
    weight: 1,
    neighbours: list('ET, NG, ZA, GH, EG'),
  },
  {
    code: 'BR',
    ministry: 'Ministry of Foreign Affairs of Brazil',
    government: 'the Brazilian Government',
    vice: { title: 'Secretary-General of Foreign Affairs', short: 'Secretary-General' },
    spokesperson: { title: 'Ministry of Foreign Affairs Spokesperson', short: 'Spokesperson' },
    weight: 1,
    neighbours: list('AR, CL, PE, MX, ZA'),
  },
  {
    code: 'ID',
    ministry: 'Ministry of Foreign Affairs of the Republic of Indonesia',
    government: 'the Government of Indonesia',
    vice: { title: 'Deputy Minister of Foreign Affairs', short: 'Deputy Minister' },
    spokesperson: { title: 'Ministry of Foreign Affairs Spokesperson', short: 'Spokesperson' },
    weight: 1,
    neighbours: list('MY, SG, AU, TH, VN'),
  },
];
