import { describe, expect, it } from 'vitest';
import { sourceCountryOf } from '../../src/ingest/source-country.ts';

describe('sourceCountryOf', () => {
  it.each([
    ['Ministry of Foreign Affairs of the Republic of Korea', 'KR'],
    ['Ministry of Foreign Affairs of Japan', 'JP'],
    ['Department of Foreign Affairs and Trade, Australia', 'AU'],
    ['Global Affairs Canada', 'CA'],
    ['Federal Foreign Office of Germany', 'DE'],
  ])('reads the issuer %s as %s', (source, code) => {
    expect(sourceCountryOf(source)).toBe(code);
  });

  it('gives no country for an issuer that names none', () => {
    expect(sourceCountryOf('The White House')).toBeUndefined();
    expect(sourceCountryOf('Office of the Spokesperson')).toBeUndefined();
  });
});
