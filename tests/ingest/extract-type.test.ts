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
