import { describe, expect, it } from 'vitest';
import { overtakesWrite, type Landing } from '../../src/features/search/overtakes-write.ts';

/** The router landing on the URL that the pause after "Mor" wrote, for chain 1. */
const written: Landing = { type: 'REPLACE', state: { searchDraft: 1 }, q: 'Mor' };

describe('words typed while the typing’s URL was being written', () => {
  it('overtake it when they differ from the words written, in the same chain or a later one', () => {
    expect(overtakesWrite(written, 1, 'Mori')).toBe(true);
    expect(overtakesWrite(written, 2, 'Mori')).toBe(true);
  });

  it('do not, when they are the words written', () => {
    expect(overtakesWrite(written, 1, 'Mor')).toBe(false);
    // A lone space is written as no query at all.
    expect(overtakesWrite({ ...written, q: '' }, 1, ' ')).toBe(false);
  });

  it('do not, when the landing is not a typing write: Back or Forward, a filter, a link', () => {
    expect(overtakesWrite({ ...written, type: 'POP' }, 1, 'Mori')).toBe(false);
    expect(overtakesWrite({ ...written, type: 'PUSH', state: null }, 1, 'Mori')).toBe(false);
    expect(overtakesWrite({ ...written, state: null }, 1, 'Mori')).toBe(false);
  });

  it('do not, for a state that was not typed (a box ticked, a sort chosen)', () => {
    expect(overtakesWrite(written, undefined, 'Mori')).toBe(false);
  });
});
