import { list } from './country.ts';

export const AID_AGENCIES = list(
  'the World Food Programme (WFP), UNICEF, the Office of the UN High Commissioner for Refugees (UNHCR), the International Committee of the Red Cross (ICRC), the World Health Organization (WHO), the International Organization for Migration (IOM), the UN Population Fund (UNFPA)',
);

export type Recipient = { code: string; name: string; adjective: string };

const recipient = (code: string, name: string, adjective: string): Recipient => ({
  code,
  name,
  adjective,
});

export const AID_RECIPIENTS: readonly Recipient[] = [
  recipient('NP', 'Nepal', 'Nepali'),
  recipient('MM', 'Myanmar', 'Myanmar'),
  recipient('AF', 'Afghanistan', 'Afghan'),
  recipient('HT', 'Haiti', 'Haitian'),
  recipient('SD', 'Sudan', 'Sudanese'),
  recipient('SO', 'Somalia', 'Somali'),
  recipient('MW', 'Malawi', 'Malawian'),
  recipient('MZ', 'Mozambique', 'Mozambican'),
  recipient('YE', 'Yemen', 'Yemeni'),
  recipient('SY', 'Syria', 'Syrian'),
  recipient('PK', 'Pakistan', 'Pakistani'),
  recipient('LY', 'Libya', 'Libyan'),
  recipient('MG', 'Madagascar', 'Malagasy'),
  recipient('FJ', 'Fiji', 'Fijian'),
  recipient('TO', 'Tonga', 'Tongan'),
  recipient('VU', 'Vanuatu', 'Vanuatuan'),
  recipient('LK', 'Sri Lanka', 'Sri Lankan'),
  recipient('BD', 'Bangladesh', 'Bangladeshi'),
  recipient('PH', 'the Philippines', 'Philippine'),
  recipient('TR', 'Türkiye', 'Turkish'),
  recipient('ET', 'Ethiopia', 'Ethiopian'),
  recipient('LB', 'Lebanon', 'Lebanese'),
];

export type Disaster = { name: string; title: string; plural: boolean };

export const DISASTERS: readonly Disaster[] = [
  { name: 'earthquake', title: 'Earthquake', plural: false },
  { name: 'severe floods', title: 'Floods', plural: true },
  { name: 'prolonged drought', title: 'Drought', plural: false },
  { name: 'tropical cyclone', title: 'Cyclone', plural: false },
  { name: 'landslides', title: 'Landslides', plural: true },
  { name: 'cholera outbreak', title: 'Cholera Outbreak', plural: false },
  { name: 'volcanic eruption', title: 'Volcanic Eruption', plural: false },
  { name: 'wildfires', title: 'Wildfires', plural: true },
];

/** In ascending order: the aid template relies on it. */
export const AMOUNTS: readonly string[] = [
  'USD 300,000',
  'USD 500,000',
  'USD 1 million',
  'USD 1.5 million',
  'USD 2 million',
  'USD 3 million',
  'USD 5 million',
  'USD 10 million',
];
