import { describe, expect, it } from 'vitest';
import { realMatcher, realReferenceData } from './app-fixture.case.js';

describe('realMatcher(ref)', () => {
  it("counts two spellings of one Xinjiang place as one word, as the CLI's matcher does", () => {
    const matcher = realMatcher(realReferenceData());
    const [best] = matcher.match('HOTAN TAIDA APPAREL CO LTD', { country: 'CN' });
    expect(best?.name).toBe('Hetian Taida Apparel Co., Ltd.');
    expect(best?.score).toBeGreaterThanOrEqual(matcher.threshold);
    expect(best?.why.map((w) => w.detail)).toContain('hotan = hetian (one place)');
  });
});
