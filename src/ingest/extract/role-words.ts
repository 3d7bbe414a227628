/**
 * The words that make up an official's title. A title is read as
 * [modifiers and portfolio words] HEAD [of/for/to complement], e.g.
 * "Deputy National Security Advisor", "Minister of Foreign Affairs",
 * "Special Presidential Envoy for Climate", "Secretary-General".
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'President',
  'Minister',
  'Premier',
  'Chancellor',
  'Secretary',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Emir',
  'Amir',
  'Sultan',
  'Ambassador',
  'Envoy',
  'Advisor',
  'Adviser',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Chair',
  'Commissioner',
  'Representative',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Director',
  'Administrator',
  'Governor',
  'Senator',
  'Speaker',
  'Leader',
  'Pope',
  'Mayor',
  'Chief',
  'Counselor',
  'Coordinator',
  'General',
  'Admiral',
  'Congressman',
  'Congresswoman',
]);

/** Words that sharpen a head without naming a portfolio. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'Prime',
  'Vice',
  'Deputy',
  'Acting',
  'First',
  'Second',
  'Senior',
  'Special',
  'Presidential',
  'Chief',
  'Assistant',
  'Under',
  'Principal',
  'Executive',
  'Crown',
  'Grand',
  'Permanent',
  'Supreme',
  'High',
  'Attorney',
  'Surgeon',
  'Inspector',
  'Majority',
  'Minority',
  'Managing',
  'Rear',
]);

/** Heads of international bodies: never assumed to belong to the issuing country. */
export const INTERNATIONAL_HEADS: readonly string[] = [
  'Secretary-General',
  'Secretary General',
  'Director-General',
  'Director General',
  'Pope',
  'Commissioner',
  'High Representative',
];

/** Words of portfolios and offices ("of Foreign Affairs", "for East Asian and Pacific Affairs"). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  `Foreign Affairs External Internal Interior Home Defense Defence National Security State
  Economy Economic Trade Industry Finance Financial Treasury Justice Health Welfare Human Services
  Labor Labour Employment Education Unification Environment Environmental Protection Energy
  Agriculture Food Rural Commerce Transportation Transport Homeland Veterans Patriots Development
  International Cooperation Culture Sports Tourism Science Technology Technologies ICT Information
  Communications Communication Land Infrastructure Oceans Ocean Fisheries Maritime Gender Equality
  Family Women Youth SMEs Small Medium Enterprises Startups Housing Urban Public Administration
  Safety Planning Strategy Strategic Political Policy Global Multilateral Bilateral Climate Change
  Commonwealth Overseas Management Budget Office Staff Intelligence Legal Relations Protocol
  Consular Cabinet Peace Peninsula Asian Pacific European Eurasian African American Arab Korean
  Latin Middle East West North South Southeast Central Eastern Western Northeast Asia Europe
  Africa Americas Oceania Region Regional Coordination Operations Nonproliferation Arms Control
  Disarmament Counterterrorism Terrorism Cyber Emerging Trafficking Persons Refugees Migration
  Humanitarian Assistance Rights Democracy Diplomacy Diplomatic Press Legislative
  Intergovernmental Domestic Council Agency Department Ministry Bureau Secretariat Government
  House Senate Representatives Joint Chiefs Advisers Advisors Economics Digital Competition
  Resources Mines Mineral Natural Water Forestry Statistics Revenue Customs Immigration Citizenship
  Affairs Armed Forces Navy Army Air Force Marine Corps Space Nuclear Policy Investment Export
  Trade Emergency Preparedness Disaster Relief Reconstruction Legislation Parliamentary
  Engagement Outreach Liaison Personnel Scheduling Speechwriting Partnerships Mission Diaspora
  Expatriates Emigrants Worship Indigenous Religious`.split(/\s+/),
);

/**
 * Words that open a portfolio only before a portfolio word: "the Federal Foreign
 * Office" is one, "the Federal Motor Carrier Safety Administration" is not.
 */
export const PORTFOLIO_PREFIXES: ReadonlySet<string> = new Set(['Federal']);

