import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.js';
import { hitHeading, reportHeading } from './record-heading.js';

const en = translate.bind(null, 'en');
const es = translate.bind(null, 'es');

describe('reportHeading(report, t)', () => {
  it('is the title when there is one', () => {
    expect(reportHeading({ title: ' Supply chains ', publishers: ['Verité'] }, en)).toBe('Supply chains');
  });
  it("names an untitled report by its publishers, in the page's language", () => {
    const r = { title: '', publishers: ['UNODC', ' ILO '] };
    expect(reportHeading(r, en)).toBe('Report by UNODC, ILO');
    expect(reportHeading(r, es)).toBe('Informe de UNODC, ILO');
  });
  it('says it has no title when it has no publisher either', () => {
    expect(reportHeading({ title: ' ', publishers: [' '] }, en)).toBe('Report without a title');
  });
});

describe('hitHeading(hit, t)', () => {
  it("gives an untitled hit the record's own words in place of a title, never an empty string", () => {
    expect(hitHeading({ kind: 'reports', title: '', row: { publishers: ['ICMPD'] } }, en)).toBe(
      'Report by ICMPD',
    );
    expect(hitHeading({ kind: 'grants', title: '', row: { recipient: 'Example Fund' } }, en)).toBe(
      'Example Fund',
    );
    expect(hitHeading({ kind: 'news', title: '' }, es)).toBe('Noticia sin título');
    expect(hitHeading({ kind: 'hotlines', title: '', row: null }, en)).toBe('Untitled');
    expect(hitHeading({ kind: 'countries', title: 'Chad' }, en)).toBe('Chad');
  });
});
