import { describe, expect, it } from 'vitest';
import { factsOf } from './extract-fixture.ts';

describe('event date', () => {
  it.each([
    ['They met on October 4, 2024.', '2024-10-07', '2024-10-04'],
    ['They met on 4 October 2024.', '2024-10-07', '2024-10-04'],
    ['They met on Friday, October 4, 2024.', '2024-10-07', '2024-10-04'],
    ['They met on Oct. 4, 2024.', '2024-10-07', '2024-10-04'],
    ['The talks held on October 4 and 5, 2024 ended well.', '2024-10-07', '2024-10-04'],
    ['On March 11, the two sides met.', '2024-03-12', '2024-03-11'],
  ])('%s', (text, date, expected) => {
    expect(factsOf(text, { date }).eventDate).toBe(expected);
  });

  it('takes the year from the publication date when none is written', () => {
    expect(factsOf('They met on October 4.', { date: '2024-10-07' }).eventDate).toBe('2024-10-04');
  });

  it('takes the year before when the date would fall long after publication', () => {
    expect(factsOf('They met on December 30.', { date: '2024-01-03' }).eventDate).toBe(
      '2023-12-30',
    );
  });

  it('keeps the year for an announced visit a few weeks ahead', () => {
    const facts = factsOf('The President will welcome the Prime Minister on August 30.', {
      date: '2021-08-04',
    });
    expect(facts.eventDate).toBe('2021-08-30');
  });

  it('rejects dates that do not exist and goes on to the next', () => {
    expect(factsOf('Set on February 30, 2024, held on March 2, 2024.').eventDate).toBe(
      '2024-03-02',
    );
    expect(factsOf('They met on February 29.', { date: '2023-03-10' }).eventDate).toBeUndefined();
    expect(factsOf('They met on 31 April 2024.').eventDate).toBeUndefined();
  });

  it('takes the first event date of the body, before any in the title', () => {
    const facts = factsOf('They spoke on May 2, 2024, and will meet on June 9, 2024.', {
      title: 'Talks on April 1, 2024',
    });
    expect(facts.eventDate).toBe('2024-05-02');
  });

  it('ignores dates not introduced by "on": deadlines, citations', () => {
    expect(factsOf('The plan runs until October 4, 2024.').eventDate).toBeUndefined();
  });
});

describe('event date of a stay written as a range', () => {
  it.each([
    ['The Minister visited Chile from August 10 to 12, 2024.', '2024-08-14', '2024-08-10'],
    ['She is in Peru from March 30 to April 2, 2024.', '2024-03-31', '2024-03-30'],
    ['She is in Peru from 30 March to 2 April 2024.', '2024-03-31', '2024-03-30'],
    ['The envoy is in Oslo from 4 to 6 May.', '2024-05-05', '2024-05-04'],
    ['He toured the region from December 30, 2023 to January 2, 2024.', '2024-01-03', '2023-12-30'],
  ])('%s', (text, date, expected) => {
    expect(factsOf(text, { date }).eventDate).toBe(expected);
  });

  it('takes the first day of the stay over the day of return', () => {
    const facts = factsOf(
      'The Minister is visiting Chile from August 10 to 12. She will return to Lima on August 12.',
      { date: '2024-08-10' },
    );
    expect(facts.eventDate).toBe('2024-08-10');
  });

  it('ignores "from" before a single day: that is when something takes effect', () => {
    expect(factsOf('The new rules apply from August 10, 2024.').eventDate).toBeUndefined();
  });

  it('ignores a range far from publication: the period a figure covers', () => {
    const facts = factsOf('Exports grew from January 5 to March 30, 2022.', { date: '2024-10-07' });
    expect(facts.eventDate).toBeUndefined();
  });
});

describe('event time', () => {
  it.each([
    ['They spoke between 07:25 and 08:05 on May 9.', { start: '07:25', end: '08:05' }],
    ['They met from 10:00 to 11:30 on October 4.', { start: '10:00', end: '11:30' }],
    ['The call began at 15:00.', { start: '15:00' }],
    ['The call began at 3:30 p.m.', { start: '15:30' }],
    ['They talked between 2 and 3 p.m.', { start: '14:00', end: '15:00' }],
  ])('%s', (text, expected) => {
    expect(factsOf(text).eventTime).toEqual(expected);
  });

  it('ignores numbers that are not clock times', () => {
    expect(factsOf('They met at 25:00, at 10:75 and at 12 sites.').eventTime).toBeUndefined();
  });
});
