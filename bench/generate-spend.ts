/**
 * Deterministic generator of a realistic spend export for the screening benchmark.
 *
 *   npx tsx bench/generate-spend.ts [--rows 1000000] [--seed 20260101] [--supplier-share 0.125]
 *     [--out bench/out/spend-1000000.csv]   (another --supplier-share adds -sSHARE to the default name)
 *
 * Suppliers are synthetic names built from word lists and each country's legal forms; about 0.5 % of rows
 * carry a real listed name (or a close variant of one) read from data/lists. Codes come from the vendored
 * taxonomies in data/taxonomy, so every HS, NAICS and PSC code in the file exists. A manifest
 * `<out>.meta.json` records what was planted (bad amounts, missing suppliers, listed names) so a screening
 * run can be checked against it.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const HEADER = [
  'po_number',
  'supplier',
  'supplier_address',
  'supplier_country',
  'country_of_origin',
  'description',
  'naics',
  'psc',
  'hs_code',
  'amount',
  'currency',
  'date',
  'cots',
] as const;

/** sfc32: small, fast, seedable; good enough for test data. */
export function makeRng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(resolve(REPO, path), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data;
}

// Countries a buyer's spend typically comes from, weighted by share of suppliers.
const COUNTRY_WEIGHTS: [string, number][] = [
  ['USA', 38],
  ['CHN', 17],
  ['VNM', 5],
  ['IND', 5],
  ['MEX', 5],
  ['DEU', 3],
  ['GBR', 2.5],
  ['CAN', 2.5],
  ['JPN', 2],
  ['BGD', 2],
  ['MYS', 2],
  ['THA', 2],
  ['IDN', 2],
  ['KOR', 1.5],
  ['TUR', 1.5],
  ['TWN', 1.5],
  ['BRA', 1],
  ['PAK', 1],
  ['FRA', 1],
  ['ITA', 1],
  ['KHM', 0.7],
  ['PHL', 0.8],
];

const CURRENCY: Record<string, string> = {
  USA: 'USD',
  CHN: 'CNY',
  VNM: 'VND',
  IND: 'INR',
  MEX: 'MXN',
  DEU: 'EUR',
  GBR: 'GBP',
  CAN: 'CAD',
  JPN: 'JPY',
  BGD: 'BDT',
  MYS: 'MYR',
  THA: 'THB',
  IDN: 'IDR',
  KOR: 'KRW',
  TUR: 'TRY',
  TWN: 'TWD',
  BRA: 'BRL',
  PAK: 'PKR',
  FRA: 'EUR',
  ITA: 'EUR',
  KHM: 'USD',
  PHL: 'PHP',
};

const EN_CORE = (
  'Apex Summit Harbor Pioneer Evergreen Golden Silver Atlas Beacon Cardinal Cedar Crest Delta Eagle Frontier ' +
  'Granite Heritage Horizon Keystone Liberty Lighthouse Maple Meridian Monarch Northstar Oak Pacific Patriot ' +
  'Pinnacle Prairie Premier Prime Quantum Redwood Ridge River Sierra Sterling Sun Titan Trinity Union Valley ' +
  'Vanguard Vertex Vista Westfield Willow Allied American Blue Bright Capital Central Coastal Continental ' +
  'Crown Diamond Eastern Elite First Global Grand Great Lakes Highland Imperial Integrated Lone Star Metro ' +
  'Midwest National New Century Noble Northern Omega Orion Paramount Peak Pine Precision Regal Royal Secure ' +
  'Southern Standard Superior Tri-State United Universal Victory Western Zenith Ace Alpha Anchor Arrow Aspen ' +
  'Bay Birch Bluewater Canyon Clearwater Compass Copper Cornerstone'
).split(' ');
const EN_SURNAMES = (
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson ' +
  'White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter ' +
  'Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers ' +
  'Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Brooks Bennett Gray Hughes'
).split(' ');
const INDUSTRY = [
  'Textiles',
  'Garments',
  'Apparel',
  'Knitwear',
  'Electronics',
  'Electrical',
  'Plastics',
  'Metal Works',
  'Steel',
  'Foods',
  'Seafood',
  'Logistics',
  'Packaging',
  'Chemicals',
  'Solar',
  'Energy',
  'Machinery',
  'Components',
  'Furniture',
  'Rubber Products',
  'Agricultural Products',
  'Trading',
  'Industrial',
  'Technologies',
  'Manufacturing',
  'Supply',
  'Distribution',
  'Fasteners',
  'Tools',
  'Medical Supplies',
  'Footwear',
  'Home Goods',
  'Paper Products',
  'Auto Parts',
  'Printing',
  'Building Materials',
  'Glass',
  'Cable',
  'Sporting Goods',
  'Toys',
];
const CN_CITIES = (
  'Shenzhen Guangzhou Dongguan Ningbo Hangzhou Suzhou Wuxi Qingdao Xiamen Foshan Shanghai Tianjin Jinan Yiwu ' +
  'Shaoxing Changzhou Nantong Zhongshan Quanzhou Wenzhou Hefei Wuhan Chengdu Zhengzhou Jiangsu Zhejiang ' +
  'Guangdong Fujian Shandong Hebei Henan Anhui'
).split(' ');
const CN_SYLLABLES =
  'Hua Xin Jin Tai Long Feng Sheng Da Hong Heng Yuan Kang Mei Rui Tian Hai Bao Fu Cheng Xing Li An Yu Ming'.split(
    ' ',
  );
