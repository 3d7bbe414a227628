import { describe, expect, it } from 'vitest';
import type { ReleaseType } from '../../src/shared/release/release-schema.ts';
import { factsOf } from './extract-fixture.ts';

function typeOf(title: string, lead = 'The two sides exchanged views.'): ReleaseType {
  return factsOf(lead, { title }).type;
}

describe('release type from the title', () => {
  it.each<[string, ReleaseType]>([
    ['Foreign Ministers Hold a Telephone Conversation', 'phone-call'],
    ['Readout of President Avery’s Call with Prime Minister Sato of Japan', 'phone-call'],
    ['Readout of President Avery’s Meeting with Prime Minister Sato of Japan', 'meeting'],
    ['Korea-Japan Bilateral Meeting on the Margins of the Forum', 'meeting'],
    ['Readout of the Steering Group Meetings', 'meeting'],
    ['Korea-Japan-China Trilateral Summit Held in Seoul', 'summit'],
    ['Readout of the Leaders’ Summit on Climate', 'summit'],
    ['Joint Statement of the Republic of Korea and Canada', 'joint-statement'],
    ['Press Briefing by the Press Secretary', 'press-briefing'],
    ['Press Gaggle Aboard the Aircraft', 'press-briefing'],
    ['Government Provides Humanitarian Assistance to Flood Victims', 'humanitarian-aid'],
    ['Statement on Humanitarian Aid to the Region', 'humanitarian-aid'],
    ['President Avery Announces Key Nominees', 'appointment'],
    ['Minister Appoints New Ambassador to Chile', 'appointment'],
    ['Foreign Minister to Visit Brazil', 'visit'],
    ['G20 Foreign Ministers Discuss Food Security', 'multilateral'],
    ['Minister Attends the UN General Assembly High-Level Week', 'multilateral'],
    ['Statement by the Spokesperson on the Elections', 'statement'],
    ['A Proclamation on National Parks Week', 'other'],
  ])('%s → %s', (title, type) => {
    expect(typeOf(title)).toBe(type);
  });
});

describe('release type: bilateral meetings, wherever they are held', () => {
  it.each<[string, ReleaseType]>([
    ['Results of the Chile-Norway Foreign Ministers’ Meeting', 'meeting'],
    ['Chile-Norway Foreign Ministers’ Talks Held in Santiago', 'meeting'],
    ['Foreign Minister Meets Norwegian Counterpart in Oslo', 'meeting'],
    ['Vice Minister Receives Courtesy Call from Chilean Ambassador', 'meeting'],
    ['Chilean Ambassador Pays Courtesy Call on the Vice Minister', 'meeting'],
    ['Chile-Norway Summit Held on the Sidelines of the G20 Leaders’ Summit', 'summit'],
    ['Korea-EU Summit Held in Brussels', 'summit'],
    ['National Security Council Meeting on Cyber Threats', 'meeting'],
  ])('%s → %s', (title, type) => {
    expect(typeOf(title)).toBe(type);
  });

  it('reads a meeting held on the margins of a summit as a meeting, not the summit', () => {
    const lead =
      'On May 3, the Foreign Minister and her Thai counterpart held a working meeting on the margins of the East Asia Summit in Manila.';
    expect(typeOf('Outcome of Consultations', lead)).toBe('meeting');
  });
});

describe('release type: gatherings of international bodies', () => {
  it.each<[string, ReleaseType]>([
    ['G20 Foreign Ministers’ Meeting Opens in Lima', 'multilateral'],
    ['Outcome of the World Health Assembly in Geneva', 'multilateral'],
    ['Outcome of the G20 Leaders’ Summit in Lima', 'multilateral'],
    ['Minister Takes Part in the UN Security Council Open Debate', 'multilateral'],
    ['Chilean Participation in the ASEAN Regional Forum', 'multilateral'],
    ['Foreign Minister Attends the Oslo Peace Forum', 'multilateral'],
    ['Minister Attends Joint Press Conference', 'other'],
  ])('%s → %s', (title, type) => {
    expect(typeOf(title)).toBe(type);
  });

  it('reads attendance at a named conference from the lead', () => {
    const lead =
      'The Minister attended the Lisbon Ocean Conference held on June 2 and spoke on fisheries.';
    expect(typeOf('Outcome of Consultations', lead)).toBe('multilateral');
  });
});

describe('release type: appointments and statements', () => {
  it.each<[string, ReleaseType]>([
    ['Peruvian Ambassador to Chile Presents Credentials', 'appointment'],
    ['New Chilean Ambassador to Norway Named', 'appointment'],
    ['The Government of Chile Condemns the Missile Launch', 'statement'],
  ])('%s → %s', (title, type) => {
    expect(typeOf(title)).toBe(type);
  });

  it.each<[string, ReleaseType]>([
    [
      'The Government announced on May 2 the appointment of Lena Farrow as Ambassador.',
      'appointment',
    ],
    ['The appointment of the review panel was delayed.', 'other'],
    [
      'The Government strongly condemns the launch of a ballistic missile this morning.',
      'statement',
    ],
    ['The following is a statement by the Ministry Spokesperson, issued on May 2.', 'statement'],
    ['The two delegations condemned the attack and discussed trade.', 'other'],
  ])('lead "%s" → %s', (lead, type) => {
    expect(typeOf('On the Events of the Week', lead)).toBe(type);
  });
});

describe('release type from the lead when the title says nothing', () => {
  it.each<[string, ReleaseType]>([
    ['The President spoke by phone with the Chancellor.', 'phone-call'],
    ['The Minister met with her counterpart in Lima.', 'meeting'],
    ['The Government will provide humanitarian aid worth two million dollars.', 'humanitarian-aid'],
  ])('%s → %s', (lead, type) => {
    expect(typeOf('Outcome of Consultations', lead)).toBe(type);
  });

  it('does not read a statement, a briefing or an appointment into passing words', () => {
    expect(
      typeOf('Outcome of Consultations', 'She said in a statement that talks were useful.'),
    ).toBe('other');
    expect(typeOf('Outcome of Consultations', 'He received a briefing on the storm.')).toBe(
      'other',
    );
    expect(typeOf('Outcome of Consultations', 'Vaccination appointments are open.')).toBe('other');
  });
});
