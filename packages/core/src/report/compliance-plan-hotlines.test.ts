import { describe, expect, it } from 'vitest';
import type { ScreenedRow } from '../model/screened-row.js';
import { CompliancePlanAccumulator } from './compliance-plan-accumulator.js';
import { renderCompliancePlan } from './compliance-plan-md.js';
import { hotlines, planContext, reportRows } from './fixtures/report-rows.case.js';
import { hotlineRegion, placeNamesRegion, planHotlines } from './plan-hotlines.js';

const context = planContext;

/** The first fixture row as a services row of `contract_id` performed in `iso3`, at `address` below the country. */
function performedIn(row: number, contract_id: string, iso3: string, address: string): ScreenedRow {
  const [first] = reportRows();
  return {
    ...first!,
    input: { ...first!.input, row, contract_id, place_of_performance_address: address },
    findings: first!.findings.map((f) =>
      f.kind === 'far_plan' ? { ...f, details: { ...f.details, portion: 'services', iso3 } } : f,
    ),
  };
}

/** The reporting-process part of the plan of `rows`, from the local hotlines to the checkbox. */
function reporting(rows: ScreenedRow[]): string {
  const acc = new CompliancePlanAccumulator();
  acc.add(rows);
  const text = renderCompliancePlan(acc.result(), context);
  const start = text.indexOf('### (h)(3)(ii) Reporting process');
  return text.slice(start, text.indexOf('- [ ] To complete: internal reporting channel', start));
}

describe('hotlineRegion(hotline) and placeNamesRegion(place, region)', () => {
  it('reads the region of a regional line from the bracket of its country in hotlines.csv', () => {
    expect(hotlineRegion({ country: 'Canada (Ontario)' })).toBe('Ontario');
    expect(hotlineRegion({ country: 'United Kingdom (England and Wales)' })).toBe('England and Wales');
    expect(hotlineRegion({ country: 'Canada' })).toBeNull();
    const regional = hotlines.filter((h) => hotlineRegion(h) !== null).map((h) => hotlineRegion(h));
    expect(regional).toEqual(expect.arrayContaining(['Ontario', 'Northern Territory', 'Bavaria']));
  });

  it('finds a region named as whole words, any part of a region of several, and nothing else', () => {
    expect(placeNamesRegion('TORONTO, ONTARIO', 'Ontario')).toBe(true);
    expect(placeNamesRegion('DARWIN, NORTHERN TERRITORY', 'Northern Territory')).toBe(true);
    expect(placeNamesRegion('CARDIFF, WALES', 'England and Wales')).toBe(true);
    expect(placeNamesRegion('CALGARY', 'Ontario')).toBe(false);
    expect(placeNamesRegion('PERTH, WESTERN AUSTRALIA', 'Northern Territory')).toBe(false);
    expect(placeNamesRegion('ONTARIOVILLE', 'Ontario')).toBe(false);
  });
});

describe('planHotlines(hotlines, iso3, within)', () => {
  it('keeps a regional line no place names, marked and last: a city alone may lie in the region', () => {
    const r = planHotlines(hotlines, 'CAN', {
      iso3: 'CAN',
      addresses: ['CALGARY'],
      more_addresses: false,
      rows_without: 0,
    });
    expect(r.shown.map((s) => [s.hotline.name, s.place])).toEqual([
      ['Canadian Human Trafficking Hotline', null],
      ["Ontario's Human Trafficking Helpline", 'elsewhere'],
    ]);
  });

  it('keeps it, marked, when the place names the region, is not given, or is given for some rows only', () => {
    const within = (addresses: string[], rows_without = 0) => ({
      iso3: 'CAN',
      addresses,
      more_addresses: false,
      rows_without,
    });
    const place = (r: ReturnType<typeof planHotlines>) => r.shown.find((s) => s.region === 'Ontario')?.place;
    expect(place(planHotlines(hotlines, 'CAN', within(['TORONTO, ONTARIO'])))).toBe('in');
    expect(place(planHotlines(hotlines, 'CAN', undefined))).toBe('unknown');
    expect(place(planHotlines(hotlines, 'CAN', within([], 2)))).toBe('unknown');
    expect(place(planHotlines(hotlines, 'CAN', within(['CALGARY'], 1)))).toBe('some');
    expect(place(planHotlines(hotlines, 'CAN', within(['CALGARY', 'TORONTO, ONTARIO'])))).toBe('some');
  });
});

describe('renderCompliancePlan(result, context): local hotlines', () => {
  it('marks Ontario’s line for work in Calgary, and the Northern Territory’s for Perth, as lines of another region', () => {
    const calgary = reporting([performedIn(1, 'C-CAL', 'CAN', 'CALGARY')]);
    expect(calgary).toContain('**Canadian Human Trafficking Hotline**');
    expect(calgary).toContain(
      "**Ontario's Human Trafficking Helpline** (scope in the data: provincial; a line for Ontario only: no place of performance the file gives in Canada (“CALGARY”) names Ontario, and tipwatch has no list of the places in it; post it only if the work is done in Ontario)",
    );
    expect(calgary.indexOf('Canadian Human Trafficking Hotline')).toBeLessThan(
      calgary.indexOf('1-833-999-9211'),
    );
    const perth = reporting([performedIn(1, 'C-PER', 'AUS', 'PERTH')]);
    expect(perth).toContain(
      '**Crime Stoppers NT** (scope in the data: territorial; a line for Northern Territory only: no place of performance the file gives in Australia (“PERTH”) names Northern Territory',
    );
  });

  it('marks a regional line with its region where the file does not say where in the country the work is', () => {
    const canada = reporting([performedIn(1, 'C-CAN', 'CAN', '')]);
    expect(canada).toContain(
      "**Ontario's Human Trafficking Helpline** (scope in the data: provincial; a line for Ontario only: the file does not say where in Canada the work is done; post it only if it is in Ontario).",
    );
    expect(canada).toContain('1-833-999-9211');
    const toronto = reporting([performedIn(1, 'C-TOR', 'CAN', 'TORONTO, ONTARIO')]);
    expect(toronto).toContain('a line for Ontario only, where the file places the work (“TORONTO, ONTARIO”)');
  });

  it('keeps a regional line, marked, when only some rows of the contract place the work', () => {
    const mixed = reporting([
      performedIn(1, 'C-MIX', 'CAN', 'TORONTO, ONTARIO'),
      performedIn(2, 'C-MIX', 'CAN', ''),
      performedIn(3, 'C-MIX', 'CAN', 'CALGARY'),
    ]);
    expect(mixed).toContain(
      'a line for Ontario only: post it only where the work is done in Ontario (places in the file: “TORONTO, ONTARIO”; “CALGARY”; some rows give no place)',
    );
    expect(mixed).not.toContain('no place of performance the file gives');
  });

  it('shows whom a line serves as the data says: children, nationals abroad', () => {
    const india = reporting([performedIn(1, 'C-IND', 'IND', 'NEW DELHI')]);
    expect(india).toContain(
      '(scope in the data: national (child helpline)). Note in the data: “Child line, not a dedicated trafficking line.',
    );
    const thailand = reporting([performedIn(1, 'C-THA', 'THA', 'UTAPAO')]);
    expect(thailand).toContain(
      '**International anti-trafficking hotline for Thais abroad** (scope in the data: international (Thais abroad)). Note in the data: “For Thai nationals who fall prey to trafficking abroad',
    );
  });
});