const CN_FORMS = [
  'Co., Ltd.',
  'Co., Ltd.',
  'Trading Co., Ltd.',
  'Industrial Co., Ltd.',
  'Import & Export Co., Ltd.',
  'Group Co., Ltd.',
  'Technology Co., Ltd.',
  'Co Ltd',
];

interface Style {
  prefixes?: string[];
  words: string[];
  words2?: string[];
  industries: string[];
  forms: string[];
  cities: string[];
  streets: string[];
}

const STYLES: Record<string, Style> = {
  USA: {
    words: EN_CORE,
    words2: EN_SURNAMES,
    industries: INDUSTRY,
    forms: ['Inc.', 'LLC', 'Corp.', 'Co.', 'Incorporated', 'Inc', 'L.L.C.', 'Corporation'],
    cities: [
      'Houston, TX 77002',
      'Chicago, IL 60607',
      'Columbus, OH 43215',
      'Atlanta, GA 30303',
      'Denver, CO 80202',
      'Phoenix, AZ 85004',
      'Charlotte, NC 28202',
      'Seattle, WA 98104',
      'Dallas, TX 75201',
      'Newark, NJ 07102',
      'Los Angeles, CA 90021',
      'Memphis, TN 38103',
    ],
    streets: [
      'Main Street',
      'Commerce Drive',
      'Industrial Parkway',
      'Oak Avenue',
      'Market Street',
      'Route 9',
    ],
  },
  GBR: {
    words: EN_CORE,
    words2: EN_SURNAMES,
    industries: INDUSTRY,
    forms: ['Ltd', 'Limited', 'PLC', 'LLP', 'Ltd.'],
    cities: [
      'Manchester M1 1AE',
      'Leeds LS1 4AP',
      'Birmingham B1 1AA',
      'Leicester LE1 5WW',
      'Glasgow G2 1DU',
    ],
    streets: ['High Street', 'Station Road', 'Mill Lane', 'Church Street', 'Trading Estate'],
  },
  CAN: {
    words: EN_CORE,
    words2: EN_SURNAMES,
    industries: INDUSTRY,
    forms: ['Inc.', 'Ltd.', 'Corp.', 'Limited'],
    cities: [
      'Toronto, ON M5V 2T6',
      'Mississauga, ON L5T 1A1',
      'Montreal, QC H3B 2Y5',
      'Vancouver, BC V6B 1A1',
    ],
    streets: ['King Street West', 'Industrial Road', 'Rue Sainte-Catherine', 'Main Street'],
  },
  CHN: {
    prefixes: CN_CITIES,
    words: CN_SYLLABLES,
    words2: CN_SYLLABLES,
    industries: INDUSTRY,
    forms: CN_FORMS,
    cities: [
      'Bao an District, Shenzhen, Guangdong',
      'Panyu District, Guangzhou, Guangdong',
      'Yinzhou District, Ningbo, Zhejiang',
      'Keqiao District, Shaoxing, Zhejiang',
      'Wujiang District, Suzhou, Jiangsu',
      'Huangdao District, Qingdao, Shandong',
      'Jinjiang, Quanzhou, Fujian',
      'Yiwu, Jinhua, Zhejiang',
    ],
    streets: ['Industrial Road', 'Development Avenue', 'Xinhua Road', 'Jianshe Road', 'Renmin Road'],
  },
  VNM: {
    words:
      'Viet Sai Gon Ha Noi Hoang Minh Phuc Thanh An Phat Hung Long Dong Nam Tan Thai Binh Hoa Phu Quang'.split(
        ' ',
      ),
    words2: 'Thinh Vuong Tien Loc Khang Dat Huy Thuan Phong Hai'.split(' '),
    industries: [
      'Garment',
      'Textile',
      'Seafood',
      'Footwear',
      'Furniture',
      'Electronics',
      'Wood',
      'Trading',
      'Steel',
    ],
    forms: ['Company Limited', 'Joint Stock Company', 'Co., Ltd', 'JSC', 'Co., Ltd.'],
    cities: [
      'Binh Duong Province',
      'Dong Nai Province',
      'Ho Chi Minh City',
      'Hai Phong',
      'Bac Ninh Province',
    ],
    streets: ['Street No. 5', 'National Road 13', 'Industrial Zone Road 2', 'Le Loi Street'],
  },
  IND: {
    words:
      'Shree Sri Ganesh Lakshmi Bharat Sai Om Krishna Surya Vijay Raj Maha Jai Shiv Durga Amar Navkar Arihant'.split(
        ' ',
      ),
    words2: [
      'Balaji',
      'Vinayak',
      'Ambika',
      'Tirupati',
      'Krupa',
      'Shakti',
      'Laxmi',
      'Overseas',
      'International',
    ],
    industries: [
      'Exports',
      'Textiles',
      'Spinning Mills',
      'Fabrics',
      'Industries',
      'Engineering',
      'Polymers',
      'Agro',
    ],
    forms: ['Pvt. Ltd.', 'Private Limited', 'Ltd.', 'Limited', 'Pvt Ltd', 'LLP'],
    cities: [
      'Tiruppur, Tamil Nadu 641604',
      'Surat, Gujarat 395002',
      'Ludhiana, Punjab 141003',
      'Noida, UP 201301',
    ],
    streets: ['MIDC Industrial Area', 'GIDC Estate', 'SIPCOT Industrial Park', 'Ring Road'],
  },
  MEX: {
    prefixes: ['Grupo', 'Industrias', 'Comercializadora', 'Manufacturas', 'Distribuidora'],
    words:
      'Azteca Del Norte Pacifico Sierra Maya Jalisco Bajio Monterrey Sonora Laguna Anahuac Sol Aguila'.split(
        ' ',
      ),
    industries: ['Textil', 'Metalica', 'Plasticos', 'Alimentos', 'Automotriz', 'Electrica', 'Agricola'],
    forms: ['S.A. de C.V.', 'S. de R.L. de C.V.', 'SA de CV', 'S.A.P.I. de C.V.'],
    cities: ['Monterrey, N.L.', 'Guadalajara, Jal.', 'Ciudad Juarez, Chih.', 'Tijuana, B.C.', 'Puebla, Pue.'],
    streets: ['Av. Industrial', 'Calle Hidalgo', 'Blvd. Insurgentes', 'Parque Industrial Norte'],
  },
  DEU: {
    words:
      'Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf'.split(
        ' ',
      ),
    industries: [
      'Textil',
      'Maschinenbau',
      'Kunststofftechnik',
      'Elektronik',
      'Logistik',
      'Metallbau',
      'Chemie',
    ],
    forms: ['GmbH', 'AG', 'GmbH & Co. KG', 'KG'],
    cities: ['70173 Stuttgart', '80331 Munchen', '44135 Dortmund', '90402 Nurnberg', '04109 Leipzig'],
    streets: ['Industriestrasse', 'Hauptstrasse', 'Gewerbepark', 'Am Hafen'],
  },
  BGD: {
    words: 'Bengal Dhaka Chittagong Padma Meghna Jamuna Rupali Sonali Ananta Beximco Apex Square Fakir'.split(
      ' ',
    ),
    industries: ['Knit Composite', 'Garments', 'Fashions', 'Apparels', 'Sweaters', 'Denim', 'Textile Mills'],
    forms: ['Ltd.', 'Limited', 'Ltd'],
    cities: ['Gazipur', 'Ashulia, Savar, Dhaka', 'Narayanganj', 'Chattogram EPZ'],
    streets: ['Plot 12, Road 3', 'BSCIC Industrial Area', 'Dhaka-Mymensingh Highway'],
  },
  MYS: {
    words: 'Malaysia Perdana Cahaya Sinar Maju Jaya Bintang Kinabalu Selangor Penang Melaka Johor'.split(' '),
    industries: ['Gloves', 'Rubber', 'Palm Oil', 'Electronics', 'Industries', 'Plastics', 'Manufacturing'],
    forms: ['Sdn. Bhd.', 'Sdn Bhd', 'Berhad', 'Bhd'],
    cities: ['Klang, Selangor', 'Bayan Lepas, Penang', 'Ipoh, Perak', 'Senai, Johor'],
    streets: ['Jalan Perusahaan', 'Lorong Industri', 'Jalan Kebun'],
  },
  THA: {
    words: 'Siam Thai Chao Phraya Krung Sukhothai Ayutthaya Lanna Rattana Charoen Sahapat Chonburi'.split(
      ' ',
    ),
    industries: ['Seafood', 'Frozen Food', 'Canning', 'Poultry', 'Rubber', 'Electronics', 'Sugar', 'Garment'],
    forms: ['Co., Ltd.', 'Public Company Limited', 'Company Limited', 'PCL'],
    cities: ['Samut Sakhon 74000', 'Chonburi 20000', 'Songkhla 90110', 'Bangkok 10110'],
    streets: ['Rama II Road', 'Sukhumvit Road', 'Moo 4, Setthakit Road'],
  },
  IDN: {
    prefixes: ['PT', 'PT.', 'CV'],
    words: 'Nusantara Jaya Abadi Makmur Sentosa Mitra Karya Sinar Mas Bumi Indah Sejahtera Cipta'.split(' '),
    industries: ['Tekstil', 'Garmen', 'Perikanan', 'Sawit', 'Nikel', 'Industri', 'Plastik'],
    forms: ['Tbk', '', ''],
    cities: ['Bandung, Jawa Barat', 'Bekasi, Jawa Barat', 'Semarang, Jawa Tengah', 'Medan, Sumatera Utara'],
    streets: ['Jl. Raya Industri', 'Jl. Sudirman', 'Kawasan Industri'],
  },
  KOR: {
    words: 'Hankook Daehan Samil Seoul Busan Dongyang Hanil Sejin Daewon Kumho Shinhan Pyunghwa'.split(' '),
    industries: ['Industrial', 'Electronics', 'Chemical', 'Steel', 'Textile', 'Precision', 'Motors'],
    forms: ['Co., Ltd.', 'Corp.', 'Corporation', 'Inc.'],
    cities: ['Ansan, Gyeonggi-do', 'Changwon, Gyeongsangnam-do', 'Incheon', 'Gumi, Gyeongsangbuk-do'],
    streets: ['Sandan-ro', 'Gongdan-ro', 'Teheran-ro'],
  },
  JPN: {
    words:
      'Nippon Tokyo Osaka Yamato Fuji Sakura Daiichi Toyo Kyowa Sanyo Tohoku Chubu Kansai Hokuriku'.split(
        ' ',
      ),
    industries: ['Seiko', 'Kogyo', 'Electric', 'Chemical', 'Textile', 'Trading', 'Precision', 'Shoji'],
    forms: ['Co., Ltd.', 'K.K.', 'Corporation', 'Kabushiki Kaisha'],
    cities: ['Minato-ku, Tokyo', 'Kita-ku, Osaka', 'Nagoya, Aichi', 'Hamamatsu, Shizuoka'],
    streets: ['1-2-3 Shiba', '4-5-6 Umeda', '2-8 Sakae'],
  },
  TWN: {
    words: 'Formosa Taipei Chung Hwa Da-An Tai Sheng Hsin Yung Kuang Ming Cheng Fu Kao'.split(' '),
    industries: ['Industrial', 'Electronics', 'Precision', 'Plastics', 'Textile', 'Bicycle', 'Machinery'],
    forms: ['Co., Ltd.', 'Corp.', 'Corporation', 'Enterprise Co., Ltd.'],
    cities: ['Taichung City', 'Taoyuan City', 'Hsinchu', 'Kaohsiung City'],
    streets: ['Sec. 2, Zhongshan Rd.', 'Industrial 1st Rd.', 'Wenxin Rd.'],
  },
  TUR: {
    words: 'Anadolu Ege Marmara Yildiz Ozkan Akdeniz Bosphorus Kartal Aydin Demir Yesil Altin'.split(' '),
    industries: ['Tekstil', 'Gida', 'Konfeksiyon', 'Makina', 'Plastik', 'Metal', 'Ticaret'],
    forms: ['A.S.', 'A.Ş.', 'Ltd. Sti.', 'San. ve Tic. A.S.'],
    cities: ['Bursa', 'Denizli', 'Gaziantep', 'Istanbul', 'Izmir'],
    streets: ['Organize Sanayi Bolgesi', 'Ataturk Cad.', 'Sanayi Sitesi'],
  },
  BRA: {
    prefixes: ['Industria', 'Comercio', 'Cia.'],
    words: 'Brasil Paulista Atlantico Mineira Gaucha Nordeste Amazonia Parana Bahia Sul Cerrado'.split(' '),
    industries: ['Textil', 'Alimentos', 'Carnes', 'Calcados', 'Metalurgica', 'Agropecuaria', 'Madeiras'],
    forms: ['Ltda.', 'S.A.', 'Ltda', 'EIRELI'],
    cities: ['Sao Paulo, SP', 'Blumenau, SC', 'Belo Horizonte, MG', 'Porto Alegre, RS'],
    streets: ['Rua Industrial', 'Av. Brasil', 'Rodovia BR-116'],
  },
  PAK: {
    words: 'Lahore Karachi Sialkot Faisalabad Indus Crescent Nishat Kohinoor Gul Masood Sapphire'.split(' '),
    industries: ['Textile Mills', 'Sports', 'Surgical', 'Leather', 'Apparel', 'Spinning', 'Industries'],
    forms: ['(Pvt.) Ltd.', 'Pvt Ltd', 'Limited', 'Ltd.'],
    cities: ['Sialkot, Punjab', 'Faisalabad, Punjab', 'Karachi, Sindh', 'Lahore, Punjab'],
    streets: ['Small Industrial Estate', 'Sheikhupura Road', 'SITE Area'],
  },
  FRA: {
    words: EN_SURNAMES.slice(0, 20).concat(
      'Lefebvre Dubois Moreau Laurent Girard Bonnet Rousseau'.split(' '),
    ),
    industries: ['Textiles', 'Industrie', 'Emballages', 'Logistique', 'Metallurgie', 'Distribution'],
    forms: ['SAS', 'SARL', 'S.A.', 'SA'],
    cities: ['69002 Lyon', '59000 Lille', '31000 Toulouse', '13002 Marseille'],
    streets: ['Rue de l Industrie', 'Avenue de la Republique', 'ZI Nord'],
  },
  ITA: {
    words: 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti'.split(
      ' ',
    ),
    industries: ['Tessile', 'Meccanica', 'Calzature', 'Alimentare', 'Pelletteria', 'Plastica'],
    forms: ['S.p.A.', 'S.r.l.', 'Srl', 'SpA'],
    cities: ['20121 Milano MI', '59100 Prato PO', '10121 Torino TO', '50123 Firenze FI'],
    streets: ['Via Industriale', 'Via Roma', 'Zona Industriale'],
  },
  KHM: {
    words: 'Angkor Phnom Penh Mekong Khmer Bayon Tonle Sap Kampot Sihanouk Golden Royal'.split(' '),
    industries: ['Garment', 'Apparel', 'Footwear', 'Knitting', 'Fashion', 'Textile'],
    forms: ['Co., Ltd.', 'Co., Ltd', 'Limited'],
    cities: ['Phnom Penh', 'Kandal Province', 'Kampong Speu Province'],
    streets: ['National Road 4', 'Veng Sreng Blvd', 'Special Economic Zone'],
  },
  PHL: {
    words: 'Manila Luzon Visayas Mindanao Cebu Bayani Maharlika Pilipinas Mabuhay Agila'.split(' '),
    industries: ['Garments', 'Electronics', 'Foods', 'Coconut Products', 'Fishing', 'Semiconductors'],
    forms: ['Inc.', 'Corporation', 'Corp.'],
    cities: ['Cebu City', 'General Santos City', 'Laguna', 'Cavite EPZ'],
    streets: ['Mactan EPZ', 'National Highway', 'Lot 5, Block 2'],
  },
};

