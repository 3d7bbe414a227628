/*
 * Patterns for the multilateral and statement rules of release-type.ts, which
 * need more than a list of keywords. Bodies' names are matched case-sensitively:
 * "UN" is the United Nations, "un" is not.
 */

/** International bodies whose gatherings make a release multilateral. */
const BODIES = [
  'G-?7',
  'G-?20',
  'UN',
  'U\\.N\\.',
  'United Nations',
  'ASEAN',
  'APEC',
  'East Asia',
  'NATO',
  'OECD',
  'OSCE',
  'BRICS',
  'African Union',
  'European Union',
  'EU',
  'Commonwealth',
  'Pacific Islands',
  'Human Rights Council',
  'World Health',
  'IAEA',
  'WTO',
  'Quad',
  'Arab League',
  'Gulf Cooperation Council',
  'GCC',
  'OAS',
  'Organization of American States',
  'Shanghai Cooperation Organisation',
].join('|');

const GATHERINGS =
  '[Ss]ummit|[Cc]onference|[Aa]ssembly|[Ff]orum|[Dd]ebate|[Ss]egment|[Mm]eetings?|[Ss]ession|[Mm]inisterial|[Ww]eek|[Cc]ongress';

/** Words of a gathering's name between the body and the noun: "G20 Leaders' Summit". */
const NAME_WORDS = "(?: (?:[\\p{Lu}\\d][\\p{L}\\d'.-]*|of|the|and|on|for)){0,6}";

/**
 * A gathering named after an international body: "the G20 Leaders' Summit",
 * "the ASEAN Regional Forum", "the World Health Assembly". A body joined to a
 * partner by a hyphen ("Korea-EU Summit", "U.S.-ASEAN Summit") names a
 * relationship, not the body's own gathering.
 */
export const BODY_GATHERING = new RegExp(
  `(?<![\\p{L}\\d.'-])(?:${BODIES})${NAME_WORDS} (?:${GATHERINGS})\\b`,
  'u',
);

/**
 * Attending a named conference or forum: "took part in the Munich Security
 * Conference". Meetings are left out: an official attends cabinet meetings too.
 */
export const ATTENDED_GATHERING = new RegExp(
  `\\b(?:[Aa]ttend(?:s|ed|ing)?|[Tt]ak(?:es|ing) [Pp]art in|[Tt]ook [Pp]art in|[Pp]articipat(?:es|ed|ing|ion) in)(?: [Tt]he)?${NAME_WORDS} (?<!(?:Press|News|Video) )(?:[Ss]ummit|[Cc]onference|[Aa]ssembly|[Ff]orum|[Dd]ebate|[Ss]egment|[Cc]ongress)\\b`,
  'u',
);

/**
 * "on the margins of the G20 Foreign Ministers' Meeting": the gathering where a
 * bilateral meeting took place, up to the noun that ends its name.
 */
export const MARGINS_OF =
  /\b(?:on|at|in) the (?:margins|sidelines|side-lines|fringes?) of (?:the )?(?:[^,.;]|\.(?=\S))*?\b(?:summit|conference|assembly|forum|debate|segment|meetings?|session|week|congress|ministerial|gathering|UNGA|G-?20|G-?7|ASEAN|APEC|NATO)\b/gi;

/**
 * An issuer taking a position in its own voice: "The Government strongly
 * condemns…", "Minister Deplores the Attack". Present tense only: "condemned"
 * in a lead reports what someone said at a meeting or on a call.
 */
export const STANCE =
  /\b(?:[Cc]ondemns?|[Dd]enounces?|[Dd]eplores?)\b|\b[Cc]ondolences?\b|\bis deeply (?:saddened|shocked|concerned)\b/u;
