import { describe, expect, it } from 'vitest';
import type { ScreenedRow } from '../model/screened-row.js';
import { countries, datasets, reportRows } from './fixtures/report-rows.case.js';
import { ReportAccumulator } from './report-accumulator.js';
import { renderReportHtml } from './report-html.js';

/** sRGB channel 0–255 → linear light, as WCAG 2.1 defines relative luminance. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: readonly number[]): number {
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** WCAG 2.1 contrast ratio of text `fg` drawn at `opacity` over `bg`. */
function contrast(fg: string, bg: string, opacity = 1): number {
  const back = rgb(bg);
  const front = rgb(fg).map((c, i) => c * opacity + back[i]! * (1 - opacity));
  const a = luminance(front);
  const b = luminance(back);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('heat-map colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('gives the text of every shade band at least 4.5:1, small text included', () => {
    // Amounts spread over the whole range so cells fall in every band of the map.
    const [template] = reportRows();
    const sectors = ['textiles', 'construction', 'agriculture', 'fishing', 'electronics', 'mining'];
    const rows: ScreenedRow[] = sectors.map((sector, i) => ({
      ...template!,
      input: { ...template!.input, row: i + 1, currency: 'USD', amount: 10 ** (i + 1) },
      level: 'critical',
      sectors: [sector],
      country: 'CHN',
    }));
    const acc = new ReportAccumulator();
    acc.add(rows);
    const html = renderReportHtml(acc.result(), {
      generated_at: '2026-01-01T00:00:00Z',
      datasets,
      countries,
    });
    const heat = html.slice(html.indexOf('id="heatmap"'), html.indexOf('id="suppliers"'));
    const pairs = new Set(
      [...heat.matchAll(/style="background:(#[0-9a-f]{3,6});color:(#[0-9a-f]{3,6})"/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      ),
    );
    // The legend shows every band, so every band's colours are checked.
    const backgrounds = new Set([...pairs].map((p) => p.split(' ')[0]));
    expect(backgrounds.size).toBe(5);
    // The small "1 row" line of a cell is drawn at the opacity the stylesheet gives it.
    const small = html.match(/table\.heat td small\{([^}]*)\}/)?.[1] ?? '';
    const opacity = Number(small.match(/opacity:([\d.]+)/)?.[1] ?? 1);
    for (const pair of pairs) {
      const [bg, fg] = pair.split(' ') as [string, string];
      expect({ pair, ratio: contrast(fg, bg, opacity) >= 4.5 }).toEqual({ pair, ratio: true });
    }
  });
});
