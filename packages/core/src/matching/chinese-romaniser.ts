import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

/**
 * Words that English company names translate rather than transliterate, with the translation their
 * English listings use. Only plain translations: brand romanisations that are not pinyin (合盛 = Hoshine)
 * cannot be derived and must come from a list's aliases.
 */
export const CHINESE_INDUSTRY_WORDS: Readonly<Record<string, string>> = {
  新疆维吾尔自治区: 'xinjiang uyghur autonomous region',
  自治区: 'autonomous region',
  新疆生产建设兵团: 'xinjiang production and construction corps',
  生产建设兵团: 'production and construction corps',
  建设兵团: 'construction corps',
  兵团: 'corps',
  中国: 'china',
  化学: 'chemical',
  化工: 'chemical industry',
  纺织: 'textile',
  棉纺: 'cotton spinning',
  纺纱: 'spinning',
  针织: 'knitting',
  印染: 'printing and dyeing',
  化纤: 'chemical fiber',
  服装: 'apparel',
  服饰: 'apparel',
  时尚: 'fashion',
  鞋业: 'shoes',
  制衣: 'garment',
  能源: 'energy',
  新能源: 'new energy',
  硅业: 'silicon industry',
  多晶硅: 'polysilicon',
  硅: 'silicon',
  棉业: 'cotton industry',
  棉花: 'cotton',
  棉: 'cotton',
  科技: 'technology',
  技术: 'technology',
  实业: 'industrial',
  工业: 'industrial',
  产业: 'industry',
  贸易: 'trading',
  商贸: 'trading',
  进出口: 'import and export',
  光伏: 'photovoltaic',
  电子: 'electronics',
  电器: 'electrical appliances',
  食品: 'food',
  农业: 'agriculture',
  农产品: 'agricultural products',
  机械: 'machinery',
  制造: 'manufacturing',
  新材料: 'new materials',
  材料: 'materials',
  矿业: 'mining',
  钢铁: 'iron and steel',
  金属: 'metal',
  铝业: 'aluminum industry',
  发展: 'development',
  投资: 'investment',
  控股: 'holding',
  国际: 'international',
  物流: 'logistics',
  电力: 'electric power',
  热电: 'thermal power',
  医药: 'pharmaceutical',
  渔业: 'fishery',
  水产: 'aquatic products',
  电池: 'battery',
  汽车: 'automobile',
  番茄: 'tomato',
  制品: 'products',
  // Legal and organisational forms, as English listings render them (股份有限公司 is written "Co., Ltd.").
  股份有限公司: 'co ltd',
  有限责任公司: 'co ltd',
  有限公司: 'co ltd',
  分公司: 'branch',
  集团: 'group',
  公司: 'company',
  厂: 'factory',
};

// Place names of three or more characters that the two-character split below would cut wrongly.
const PLACES: readonly string[] = [
  '乌鲁木齐',
  '黑龙江',
  '内蒙古',
  '石河子',
  '阿克苏',
  '喀什',
  '和田',
  '哈密',
];

const HAN = /\p{Script=Han}/u;
const MAX_WORD = 7;

let dictionary: Map<string, string> | undefined;
let toSimplified: ((text: string) => string) | undefined;

function words(): Map<string, string> {
  if (!dictionary) {
    dictionary = new Map(Object.entries(CHINESE_INDUSTRY_WORDS));
    for (const place of PLACES) dictionary.set(place, '');
  }
  return dictionary;
}

let syllables: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case word is one toneless pinyin syllable (`wang`, `li`, `da`, `zhong`): the readings
 * pinyin-pro gives the CJK Unified Ideographs, collected once on first use (about 400).
 */
export function isPinyinSyllable(word: string): boolean {
  if (syllables === undefined) {
    let all = '';
    for (let c = 0x4e00; c <= 0x9fff; c++) all += String.fromCharCode(c);
    const readings = pinyin(all, { toneType: 'none', type: 'array', v: false });
    syllables = new Set(readings.filter((r) => /^[a-z]+$/.test(r)));
  }
  return syllables.has(word);
}

/** Whether the text has any Han character (only then is the slower romanisation needed). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

function pinyinWord(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: false }).join('');
}

/**
 * Romanises Chinese text the way English company names are written: Traditional → Simplified, then
 * industry and legal-form words translated, and the rest in pinyin joined per word (新疆中泰 →
 * "xinjiang zhongtai", not "xin jiang zhong tai"). Words are found by longest dictionary match; the runs
 * between them are cut in two-character words, the usual length of Chinese place and brand names.
 * Non-Han text passes through unchanged.
 */
export function romaniseChinese(text: string): string {
  const convert = toSimplified ?? OpenCC.Converter({ from: 't', to: 'cn' });
  toSimplified = convert;
  const simple = String(convert(text));
  const dict = words();
  const out: string[] = [];
  let run = '';
  let other = '';
  const flushOther = () => {
    if (other) out.push(other);
    other = '';
  };
  const flushRun = () => {
    let i = 0;
    while (i < run.length) {
      const rest = run.length - i;
      const take = rest === 3 ? 3 : 2;
      out.push(pinyinWord(run.slice(i, i + Math.min(take, rest))));
      i += take;
    }
    run = '';
  };
  const chars = Array.from(simple);
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (!HAN.test(ch)) {
      flushRun();
      other += ch;
      i++;
      continue;
    }
    let matched = '';
    for (let len = Math.min(MAX_WORD, chars.length - i); len >= 1; len--) {
      const cand = chars.slice(i, i + len).join('');
      if (dict.has(cand)) {
        matched = cand;
        break;
      }
    }
    flushOther();
    if (matched) {
      flushRun();
      const translation = dict.get(matched)!;
      out.push(translation === '' ? pinyinWord(matched) : translation);
      i += Array.from(matched).length;
    } else {
      run += ch;
      i++;
    }
  }
  flushRun();
  flushOther();
  return out.join(' ').replace(/\s+/g, ' ').trim();
}