/** Keyword goods: descriptions a screening should notice, each with the HS code the goods fall under. */
const KEYWORD_GOODS: { description: string; hs: string; countries: string[] }[] = [
  {
    description: "Men's cotton polo shirts, knitted",
    hs: '610510',
    countries: ['CHN', 'BGD', 'VNM', 'KHM', 'PAK'],
  },
  {
    description: 'Cotton T-shirts, assorted sizes',
    hs: '610910',
    countries: ['CHN', 'BGD', 'IND', 'KHM', 'VNM'],
  },
  { description: 'Canned tuna in oil, 24 x 185 g', hs: '160414', countries: ['THA', 'PHL', 'CHN', 'IDN'] },
  {
    description: 'Frozen shrimp, peeled and deveined',
    hs: '030617',
    countries: ['THA', 'VNM', 'IND', 'IDN'],
  },
  { description: 'Raw cotton, not carded or combed', hs: '520100', countries: ['CHN', 'IND', 'PAK', 'TUR'] },
  { description: 'Polysilicon, solar grade', hs: '280461', countries: ['CHN', 'MYS'] },
  {
    description: 'Solar modules, monocrystalline 400 W',
    hs: '854143',
    countries: ['CHN', 'VNM', 'MYS', 'THA'],
  },
  { description: 'Nitrile examination gloves, powder-free', hs: '401519', countries: ['MYS', 'THA', 'CHN'] },
  { description: 'Tomato paste, 36-38 brix, aseptic drums', hs: '200290', countries: ['CHN', 'TUR', 'ITA'] },
  { description: 'Human hair wigs and extensions', hs: '670420', countries: ['CHN'] },
];

