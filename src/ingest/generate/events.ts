import { list } from './country.ts';

/** A recurring meeting that ministers or leaders attend. */
export type MultilateralEvent = {
  name: string;
  org: string;
  /** Months it meets in, if it keeps to a season. */
  months?: readonly number[];
  /** Where it meets, if always in one place. */
  city?: string;
  /** Otherwise, the countries that take turns to host it. */
  hosts?: readonly string[];
  leaders: boolean;
};

const G20 = list('AR, AU, BR, CA, CN, FR, DE, IN, ID, IT, JP, KR, MX, ZA, TR, GB, US');
const ASEAN = list('ID, VN, TH, PH, MY, SG');
const APEC = list('AU, CA, CL, CN, ID, JP, KR, MY, MX, NZ, PE, PH, SG, TH, US, VN');

export const MULTILATERAL_EVENTS: readonly MultilateralEvent[] = [
  {
    name: 'United Nations General Assembly',
    org: 'the United Nations',
    months: [9],
    city: 'New York',
    leaders: true,
  },
  {
    name: 'G20 Foreign Ministers’ Meeting',
    org: 'the G20',
    months: [2, 3, 7, 9],
    hosts: G20,
    leaders: false,
  },
  { name: 'G20 Leaders’ Summit', org: 'the G20', months: [9, 10, 11], hosts: G20, leaders: true },
  { name: 'ASEAN Regional Forum', org: 'ASEAN', months: [7, 8], hosts: ASEAN, leaders: false },
  { name: 'East Asia Summit', org: 'ASEAN', months: [10, 11], hosts: ASEAN, leaders: true },
  { name: 'APEC Ministerial Meeting', org: 'APEC', months: [11], hosts: APEC, leaders: false },
  {
    name: 'Munich Security Conference',
    org: 'the Munich Security Conference',
    months: [2],
    city: 'Munich',
    leaders: false,
  },
  {
    name: 'Human Rights Council High-Level Segment',
    org: 'the United Nations',
    months: [2, 3],
    city: 'Geneva',
    leaders: false,
  },
  {
    name: 'OECD Ministerial Council Meeting',
    org: 'the OECD',
    months: [5, 6],
    city: 'Paris',
    leaders: false,
  },
  {
    name: 'United Nations Climate Change Conference',
    org: 'the United Nations',
    months: [11, 12],
    hosts: list('EG, GB, ES, PL, DE, FR, MA, BR'),
    leaders: true,
  },
  {
    name: 'IAEA General Conference',
    org: 'the International Atomic Energy Agency',
    months: [9],
    city: 'Vienna',
    leaders: false,
  },
  {
    name: 'World Health Assembly',
    org: 'the World Health Organization',
    months: [5],
    city: 'Geneva',
    leaders: false,
  },
  {
    name: 'United Nations Security Council Open Debate',
    org: 'the United Nations',
    city: 'New York',
    leaders: false,
  },
  {
    name: 'African Union partners’ ministerial conference',
    org: 'the African Union',
    city: 'Addis Ababa',
    leaders: false,
  },
];
