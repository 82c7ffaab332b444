import { describe, expect, it } from 'vitest';
import { formatAmount, inertCell, safeHref } from './display-text.js';

describe('safeHref(url)', () => {
  it('keeps http and https, takes the first of several addresses', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('https://a.example/x ; http://b.example/y')).toBe('https://a.example/x');
    expect(safeHref('https://a.example (live chat)')).toBe('https://a.example/');
  });
  it('refuses other schemes and non-URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
    expect(safeHref('humantraffickinghotline.org')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('inertCell(text)', () => {
  it('prefixes what a spreadsheet would run', () => {
    expect(inertCell('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(inertCell('+1')).toBe("'+1");
    expect(inertCell('-2')).toBe("'-2");
    expect(inertCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(inertCell('\tx')).toBe("'\tx");
  });
  it('leaves ordinary names alone', () => {
    expect(inertCell('Hoshine Silicon Industry Co., Ltd.')).toBe('Hoshine Silicon Industry Co., Ltd.');
  });
});

describe('formatAmount(amount, currency, lang)', () => {
  it('formats in the given currency without converting', () => {
    expect(formatAmount(600000, 'USD', 'en')).toBe('$600,000');
    expect(formatAmount(1234, null, 'en')).toBe('1,234');
  });
});