/**
 * Portfolio words that are adjectives: the capitalized word after one belongs to
 * the portfolio too ("Director of Public Engagement"), not to the name.
 */
export const PORTFOLIO_ADJECTIVES: ReadonlySet<string> = new Set(
  `Public National Foreign Economic Domestic Legislative International Strategic Political Global
  Regional Multilateral Intergovernmental Digital Cyber Presidential Humanitarian Consular`.split(
    /\s+/,
  ),
);

/** Military ranks: they take modifiers ("Rear Admiral", "Attorney General") but no portfolio. */
export const RANKS: ReadonlySet<string> = new Set(['General', 'Admiral']);

/**
 * Titles of monarchs and of heads of government that some countries lack: a
 * person holding one is not assumed to be the issuer's own official when no
 * country is written (a US release has no Prime Minister or Minister of its own).
 */
export const FOREIGN_ONLY_TITLES: Record<string, readonly string[]> = {
  '*': ['King', 'Queen', 'Prince', 'Princess', 'Emir', 'Amir', 'Sultan', 'Chancellor', 'Premier'],
  US: ['Minister'],
};

/** Exceptions to the list above: the issuer's own head of government bears that title. */
export const OWN_HEAD_TITLES: Record<string, readonly string[]> = {
  DE: ['Chancellor'],
  AT: ['Chancellor'],
  CN: ['Premier'],
};

/** Connecting words allowed inside a complement when more complement follows. */
export const COMPLEMENT_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&']);

/**
 * Capitalized words that end a name: title verbs and nouns, function words, weekdays.
 * Months are handled apart (only before a day number), since May and June are also names.
 */
export const NAME_STOPS: ReadonlySet<string> = new Set(
  `Call Calls Called Meeting Meetings Meets Met Visit Visits Statement Statements Readout Remarks
  Conversation Conversations Telephone Phone Talks Talk Trip Virtual Video Conference Summit
  Announces Welcomes Hosts Host Signs Speaks Spoke Holds Held Travels Congratulates Condemns
  Receives Discusses Delivers Joins Issues Names Nominates Appoints Launches Releases Attends
  Pays Presents Credentials Takes Named Appointed
  Participates Leads Sends Thanks Message Letter Interview Briefing Gaggle Regarding Concerning
  About On With And At To For From Of In By The A An Amid Ahead Following After Before During
  Upon Over Under Between Against Via Outcome Results Dinner Lunch Luncheon Reception Ceremony
  Courtesy Working Official Today Tomorrow Yesterday This That These Those He She They We It His
  Her Their Our I You Both Each All Other While When Where If Also Mr. Mrs. Ms. Dr. Assembly
  Committee Group Day Week Year Act Bill Plan Initiative Program Agreement Treaty Alliance
  Partnership Dialogue Fund Embassy Palace Party Republic Kingdom States Union Commission Court
  Federation Elect Emeritus Leading Hosting Participating Traveling Travelling Welcoming
  Announcing Visiting Marking Commemorating Honoring Celebrating Monday Tuesday Wednesday Thursday Friday Saturday Sunday`.split(
    /\s+/,
  ),
);

/** Lowercase words that may sit inside a name: "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van der den de del della da di du dos das bin ibn al el la le ter ten'.split(' '),
);

export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);

/**
 * Words of institutions, not of people: a "name" holding one ("President of the
 * Harbor Civic Network", "Chief of the Harbor Service") is no name at all.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  `Network Association Center Centre Institute Foundation Corporation Company Inc Group Council
  Coalition Alliance Society University College School Church League Federation Union
  Organization Organisation Board Bank Fund Trust Service Services Agency Authority Commission
  Committee Caucus Party Movement Project Campaign Partnership Forum Club Conference Office
  Department Ministry Administration Bureau Force Team Panel Corps Museum Hospital Times Post
  News Airlines Motors Electric Labs Systems Technologies Partners Capital Holdings Section
  Division Unit Branch Program Programs Initiative Agencies Office Offices Institutes Centers`.split(
    /\s+/,
  ),
);