interface Supplier {
  name: string;
  address: string;
  country: string;
  /** How the export spells the country. */
  countryText: string;
  goods: boolean;
  hs: string[];
  descriptions: string[];
  naics: string;
  psc: string;
}

export interface GenerateOptions {
  rows: number;
  seed: number;
  out: string;
  /** Size of the supplier pool per row (default 0.125: one supplier per 8 rows). */
  supplierShare?: number;
}

export interface Manifest {
  file: string;
  rows: number;
  seed: number;
  distinct_suppliers: number;
  supplier_pool: number;
  bad_amounts: number;
  missing_suppliers: number;
  listed_name_rows: number;
  listed_names_used: number;
  purchase_orders: number;
  xinjiang_address_rows: number;
  keyword_rows: number;
  bytes: number;
  seconds: number;
}

/** Writes the spend file and its manifest; returns the manifest. */
export function generateSpend(opts: GenerateOptions): Manifest {
  const started = performance.now();
  const rng = makeRng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const chance = (p: number) => rng() < p;
  const normal = () => {
    const u = 1 - rng();
    const v = rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  // Reference tables.
  const countries = new Map(readCsv('data/taxonomy/countries.csv').map((r) => [r.iso_alpha3!, r]));
  const hsRows = readCsv('data/taxonomy/hs_codes.csv').filter((r) => r.level === '6');
  const hsDesc = new Map(hsRows.map((r) => [r.hscode!, r.description!]));
  for (const k of KEYWORD_GOODS) {
    if (!hsDesc.has(k.hs)) throw new Error(`HS code ${k.hs} (${k.description}) is not in hs_codes.csv`);
  }
  // Goods chapters of a typical import mix get more weight than e.g. live animals.
  const busyChapters = new Set([
    '39',
    '40',
    '42',
    '52',
    '61',
    '62',
    '63',
    '64',
    '73',
    '84',
    '85',
    '87',
    '94',
    '95',
  ]);
  const hsWeighted = hsRows.flatMap((r) => (busyChapters.has(r.hscode!.slice(0, 2)) ? [r, r, r, r] : [r]));
  const naics6 = readCsv('data/taxonomy/naics_2022.csv').filter((r) => r.digits === '6');
  const naicsGoods = naics6.filter((r) => /^(31|32|33|42)/.test(r.naics_code!));
  const naicsServices = naics6.filter((r) => /^(48|49|51|52|53|54|56|61|62|72|81)/.test(r.naics_code!));
  const psc = readCsv('data/taxonomy/psc_codes.csv').filter(
    (r) => r.active === 'Y' && r.psc_code!.length === 4,
  );
  const pscGoods = psc.filter((r) => /^[0-9]/.test(r.psc_code!));
  const pscServices = psc.filter((r) => /^[A-Z]/.test(r.psc_code!) && r.psc_name);
  const xjPlaces = readCsv('data/taxonomy/xinjiang_places.csv').filter((r) => r.level?.endsWith('-level'));
  const xjVariants = readCsv('data/taxonomy/xinjiang_name_variants.csv').filter((r) => r.english_name);

  const countryPick: string[] = [];
  for (const [iso3, w] of COUNTRY_WEIGHTS) {
    if (!countries.has(iso3) && iso3 !== 'TWN') throw new Error(`${iso3} is not in countries.csv`);
    for (let i = 0; i < w * 10; i++) countryPick.push(iso3);
  }
  const countryText = (iso3: string): string => {
    const c = countries.get(iso3);
    const name = c?.cldr_display_name_en || c?.iso_short_name_en || iso3;
    const r = rng();
    if (r < 0.5) return name;
    if (r < 0.75) return iso3;
    if (r < 0.9) return c?.iso_alpha2 ?? iso3;
    return name.toUpperCase();
  };

  // Supplier pool: distinct synthetic names.
  const poolSize = Math.max(1, Math.round(opts.rows * (opts.supplierShare ?? 0.125)));
  const seen = new Set<string>();
  const pool: Supplier[] = [];
  while (pool.length < poolSize) {
    const country = pick(countryPick);
    const style = STYLES[country]!;
    const inXinjiang = country === 'CHN' && chance(0.015);
    const xj = inXinjiang ? pick(xjPlaces) : undefined;
    const parts: string[] = [];
    if (xj) parts.push(chance(0.5) ? 'Xinjiang' : xj.pinyin_compact_derived!);
    else if (style.prefixes && chance(country === 'IDN' ? 0.9 : 0.6)) parts.push(pick(style.prefixes));
    if (style.words2 && chance(0.5))
      parts.push(
        pick(style.words) + (country === 'CHN' ? pick(style.words2).toLowerCase() : ` ${pick(style.words2)}`),
      );
    else parts.push(pick(style.words));
    if (country !== 'IDN' || chance(0.7)) parts.push(pick(style.industries));
    const form = pick(style.forms);
    if (form) parts.push(form);
    const name = parts.join(' ');
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);

    let address: string;
    if (xj) {
      const variant = xjVariants.find((v) => v.division_code === xj.division_code);
      const r = rng();
      const parent = xj.level === 'county-level' && xj.parent_code !== '65' ? xj.parent_name_zh : '';
      if (r < 0.5) address = `新疆维吾尔自治区${parent}${xj.name_zh}工业园区${1 + Math.floor(rng() * 99)}号`;
      else if (r < 0.8 || !variant)
        address = `No. ${1 + Math.floor(rng() * 300)} Industrial Park, ${xj.pinyin_compact_derived}, Xinjiang`;
      else
        address = `${1 + Math.floor(rng() * 300)} Gongye Road, ${variant.english_name}, Xinjiang Uyghur Autonomous Region`;
    } else {
      address = `${1 + Math.floor(rng() * 9000)} ${pick(style.streets)}, ${pick(style.cities)}`;
    }
    const goods = chance(country === 'USA' || country === 'GBR' || country === 'CAN' ? 0.55 : 0.92);
    const hs: string[] = [];
    const descriptions: string[] = [];
    if (goods) {
      const n = 1 + Math.floor(rng() * 3);
      for (let i = 0; i < n; i++) {
        const k = KEYWORD_GOODS.filter((g) => g.countries.includes(country));
        if (k.length > 0 && chance(0.08)) {
          const g = pick(k);
          hs.push(g.hs);
          descriptions.push(g.description);
        } else {
          const r = pick(hsWeighted);
          hs.push(r.hscode!);
          const d = r.description!;
          descriptions.push(d.length > 90 ? d.slice(0, d.lastIndexOf(' ', 90)) : d);
        }
      }
    }
    const n = goods ? pick(naicsGoods) : pick(naicsServices);
    const p = goods ? pick(pscGoods) : pick(pscServices);
    if (!goods) descriptions.push(`${p.psc_name!.toLowerCase()} services`);
    pool.push({
      name,
      address,
      country,
      countryText: countryText(country),
      goods,
      hs,
      descriptions,
      naics: n.naics_code!,
      psc: p.psc_code!,
    });
  }

  // Real listed names and close variants of them.
  const listed: { name: string; country: string }[] = [];
  for (const r of readCsv('data/lists/uflpa_entities.csv')) {
    listed.push({ name: r.entity_name!, country: r.country ?? '' });
    for (const a of (r.aliases ?? '').split(/\s*[;|]\s*/))
      if (a) listed.push({ name: a, country: r.country ?? '' });
  }
  for (const r of readCsv('data/lists/cbp_wro.csv')) {
    const entity = r.entity ?? '';
    // Region- and product-wide orders are not supplier names.
    if (/^(all |fishing vessel|tobacco produced)/i.test(entity) || / from the /.test(entity)) continue;
    const first = entity.split(/, a\/k\/a |; | and its /)[0]!.trim();
    if (first) listed.push({ name: first, country: r.country ?? '' });
  }
  const variantOf = (name: string): string => {
    const r = rng();
    if (r < 0.3) return name;
    if (r < 0.5) return name.toUpperCase();
    if (r < 0.7) return name.replace(/Co\., Ltd\./g, 'Co Ltd').replace(/,/g, '');
    if (r < 0.85) return name.replace(/Ltd\./g, 'Limited').replace(/Co\./g, 'Company');
    return name.replace(/[.,]/g, '').toLowerCase();
  };

  // Zipf-like spend concentration: a few suppliers carry many rows.
  const cum = new Float64Array(poolSize);
  let total = 0;
  for (let k = 0; k < poolSize; k++) {
    total += 1 / (k + 10) ** 0.9;
    cum[k] = total;
  }
  const zipf = () => {
    const x = rng() * total;
    let lo = 0;
    let hi = poolSize - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const badAmounts = ['abc', '12.3.4', '#VALUE!', 'TBD', '1O0.00'];
  const dayMs = 86_400_000;
  const start = Date.UTC(2023, 0, 1);
  const days = 365 * 3;

  mkdirSync(dirname(opts.out), { recursive: true });
  const fd = openSync(opts.out, 'w');
  let bytes = 0;
  const flush = (lines: string[]) => {
    const buf = Buffer.from(lines.join(''), 'utf8');
    writeSync(fd, buf);
    bytes += buf.length;
    lines.length = 0;
  };
  const lines: string[] = [`${HEADER.join(',')}\n`];
  const distinct = new Set<string>();
  const listedUsed = new Set<string>();
  const m = { bad: 0, missing: 0, listed: 0, xinjiang: 0, keyword: 0 };
  const keywordDescs = new Set(KEYWORD_GOODS.map((k) => k.description));

  // A purchase order has one or more lines (mean ≈ 2.5) from one supplier on one date; every third order
  // walks the pool in order so that every supplier appears at least once.
  let poSeq = 0;
  let poLeft = 0;
  let poWalk = false;
  let s = pool[0]!;
  let poSupplier = '';
  let poCountry = '';
  let poAddress = '';
  let poListed = false;
  let poIso = '';
  let walked = 0;
  for (let i = 0; i < opts.rows; i++) {
    if (poLeft === 0) {
      poSeq++;
      poLeft = 1;
      while (poLeft < 12 && chance(0.6)) poLeft++;
      poWalk = poSeq % 3 === 0;
      s = poWalk ? pool[walked++ % poolSize]! : pool[zipf()]!;
      poSupplier = s.name;
      poCountry = s.countryText;
      poAddress = s.address;
      poListed = false;
      if (!poWalk && chance(0.005 * 1.5)) {
        const l = pick(listed);
        poSupplier = variantOf(l.name);
        poCountry = l.country;
        poAddress = '';
        poListed = true;
        listedUsed.add(l.name);
      }
      poIso = new Date(start + Math.floor(rng() * days) * dayMs).toISOString().slice(0, 10);
    }
    poLeft--;
    let supplier = poSupplier;
    const country = poCountry;
    const address = poAddress;
    const listedRow = poListed;
    if (listedRow) m.listed++;
    else if (!poWalk && chance(0.001 * 1.5)) {
      // a line whose supplier name was lost in the export
      supplier = '';
      m.missing++;
    }
    if (supplier) distinct.add(supplier);
    if (address.startsWith('新疆') || address.includes('Xinjiang')) m.xinjiang++;

    const item = Math.floor(rng() * Math.max(1, s.descriptions.length));
    const description = s.descriptions[item] ?? '';
    if (keywordDescs.has(description)) m.keyword++;
    const hs = s.goods ? (s.hs[item] ?? '') : '';
    const origin = s.goods ? (chance(0.85) ? country : chance(0.5) ? '' : pick(countryPick)) : '';

    let amount: string;
    if (chance(0.001)) {
      amount = pick(badAmounts);
      m.bad++;
    } else {
      const v = Math.min(5e7, Math.exp(7.5 + 1.8 * normal()));
      amount = chance(0.03)
        ? v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : v.toFixed(2);
    }
    const currency = listedRow || chance(0.88) ? 'USD' : (CURRENCY[s.country] ?? 'USD');
    const iso = poIso;
    const date = chance(0.02) ? `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}` : iso;
    const cotsR = rng();
    const cots = cotsR < 0.3 ? 'Y' : cotsR < 0.8 ? 'N' : '';
    const po = `PO-${iso.slice(0, 4)}-${String(poSeq).padStart(7, '0')}`;

    lines.push(
      `${po},${csvField(supplier)},${csvField(address)},${csvField(country)},${csvField(origin)},${csvField(description)},${s.naics},${s.psc},${hs},${csvField(amount)},${currency},${date},${cots}\n`,
    );
    if (lines.length >= 8192) flush(lines);
  }
  flush(lines);
  closeSync(fd);

  const manifest: Manifest = {
    file: opts.out,
    rows: opts.rows,
    seed: opts.seed,
    distinct_suppliers: distinct.size,
    supplier_pool: poolSize,
    bad_amounts: m.bad,
    missing_suppliers: m.missing,
    listed_name_rows: m.listed,
    listed_names_used: listedUsed.size,
    purchase_orders: poSeq,
    xinjiang_address_rows: m.xinjiang,
    keyword_rows: m.keyword,
    bytes,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
  writeFileSync(`${opts.out}.meta.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '20260101' },
      out: { type: 'string' },
      'supplier-share': { type: 'string', default: '0.125' },
    },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isInteger(rows) || rows < 1) {
    process.stderr.write(`generate-spend: --rows must be a positive integer, got "${values.rows}"\n`);
    process.exit(2);
  }
  if (!Number.isInteger(seed)) {
    process.stderr.write(`generate-spend: --seed must be an integer, got "${values.seed}"\n`);
    process.exit(2);
  }
  const supplierShare = Number(values['supplier-share']);
  if (!(supplierShare > 0 && supplierShare <= 1)) {
    process.stderr.write(
      `generate-spend: --supplier-share must be a number above 0 and at most 1, got "${values['supplier-share']}"\n`,
    );
    process.exit(2);
  }
  const suffix = supplierShare === 0.125 ? '' : `-s${supplierShare}`;
  const out = resolve(values.out ?? resolve(REPO, `bench/out/spend-${rows}${suffix}.csv`));
  const manifest = generateSpend({ rows, seed, out, supplierShare });
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
