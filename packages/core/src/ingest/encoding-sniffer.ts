import chardet from 'chardet';
import iconv from 'iconv-lite';
import { TipwatchError } from '../errors.js';

/** The encoding chosen for a text file and how it was chosen. */
export interface EncodingChoice {
  encoding: string;
  source: 'bom' | 'detected' | 'option';
}

/**
 * Chooses the text encoding of a file from its first bytes: a byte-order mark, then the NUL pattern of
 * UTF-16 without a BOM, then a strict UTF-8 check (plain ASCII is UTF-8), then chardet's best guess.
 * `forced` (any iconv-lite label) wins over all of it; an unknown label is a `TipwatchError`.
 */
export function sniffEncoding(sample: Uint8Array, forced?: string): EncodingChoice {
  if (forced !== undefined && forced !== '') {
    if (!iconv.encodingExists(forced)) {
      throw new TipwatchError(
        'unknown_encoding',
        `Unknown encoding "${forced}": use a label such as utf-8, utf-16le, windows-1252, gb18030 or latin1.`,
      );
    }
    return { encoding: forced.toLowerCase(), source: 'option' };
  }
  const b0 = sample[0];
  const b1 = sample[1];
  if (b0 === 0xef && b1 === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', source: 'bom' };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', source: 'bom' };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', source: 'bom' };

  const utf16 = utf16ByNulPattern(sample);
  if (utf16 !== null) return { encoding: utf16, source: 'detected' };
  if (isValidUtf8(sample)) return { encoding: 'utf-8', source: 'detected' };
  return { encoding: guessLegacyEncoding(sample), source: 'detected' };
}

/**
 * Text in UTF-16 without a BOM is mostly ASCII in CSV files (delimiters, digits, newlines), so one byte of
 * each pair is NUL: in odd positions for little-endian, even positions for big-endian.
 */
function utf16ByNulPattern(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 check that forgives a multi-byte sequence cut off by the end of the sample. */
function isValidUtf8(sample: Uint8Array): boolean {
  let end = sample.length;
  // Step back over a trailing sequence that may be incomplete (at most 3 bytes).
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = sample[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > back) end -= back;
    }
    break;
  }
  try {
    strictUtf8.decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** chardet's names mapped to the iconv-lite label used for decoding. */
const LEGACY: Record<string, string> = {
  'ISO-8859-1': 'windows-1252', // the C1 range of latin1 is control codes; real files mean windows-1252
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'ISO-8859-5': 'iso-8859-5',
  'KOI8-R': 'koi8-r',
  'ISO-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'ISO-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};

function guessLegacyEncoding(sample: Uint8Array): string {
  const matches = chardet.analyse(sample);
  for (const m of matches) {
    const label = LEGACY[m.name];
    if (label !== undefined && m.confidence >= 10) return label;
  }
  return 'windows-1252';
}
