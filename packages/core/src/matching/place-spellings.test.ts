import { describe, expect, it } from 'vitest';
import { type PlaceNames, placeSpellings } from './place-spellings.js';

/** A gazetteer of a few real Xinjiang places (division codes of xinjiang_places.csv). */
const gazetteer: PlaceNames = {
  placeWords: () => [
    'hotan',
    'hetian',
    'khotan',
    'kashi',
    'kashgar',
    'yutian',
    'keriya',
    'korla',
    'غۇلجا',
    'ghulja',
    'yining',
  ],
  find: (word) => {
    const place: Record<string, string> = {
      hotan: '6532',
      hetian: '6532',
      khotan: '6532',
      kashi: '6531',
      kashgar: '6531',
      yutian: '653226',
      keriya: '653226',
      korla: '652801',
      غۇلجا: '654002',
      ghulja: '654002',
      yining: '654002',
    };
    const code = place[word];
    return code === undefined ? null : { division_code: code, elsewhere_in_china: word === 'yutian' };
  },
};

describe('placeSpellings(gazetteer)', () => {
  const spellings = placeSpellings(gazetteer);

  it('groups the spellings of one place', () => {
    expect(spellings.get('hotan')).toBe('6532');
    expect(spellings.get('hetian')).toBe('6532');
    expect(spellings.get('khotan')).toBe('6532');
    expect(spellings.get('kashi')).toBe(spellings.get('kashgar'));
    expect(spellings.get('kashi')).not.toBe(spellings.get('hotan'));
    expect(spellings.get('ghulja')).toBe(spellings.get('yining'));
  });

  it('leaves out spellings that also name a place elsewhere in China, other scripts, and places of one spelling', () => {
    expect(spellings.has('yutian')).toBe(false);
    // Keriya's only other spelling is Yutian: alone it has nothing to be equal to.
    expect(spellings.has('keriya')).toBe(false);
    expect(spellings.has('غۇلجا')).toBe(false);
    expect(spellings.has('korla')).toBe(false);
  });
});
