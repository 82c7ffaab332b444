import { describe, expect, it } from 'vitest';
import { expectGolden } from './fixtures/golden-file.case.js';
import { rejectHeaders, rejectRows } from './fixtures/report-rows.case.js';
import { rejectsCsvChunk, rejectsCsvHeader } from './rejects-csv.js';

describe('rejectsCsvChunk(rejects)', () => {
  it('renders the fixture rejects as the golden rejects file', () => {
    expectGolden('rejects.golden.csv', rejectsCsvHeader(rejectHeaders) + rejectsCsvChunk(rejectRows()));
  });

  it('neutralises formula-like original fields and headers', () => {
    const text = rejectsCsvHeader(rejectHeaders) + rejectsCsvChunk(rejectRows());
    expect(text).toContain(`"'=cmd|""/c calc""!A0"`);
    expect(text).toContain("'=1+2,'-3,'@evil");
  });
});
