import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from './encoding-sniffer.js';

describe('sniffEncoding(sample, forced)', () => {
  it('accepts UTF-8 whose last character is cut off by the end of the sample', () => {
    const bytes = Buffer.from('name\n浙江纺织集团\n');
    for (let cut = 6; cut < bytes.length; cut++) {
      expect(sniffEncoding(bytes.subarray(0, cut))).toEqual({ encoding: 'utf-8', source: 'detected' });
    }
  });

  it('reads bytes invalid in UTF-8 as a legacy encoding', () => {
    const sample = iconv.encode('supplier,city\nCafé Müller,Zürich\nO’Brien Ltd,Cork\n', 'windows-1252');
    expect(sniffEncoding(sample).encoding).toBe('windows-1252');
  });

  it('lets a forced label win and refuses an unknown one', () => {
    expect(sniffEncoding(Buffer.from('\xef\xbb\xbfa'), 'GB18030')).toEqual({
      encoding: 'gb18030',
      source: 'option',
    });
    expect(() => sniffEncoding(Buffer.from('a'), 'utf-99')).toThrow(/Unknown encoding "utf-99"/);
  });
});
