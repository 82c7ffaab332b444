import * as OpenCC from 'opencc-js';

/**
 * A converter of Traditional Chinese to Simplified (OpenCC's `t` → `cn`), built on first use: its tables
 * take some 20 ms to build, which a run whose files hold no Chinese never pays. Conversion keeps the
 * length of the text for the names looked up here (烏魯木齊 → 乌鲁木齐, 中國香港 → 中国香港), but callers
 * that map positions back check it.
 */
export function createToSimplified(): (text: string) => string {
  let convert: ((text: string) => string) | null = null;
  return (text) => {
    const converter = convert ?? OpenCC.Converter({ from: 't', to: 'cn' });
    convert = converter;
    return converter(text);
  };
}
