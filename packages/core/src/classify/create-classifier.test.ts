import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IlabGood } from '../reference/ilab-good.js';
import type { ClassifyInput } from './classification.js';
import { createClassifier } from './create-classifier.js';

const data = (path: string) => readFileSync(new URL(`../../../../data/${path}`, import.meta.url), 'utf8');

const goods: IlabGood[] = Papa.parse<Record<string, string>>(data('tvpra_goods.csv'), {
  header: true,
  skipEmptyLines: true,
}).data.map((r, i) => ({
  good: r.good ?? '',
  iso3: '',
  country: r.country ?? '',
  sector: r.sector ?? '',
  child_labor: r.child_labor === 'true',
  forced_labor: r.forced_labor === 'true',
  forced_child_labor: r.forced_child_labor === 'true',
  produced_with_exploitative_inputs: r.produced_with_exploitative_inputs === 'true',
  input_source_iso3: null,
  source: { dataset: 'tvpra_goods', record: `row ${i + 1}`, as_of: null },
}));

const files = { codes: data('crosswalk/codes.csv'), keywords: data('crosswalk/keywords.csv') };
const classifier = createClassifier(files, goods);

const row = (fields: Partial<ClassifyInput>): ClassifyInput => ({
  hs_code: '',
  naics: '',
  psc: '',
  description: '',
  product_type: '',
  ...fields,
});
const goodsOf = (fields: Partial<ClassifyInput>) => classifier.classify(row(fields)).goods.map((g) => g.good);
const sectorsOf = (fields: Partial<ClassifyInput>) =>
  classifier.classify(row(fields)).sectors.map((s) => s.sector);

describe('createClassifier(files, goods)', () => {
  it('loads the vendored crosswalk without problems', () => {
    expect(classifier.problems).toEqual([]);
    expect(classifier.as_of.codes).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reports rules whose good is not in the ILAB list and drops them', () => {
    const c = createClassifier(
      {
        codes:
          'scheme,code,target_type,target,official_description,justification\nHS,0901,good,Coffee Beans,x,y\n',
        keywords: 'pattern,target_type,target,note\nkopi,good,Kopi,\nkopi,sector,forestry,\n',
      },
      goods,
    );
    expect(c.problems.map((p) => [p.code, p.row])).toEqual([
      ['crosswalk-unknown-good', 1],
      ['crosswalk-unknown-good', 1],
    ]);
    expect(c.classify(row({ hs_code: '0901' })).goods).toEqual([]);
    expect(c.classify(row({ description: 'kopi' })).sectors.map((s) => s.sector)).toEqual(['forestry']);
  });

  it('reports bad schemes, sectors and target types with their row and column', () => {
    const c = createClassifier(
      {
        codes:
          'scheme,code,target_type,target,official_description,justification\nCN,0901,good,Coffee,x,y\nHS,0901,sector,coffee,x,y\nHS,0901,none,,x,y\n',
        keywords: 'pattern,target_type,target,note\n,good,Coffee,\n',
      },
      goods,
    );
    expect(c.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['crosswalk-bad-scheme', 1, 'scheme'],
      ['crosswalk-unknown-sector', 2, 'target'],
      ['crosswalk-bad-target', 3, 'target_type'],
      ['crosswalk-bad-pattern', 1, 'pattern'],
    ]);
  });

  it('takes a colour rule only in keywords and only without a target', () => {
    const c = createClassifier(
      {
        codes: 'scheme,code,target_type,target,official_description,justification\nHS,61,colour,,x,y\n',
        keywords: 'pattern,target_type,target,note\nsand,colour,Sand,x\nsand,colour,,x\n',
      },
      goods,
    );
    expect(c.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['crosswalk-bad-target', 1, 'target_type'],
      ['crosswalk-bad-target', 1, 'target_type'],
    ]);
  });

  it('throws a TipwatchError naming the missing columns of a file it cannot read', () => {
    expect(() => createClassifier({ codes: 'scheme,code\nHS,0901\n', keywords: 'pattern\n' }, goods)).toThrow(
      /missing column\(s\) target_type, target/,
    );
  });
});

describe('classify(input) by code', () => {
  it('maps HS subheadings in any common notation', () => {
    for (const hs_code of ['030616', '0306.16', '0306.16.00', '0306160010', '30616']) {
      expect(goodsOf({ hs_code }), hs_code).toEqual(['Shrimp', 'Shellfish']);
    }
    expect(sectorsOf({ hs_code: '0306.17' })).toEqual(['fishing_aquaculture']);
  });

  it('uses the longest prefix, separately for goods and sectors', () => {
    // 0306.16 (frozen shrimp) overrides heading 0306's goods but inherits chapter 03's sector.
    expect(goodsOf({ hs_code: '0306.19' })).toEqual(['Shellfish']);
    expect(sectorsOf({ hs_code: '0306.16' })).toEqual(['fishing_aquaculture']);
    // 4015.12 (medical rubber gloves) carries its own sector; 6116 (knitted gloves) inherits chapter 61's.
    expect(sectorsOf({ hs_code: '4015.12' })).toEqual(['healthcare']);
    expect(goodsOf({ hs_code: '6116.10' })).toEqual(['Gloves', 'Garments']);
    expect(sectorsOf({ hs_code: '6116.10' })).toEqual(['textiles_apparel']);
    expect(goodsOf({ hs_code: '6109.10' })).toEqual(['Garments']);
    expect(goodsOf({ hs_code: '1701.14' })).toEqual(['Sugarcane']);
    expect(goodsOf({ hs_code: '1701.12' })).toEqual(['Sugar Beets']);
    expect(goodsOf({ hs_code: '1701.99' })).toEqual(['Sugarcane', 'Sugar Beets']);
  });

  it('names how each hit was found and its source', () => {
    const result = classifier.classify(row({ hs_code: '8541.43.00' }));
    expect(result.goods).toEqual([
      {
        good: 'Solar Modules',
        via: 'HS 854143',
        source: { dataset: 'crosswalk_codes', record: 'HS 854143', as_of: classifier.as_of.codes },
      },
    ]);
    expect(result.sectors[0]?.via).toBe('HS 8541');
  });

  it('maps NAICS codes, including the 48-49 range', () => {
    expect(sectorsOf({ naics: '236220' })).toEqual(['construction']);
    expect(sectorsOf({ naics: '484121' })).toEqual(['transportation_warehousing']);
    expect(classifier.classify(row({ naics: '493110' })).sectors[0]?.via).toBe('NAICS 493');
    expect(classifier.classify(row({ naics: '481111' })).sectors[0]?.via).toBe('NAICS 48-49');
    expect(goodsOf({ naics: '315250' })).toEqual(['Garments']);
    expect(sectorsOf({ naics: '561720' })).toEqual(['housekeeping_facilities']);
    expect(sectorsOf({ naics: '114111' })).toEqual(['fishing_aquaculture']);
    expect(sectorsOf({ naics: '721110' })).toEqual(['hospitality']);
    expect(sectorsOf({ naics: '622110' })).toEqual(['healthcare']);
  });

  it('maps PSC codes, including USAspending "code: description" strings', () => {
    expect(goodsOf({ psc: "8405: OUTERWEAR, MEN'S" })).toEqual(['Garments']);
    expect(sectorsOf({ psc: "8405: OUTERWEAR, MEN'S" })).toEqual(['textiles_apparel']);
    expect(sectorsOf({ psc: 'S201' })).toEqual(['housekeeping_facilities']);
    expect(sectorsOf({ psc: 'Y1AA' })).toEqual(['construction']);
    expect(sectorsOf({ psc: 'V231' })).toEqual(['hospitality']);
    expect(sectorsOf({ psc: 'V112' })).toEqual(['transportation_warehousing']);
    expect(sectorsOf({ psc: 'Q401' })).toEqual(['healthcare']);
    // Recruitment services share PSC group V2 with travel but are not transportation.
    expect(sectorsOf({ psc: 'V251' })).toEqual([]);
    expect(sectorsOf({ psc: 'V212' })).toEqual(['transportation_warehousing']);
  });

  it('finds nothing for codes outside the crosswalk', () => {
    expect(classifier.classify(row({ hs_code: '8703.23', naics: '541511', psc: 'D302' }))).toEqual({
      goods: [],
      sectors: [],
    });
  });
});

const SUGAR = ['Sugarcane', 'Sugar Beets'];
const SHRIMP = ['Shrimp', 'Shellfish'];
const RUBBER_GLOVES = ['Rubber Gloves', 'Gloves'];

describe('classify(input) by keyword in Spanish, Portuguese, French, German, Italian and Indonesian/Malay', () => {
  it.each([
    ['Azucar refinada', SUGAR, ['agriculture']],
    ['Camisetas de algodón', ['Garments'], ['textiles_apparel']],
    ['CAMARONES CONGELADOS 2KG', SHRIMP, ['fishing_aquaculture']],
    ['Aceite de palma crudo', ['Crude Palm Oil'], ['agriculture']],
    ['Carbón mineral térmico', ['Coal'], ['extractives_metals']],
    ['Ladrillos de arcilla cocida', ['Bricks (clay)', 'Bricks'], ['construction']],
    ['AÇÚCAR CRISTAL 50KG', SUGAR, ['agriculture']],
    ['Café verde em grãos', ['Coffee'], ['agriculture']],
    ['Carvão vegetal', ['Charcoal'], ['forestry']],
    ['Carne bovina congelada', ['Beef', 'Meat'], ['agriculture']],
    ['Castanha de caju torrada', ['Cashews'], ['agriculture']],
    ['Chaussures de sécurité', ['Footwear'], ['textiles_apparel']],
    ['Crevettes décortiquées', SHRIMP, ['fishing_aquaculture']],
    ['Huile de palme brute', ['Crude Palm Oil'], ['agriculture']],
    ['VIANDE DE BŒUF HACHÉE', ['Beef', 'Meat'], ['agriculture']],
    ['Rohrzucker, braun', ['Sugarcane'], ['agriculture']],
    ['Garnelen, tiefgefroren', SHRIMP, ['fishing_aquaculture']],
    ['Fußbekleidung für Herren', ['Footwear'], ['textiles_apparel']],
    ['Schnittholz Fichte', ['Timber'], ['forestry']],
    ['Zucchero semolato', SUGAR, ['agriculture']],
    ['Caffè in grani', ['Coffee'], ['agriculture']],
    ["Tonno all'olio di oliva", ['Fish'], ['fishing_aquaculture']],
    ['Abbigliamento da lavoro', ['Garments'], ['textiles_apparel']],
    ['Minyak Sawit Mentah', ['Crude Palm Oil'], ['agriculture']],
    ['Tandan buah segar', ['Palm Fruit'], ['agriculture']],
    ['Gula pasir 50 kg', SUGAR, ['agriculture']],
    ['Udang vaname beku', SHRIMP, ['fishing_aquaculture']],
    ['Batu bara kalori 4200', ['Coal'], ['extractives_metals']],
    ['Kopi arabika', ['Coffee'], ['agriculture']],
  ])('maps %s to its goods and sectors', (description, goods, sectors) => {
    expect(goodsOf({ description })).toEqual(goods);
    expect(sectorsOf({ description })).toEqual(sectors);
  });

  it.each([
    ['Guantes de nitrilo sin polvo', RUBBER_GLOVES],
    ['Luvas de procedimento em látex', RUBBER_GLOVES],
    ['Gants en caoutchouc', RUBBER_GLOVES],
    ['Nitrilhandschuhe puderfrei', RUBBER_GLOVES],
    ['Guanti in nitrile monouso', RUBBER_GLOVES],
    ['Sarung tangan karet', RUBBER_GLOVES],
    ['Guantes', ['Gloves', 'Rubber Gloves']],
    ['Guantes de vinilo, talla M', ['Gloves']],
    ['Einweghandschuhe aus Vinyl', ['Gloves']],
    ['Luvas de couro', ['Gloves']],
  ])('maps the gloves in %s as their English words are', (description, goods) => {
    expect(goodsOf({ description })).toEqual(goods);
  });

  it.each([
    ['Café da manhã para equipe', 'Café torrado e moído', ['Coffee']],
    ['Máquina de café expresso', 'Café en grano', ['Coffee']],
    ['Patrocinador oro, nivel oro', 'Lingotes de oro', ['Gold']],
    ['Machala, El Oro, Ecuador', 'Oro en bruto', ['Gold']],
    ['Or, le devis inclut la livraison', "Lingots d'or", ['Gold']],
    ['Jasa foto kopi', 'Kopi bubuk', ['Coffee']],
    ['Tes gula darah', 'Gula tebu', ['Sugarcane']],
    ['Factura electrónica; correo electrónico', 'Componentes electrónicos', ['Electronics']],
    ['Fibra de carbono, papel carbón', 'Carbón mineral', ['Coal']],
    ['Charbon actif en grains', 'Charbon', ['Coal']],
    ['Carnê IPTU 2024', 'Carne de boi', ['Beef', 'Meat']],
    ['EMA crossover analysis', 'Emas batangan', ['Gold']],
    ['Reforma de vestuarios', 'Vestuario laboral', ['Garments']],
    ['Zapatilla eléctrica 6 tomas', 'Zapatos de cuero', ['Footwear', 'Leather']],
    ['Madera County road repair', 'Madera aserrada', ['Timber']],
    ['Plaga de langosta', 'Langosta viva', ['Lobsters', 'Shellfish']],
    ['Gado-gado', 'Gado de corte', ['Cattle', 'Bovines']],
  ])('takes %s for no good, though %s names one', (text, goodText, goods) => {
    expect(goodsOf({ description: text })).toEqual([]);
    expect(sectorsOf({ description: text })).toEqual([]);
    expect(goodsOf({ description: goodText })).toEqual(goods);
  });

  it('takes the freight to Sucre for transport, not sugar', () => {
    expect(goodsOf({ description: 'Flete La Paz - Sucre' })).toEqual([]);
    expect(sectorsOf({ description: 'Flete La Paz - Sucre' })).toEqual(['transportation_warehousing']);
    expect(goodsOf({ description: 'Sucre de canne' })).toEqual(['Sugarcane']);
  });

  it('takes the Mexican tuna for the prickly pear and mica for a plastic sleeve', () => {
    expect(goodsOf({ description: 'Tuna roja fresca caja 20kg' })).toEqual([]);
    expect(sectorsOf({ description: 'Tuna roja fresca caja 20kg' })).toEqual(['agriculture']);
    expect(goodsOf({ description: 'Micas para credencial tamaño carta' })).toEqual([]);
    expect(sectorsOf({ description: 'Micas térmicas para enmicar' })).toEqual([]);
    // The fish and the mineral still classify.
    expect(goodsOf({ description: 'Canned tuna in brine' })).toEqual(['Fish']);
    expect(goodsOf({ description: 'Mica en hojas (sheet mica)' })).toEqual(['Mica']);
  });

  it('takes the Spanish romper for the verb to break, and the English one for a garment', () => {
    for (const text of [
      'Martillo demoledor para romper concreto',
      'Cincel sin romper la superficie',
      'Servicio de romper el pavimento',
    ]) {
      expect(goodsOf({ description: text })).toEqual([]);
      expect(sectorsOf({ description: text })).not.toContain('textiles_apparel');
    }
    expect(goodsOf({ description: 'Baby romper, cotton knit' })).toEqual(['Garments']);
  });

  it('takes a café as a place to eat for hospitality, not coffee', () => {
    expect(goodsOf({ description: 'Cafe services, HQ building' })).toEqual([]);
    expect(sectorsOf({ description: 'Cafe services, HQ building' })).toEqual(['hospitality']);
    expect(goodsOf({ description: 'Café-bar, pausa café' })).toEqual(['Coffee']);
    // In English files a cafe is the place: running it is a service, furnishing it no purchase of coffee.
    expect(goodsOf({ description: 'CAFE OPERATIONS AT BLDG 12' })).toEqual([]);
    expect(sectorsOf({ description: 'Staff cafe management, option year 2' })).toEqual(['hospitality']);
    expect(sectorsOf({ description: 'Cafe furniture and chairs' })).toEqual([]);
    expect(goodsOf({ description: 'Cafe furniture and chairs' })).toEqual([]);
  });
});

describe('classify(input) by keyword', () => {
  it('maps product phrases to goods and sectors', () => {
    expect(goodsOf({ description: 'CANNED TUNA IN OIL 24x185g' })).toEqual(['Fish']);
    expect(goodsOf({ description: 'Raw cane sugar, bulk' })).toEqual(['Sugarcane']);
    expect(goodsOf({ product_type: 'Polo Shirts' })).toEqual(['Garments']);
    expect(sectorsOf({ product_type: 'T-shirt' })).toEqual(['textiles_apparel']);
    expect(goodsOf({ description: 'Nitrile examination gloves, powder free' })).toEqual([
      'Rubber Gloves',
      'Gloves',
    ]);
    // Bare "gloves" do not say the material: both of ILAB's glove goods (Gloves for China, Rubber Gloves
    // for Malaysia); gloves of another material only the broader good.
    expect(goodsOf({ product_type: 'Gloves' })).toEqual(['Gloves', 'Rubber Gloves']);
    expect(goodsOf({ description: 'Leather gloves' })).toEqual(['Gloves']);
    expect(goodsOf({ description: 'Frozen prawns' })).toEqual(['Shrimp', 'Shellfish']);
    expect(goodsOf({ description: 'Monocrystalline solar panels 400W' })).toEqual(['Solar Modules']);
    // The hit carries ILAB's own spelling of the name (decomposed accents in the vendored file).
    const acai = goods.find((g) => g.good.normalize('NFC') === 'Açaí Berries')?.good;
    expect(goodsOf({ description: 'açaí pulp' })).toEqual([acai]);
  });

  it.each([
    ['Fresh fruit bunches (FFB)', ['Palm Fruit'], ['agriculture']],
    ['FFB, grade A', ['Palm Fruit'], []],
    ['Crude palm oil, bulk', ['Crude Palm Oil'], ['agriculture']],
    ['CPO', ['Crude Palm Oil'], []],
    ['Minyak sawit mentah (CPO)', ['Crude Palm Oil'], ['agriculture']],
  ])('maps the palm oil trade term in %s to the good it names', (description, good, sector) => {
    expect(goodsOf({ description })).toEqual(good);
    expect(sectorsOf({ description })).toEqual(sector);
  });

  it.each([
    'Vinyl gloves',
    'Gloves, vinyl, powder-free',
    'PVC gloves',
    'Polyethylene disposable gloves',
    'Plastic gloves',
  ])('takes gloves the text says are plastic, %s, for Gloves and not Rubber Gloves', (description) => {
    expect(goodsOf({ description })).toEqual(['Gloves']);
  });

  it('takes gloves whose HS code is of plastics (39) or leather (42) for no Rubber Gloves', () => {
    expect(goodsOf({ description: 'Gloves', hs_code: '3926.20' })).toEqual(['Gloves']);
    expect(goodsOf({ description: 'Examination gloves', hs_code: '392620' })).toEqual(['Gloves']);
    expect(goodsOf({ product_type: 'Gloves', hs_code: '4203.29.00' })).toEqual(['Gloves']);
    expect(goodsOf({ description: 'Gloves', hs_code: '4015.19' })).toEqual(['Rubber Gloves', 'Gloves']);
  });

  it('still takes nitrile and latex gloves for Rubber Gloves', () => {
    expect(goodsOf({ description: 'Nitrile gloves, blue' })).toEqual(['Rubber Gloves', 'Gloves']);
    expect(goodsOf({ description: 'Latex examination gloves' })).toEqual(['Rubber Gloves', 'Gloves']);
  });

  it.each(['FROZEN ALBACORE', 'Skipjack loins', 'YELLOWFIN TUNA STEAKS', 'bigeye, whole round'])(
    'maps a tuna named by its species as fish: %s',
    (description) => {
      expect(goodsOf({ description })).toEqual(['Fish']);
      expect(sectorsOf({ description })).toEqual(['fishing_aquaculture']);
    },
  );

  it('maps no good from squid or octopus, which ILAB does not name', () => {
    expect(goodsOf({ description: 'FROZEN SQUID TUBES' })).toEqual([]);
    expect(goodsOf({ description: 'Octopus, cooked' })).toEqual([]);
  });

  it('maps service phrases to sectors', () => {
    expect(sectorsOf({ description: 'Janitorial services for Building 12' })).toEqual([
      'housekeeping_facilities',
    ]);
    expect(sectorsOf({ description: 'Custodial support' })).toEqual(['housekeeping_facilities']);
    expect(sectorsOf({ description: 'Hotel lodging for conference attendees' })).toEqual(['hospitality']);
    expect(sectorsOf({ description: 'Trucking of freight to depot' })).toEqual([
      'transportation_warehousing',
    ]);
    expect(sectorsOf({ description: 'Nursing and hospital staffing' })).toEqual(['healthcare']);
    expect(sectorsOf({ description: 'Timber logging, tract 7' })).toEqual(['forestry']);
  });

  it.each([
    // An ERP export's purchase category (product type) and description, in German.
    [{ product_type: 'Bau', description: 'Bauleistungen Niederlassung Doha' }, 'construction'],
    [{ description: 'Bauleistung Los 3, Hochbau' }, 'construction'],
    [{ description: 'Tiefbau und Straßenbau' }, 'construction'],
    [{ product_type: 'Obras', description: 'Obras civiles, Lote 2' }, 'construction'],
    [{ product_type: 'BTP', description: 'Travaux publics, lot 4' }, 'construction'],
    [{ description: 'Lavori edili, sede di Milano' }, 'construction'],
    [{ product_type: 'Gebäudereinigung', description: 'Reinigung Büro Hanoi' }, 'housekeeping_facilities'],
    [{ description: 'Unterhaltsreinigung Verwaltungsgebäude' }, 'housekeeping_facilities'],
    [{ description: 'Office cleaning Hanoi' }, 'housekeeping_facilities'],
    [{ description: 'Cleaning supplies, assorted' }, 'housekeeping_facilities'],
    [{ description: 'Servicio de limpieza, oficinas' }, 'housekeeping_facilities'],
    [{ description: 'Nettoyage des locaux' }, 'housekeeping_facilities'],
    [{ description: 'Pulizia uffici' }, 'housekeeping_facilities'],
    [{ description: 'Jasa kebersihan gedung' }, 'housekeeping_facilities'],
    [{ product_type: 'Transport', description: 'Spedition' }, 'transportation_warehousing'],
    [{ description: 'Seefracht Hamburg - Shanghai' }, 'transportation_warehousing'],
    [{ description: 'Logistik Lager Nord' }, 'transportation_warehousing'],
    [{ description: 'Transporte de carga terrestre' }, 'transportation_warehousing'],
    [{ description: 'Frete rodoviário' }, 'transportation_warehousing'],
    [{ description: 'Fret maritime Le Havre' }, 'transportation_warehousing'],
    [{ description: 'Trasporto merci' }, 'transportation_warehousing'],
    [{ description: 'Angkutan barang' }, 'transportation_warehousing'],
  ])('maps the service words of %o to their sector', (fields, sector) => {
    expect(sectorsOf(fields)).toContain(sector);
  });

  it.each([
    'Data cleaning of the supplier master',
    'Teeth cleaning kit',
    'Self-cleaning oven',
    'Cleaning validation protocol',
    'Limpieza de datos de proveedores',
    'Transport trolley, 4 wheels',
    'Transport case for drone',
    'Carro de transporte plegable',
    'Equipos de transporte: camiones',
    'BAU support, Q3',
    'Obras completas de Cervantes',
    'BTP officers, overtime',
    'Fret board, maple',
    'Machines for cleaning seed',
    'Transport services for data and voice network circuits',
  ])('takes %s for no service sector', (description) => {
    expect(sectorsOf({ description })).toEqual([]);
  });

  it('does not fire inside other words or on guarded phrases', () => {
    expect(goodsOf({ description: 'Goldman Sachs advisory fee' })).toEqual([]);
    expect(goodsOf({ description: 'Office lease, 12 Cottonwood Rd' })).toEqual([]);
    expect(goodsOf({ description: 'Martini glasses; tinted film' })).toEqual([]);
    expect(goodsOf({ description: 'Gold level support plan renewal' })).toEqual([]);
    expect(goodsOf({ description: 'US Fish and Wildlife Service survey' })).toEqual([]);
    expect(sectorsOf({ description: 'Audit logging software subscription' })).toEqual([]);
    expect(sectorsOf({ description: 'Data warehouse migration' })).toEqual([]);
    expect(sectorsOf({ description: 'Data mining of claims' })).toEqual([]);
    expect(goodsOf({ description: 'Coffee table, oak' })).toEqual(['Furniture']);
    expect(goodsOf({ description: 'Vendor TIN 12-3456789' })).toEqual([]);
    expect(goodsOf({ description: 'Amino-acids, their esters and their salts' })).toEqual([]);
    expect(goodsOf({ description: 'Jams containing added sugar' })).toEqual([]);
    expect(goodsOf({ description: 'Fish meat, frozen' })).toEqual(['Fish']);
  });

  it.each([
    ['T-shirt colour brick red', ['Garments']],
    ['Bed sheet colour sandstone', ['Textiles']],
    ['Sandstone-coloured cushion cover', []],
    ['Tea towel set of 3', ['Textiles']],
    ['Brick stitch embroidery cushion', ['Embellished Textiles']],
    ['Hazelnut brown knit scarf', []],
    ['Shrimp pink blouse', ['Garments']],
    ['SHIRT, UNIFORM, DESERT SAND', ['Garments']],
    ['BOOTS, HOT WEATHER, SAND COLORED', ['Footwear']],
    ['Sand-coloured cushion cover', []],
    ['POLO SHIRT, COAL BLACK', ['Garments']],
    ['SCARF, CHARCOAL GREY', []],
    ['Charcoal-gray trousers', ['Garments']],
    ['T-SHIRT, CHOCOLATE BROWN', ['Garments']],
    ['T-SHIRT, COFFEE BROWN', ['Garments']],
    ['NECKTIE, RUBY RED', []],
    ['JACKET, EMERALD GREEN', ['Garments']],
    ['Gold-coloured buttons', []],
    ['INSIGNIA, GOLD EMBROIDERED', []],
  ])('takes a colour or textile term for no good of its first word: %s', (description, expected) => {
    expect(goodsOf({ description })).toEqual(expected);
  });

  describe('a colour name in a row whose codes or words name clothing, footwear or another textile article', () => {
    const classify = (fields: Partial<ClassifyInput>) => {
      const c = classifier.classify(row(fields));
      return { goods: c.goods.map((g) => g.good), sectors: c.sectors.map((s) => s.sector) };
    };
    const clothing = { goods: ['Garments'], sectors: ['textiles_apparel'] };

    it.each([
      [{ psc: '8405', naics: '315250', description: 'SHIRT, UNIFORM, SAND' }, clothing],
      [{ psc: '8415', description: 'PARKA, COLD WEATHER, SAND' }, clothing],
      [{ hs_code: '6109.10', description: 'T-SHIRT, COTTON, SAND' }, clothing],
      [
        { naics: '315250', description: 'TOWEL, BATH, OLIVE' },
        { goods: ['Garments', 'Textiles'], sectors: ['textiles_apparel'] },
      ],
      [{ psc: '8420', naics: '315250', description: 'Polo shirt coal' }, clothing],
      [{ psc: '8420', description: 'T-shirt, chocolate' }, clothing],
      [{ psc: '8420', description: 'T-shirt, coffee' }, clothing],
      [{ psc: '8405', description: 'Jacket, emerald' }, clothing],
      [
        { psc: '8440', description: 'Scarf, charcoal' },
        { goods: ['Garments', 'Gloves'], sectors: ['textiles_apparel'] },
      ],
      [{ hs_code: '6205.20', description: 'Shirt, ruby' }, clothing],
      [{ psc: '8420', naics: '315250', description: 'T-SHIRT, SHRIMP' }, clothing],
      [{ hs_code: '6204.42', description: 'Dress, gold', product_type: 'Gold' }, clothing],
      [
        { hs_code: '6403.99', description: 'Boots, sand' },
        { goods: ['Footwear'], sectors: ['textiles_apparel'] },
      ],
    ])('is the colour of the article: %o', (fields, expected) => {
      expect(classify(fields)).toEqual(expected);
    });

    it.each([
      [{ psc: '5610', naics: '212321', description: 'SAND, WASHED, FOR CONCRETE' }, ['Sand']],
      [{ description: 'Gold bars' }, ['Gold']],
      [{ description: 'Coffee beans' }, ['Coffee']],
      [{ naics: '311710', description: 'Shrimp, frozen' }, ['Shellfish', 'Shrimp']],
      [{ hs_code: '7108.12', description: 'Gold bars' }, ['Gold']],
      [{ psc: '8455', description: 'Insignia, gold' }, ['Gold']],
      [{ naics: '311351', description: 'Chocolate bars' }, ['Cocoa']],
      [{ psc: '8405', description: 'Uniform shirts; coffee beans for the mess' }, ['Garments', 'Coffee']],
    ])(
      'still names its good where the codes buy no clothing or a longer phrase names it: %o',
      (fields, expected) => {
        expect(classify(fields).goods).toEqual(expected);
      },
    );

    it.each([
      [{ description: 'TOWEL, BATH, OLIVE' }, { goods: ['Textiles'], sectors: ['textiles_apparel'] }],
      [{ description: 'Bed sheet, coffee' }, { goods: ['Textiles'], sectors: ['textiles_apparel'] }],
      [{ description: 'Bedding set chocolate' }, { goods: ['Textiles'], sectors: ['textiles_apparel'] }],
      [{ description: 'Fabric, vanilla, 2 m' }, { goods: ['Textiles'], sectors: ['textiles_apparel'] }],
      [{ description: 'Camiseta, café' }, clothing],
      [
        { description: 'Olive', product_type: 'Towels' },
        { goods: ['Textiles'], sectors: ['textiles_apparel'] },
      ],
      [
        { psc: '7210', description: 'CURTAIN, OLIVE' },
        { goods: ['Textiles'], sectors: ['textiles_apparel'] },
      ],
      [
        { psc: '8460', description: 'BAG, DUFFEL, COFFEE' },
        { goods: ['Leather Goods/Accessories'], sectors: ['textiles_apparel'] },
      ],
      [
        { hs_code: '6302.60', description: 'Salmon' },
        { goods: ['Textiles'], sectors: ['textiles_apparel'] },
      ],
    ])('is the colour of a textile article its codes or words name: %o', (fields, expected) => {
      expect(classify(fields)).toEqual(expected);
    });

    it.each([
      [{ description: 'OLIVE OIL' }, ['Olives']],
      [{ description: 'OLIVES, CANNED' }, ['Olives']],
      [{ description: 'Towels, bath; olive oil' }, ['Textiles', 'Olives']],
      [{ description: 'Café molido' }, ['Coffee']],
      [{ description: 'Cotton, olives' }, ['Cotton', 'Olives']],
      [{ description: 'Silver bars' }, ['Silver']],
      [{ description: 'Salmon fillets' }, ['Fish']],
    ])('still names the food or the metal where no textile article is named: %o', (fields, expected) => {
      expect(classify(fields).goods).toEqual(expected);
    });

    it('keeps the sand sector where the codes buy no clothing', () => {
      expect(classify({ description: 'Sand, beige, for playgrounds' }).sectors).toEqual([
        'extractives_metals',
      ]);
    });
  });

  it.each([
    ['red bricks', ['Bricks']],
    ['Bricks, red, 230 mm', ['Bricks']],
    ['Brick red facing bricks', ['Bricks']],
    ['sandstone tiles', ['Sandstone']],
    ['Sandstone, colour grey', ['Sandstone']],
    ['black tea', ['Tea']],
    ['frozen shrimp', ['Shrimp', 'Shellfish']],
    ['Shrimp, pink, raw', ['Shrimp', 'Shellfish']],
    ['Hazelnuts, brown skin', ['Hazelnuts']],
    ['SAND, WASHED, FOR CONCRETE', ['Sand']],
    ['Gold bars', ['Gold']],
    ['Coffee beans', ['Coffee']],
    ['Coal, black, bituminous', ['Coal']],
    ['Charcoal briquettes, grey bag', ['Charcoal']],
    ['Sand, beige, for playgrounds', ['Sand']],
    ['Rubies, red, cut', ['Rubies', 'Gems']],
    ['Emerald rings, green gold', ['Emeralds', 'Gems', 'Gold']],
  ])('still takes the good where the text names it: %s', (description, expected) => {
    expect(goodsOf({ description })).toEqual(expected);
  });

  it.each([
    ['Ladies dresses', ['Garments']],
    ['Knit tops', ['Garments']],
    ['Baby rompers', ['Garments']],
    ['Bed linen set sateen', ['Textiles']],
    ['Terry towels', ['Textiles']],
    ['Kilim', ['Carpets']],
    ['dhurrie 4x6 ft', ['Carpets']],
    ['Beaded embellished pashmina shawl', ['Embellished Textiles']],
    ['Glass bead embellished top', ['Embellished Textiles']],
    ['zari border', ['Embellished Textiles']],
  ])('maps apparel, linen, rug and embellishment words to their good: %s', (description, expected) => {
    expect(goodsOf({ description })).toEqual(expected);
  });

  it('takes paper towels, a dress code and dress shoes for no textile good', () => {
    expect(goodsOf({ description: 'Paper towels, 12 rolls' })).toEqual([]);
    expect(goodsOf({ description: 'Dress code training' })).toEqual([]);
    expect(goodsOf({ description: 'Dress shoes, black' })).toEqual([]);
    expect(sectorsOf({ description: 'Dress shoes, black' })).toEqual(['textiles_apparel']);
  });

  it('puts code hits before keyword hits and reports each target once', () => {
    const result = classifier.classify(row({ hs_code: '030617', description: 'frozen shrimp' }));
    expect(result.goods.map((g) => g.via)).toEqual(['HS 030617', 'HS 030617']);
    const source = classifier.classify(row({ description: 'frozen shrimp' })).goods[0]?.source;
    expect(source).toEqual({
      dataset: 'crosswalk_keywords',
      record: 'keyword shrimp',
      as_of: classifier.as_of.keywords,
    });
  });

  it('returns the cached result for a repeated input', () => {
    const a = classifier.classify(row({ description: 'cocoa beans' }));
    const b = classifier.classify(row({ description: 'cocoa beans' }));
    expect(b).toBe(a);
    expect(a.goods.map((g) => g.good)).toEqual(['Cocoa']);
    expect(Object.isFrozen(a.goods)).toBe(true);
  });

  it('returns one object for equal results of different inputs, merged ones included', () => {
    const a = classifier.classify(row({ hs_code: '620349' }));
    const b = classifier.classify(row({ hs_code: '620343' }));
    expect(a.goods.map((g) => `${g.good} ${g.via}`)).toEqual(['Garments HS 62']);
    expect(b).toBe(a);
    const merged = classifier.classify(row({ hs_code: '620349', description: 'frozen tuna' }));
    expect(merged.goods.map((g) => g.good)).toEqual(['Garments', 'Fish']);
    expect(classifier.classify(row({ hs_code: '620343', description: 'frozen tuna' }))).toBe(merged);
    expect(Object.isFrozen(merged.goods)).toBe(true);
  });

  it('gives HS codes "of cotton" the good Cotton as an input, not as a good', () => {
    const jeans = classifier.classify(row({ hs_code: '6203.42', description: 'Jeans Herren' }));
    expect(jeans.goods.map((g) => g.good)).toEqual(['Garments']);
    expect(jeans.inputs?.map((g) => `${g.good} ${g.via}`)).toEqual(['Cotton HS 620342']);
    expect(classifier.classify(row({ hs_code: '630231' })).inputs?.map((g) => g.good)).toEqual(['Cotton']);
    expect(classifier.classify(row({ hs_code: '551311' })).inputs?.map((g) => g.good)).toEqual(['Cotton']);
    expect(classifier.classify(row({ hs_code: '620349' })).inputs).toBeUndefined();
    const merged = classifier.classify(row({ hs_code: '620342', description: 'frozen shrimp' }));
    expect(merged.inputs?.map((g) => g.good)).toEqual(['Cotton']);
    expect(
      classifier.classify(row({ hs_code: '620343', description: 'frozen shrimp' })).inputs,
    ).toBeUndefined();
    // Cotton yarn is the good Thread/Yarn, made of cotton; raw cotton (5201) is the good Cotton.
    const yarn = classifier.classify(row({ hs_code: '5205' }));
    expect(yarn.goods.map((g) => g.good)).toEqual(['Thread/Yarn']);
    expect(yarn.inputs?.map((g) => g.good)).toEqual(['Cotton']);
    expect(goodsOf({ hs_code: '5208.11' })).toEqual(['Textiles']);
    expect(goodsOf({ hs_code: '5201.00' })).toEqual(['Cotton']);
  });
});

const inputsOf = (fields: Partial<ClassifyInput>) =>
  classifier.classify(row(fields)).inputs?.map((g) => g.good) ?? [];

describe('classify(input): cotton, the crop and the material', () => {
  it.each([
    ['COTTON DRESS SHIRTS', ['Garments']],
    ['COTTON T-SHIRTS', ['Garments']],
    ["MEN'S 100% COTTON KNITTED T-SHIRTS", ['Garments']],
    ['Cotton trousers', ['Garments']],
    ['COTTON YARN', ['Thread/Yarn']],
    ['cotton thread', ['Thread/Yarn']],
    ['Cotton fabric, 140 gsm', ['Textiles']],
    ['Camisetas de algodón', ['Garments']],
    ['Baumwollgarn', ['Thread/Yarn']],
    ['Baumwollgewebe', ['Textiles']],
    ['Baumwollstoff', ['Textiles']],
    ['Baumwollhemden', ['Garments']],
    ['Baumwoll-T-Shirts', ['Garments']],
    ['T-Shirts aus Baumwolle', ['Garments']],
    ['Fil de coton', ['Thread/Yarn']],
    ['Hilado de algodón peinado', ['Thread/Yarn']],
    ['Fio de algodão', ['Thread/Yarn']],
  ])('takes %s for its own good, made of cotton', (description, expected) => {
    expect(goodsOf({ description })).toEqual(expected);
    expect(inputsOf({ description })).toEqual(['Cotton']);
  });

  it.each([
    ['raw cotton bales', ['agriculture']],
    ['Cotton lint, 1 1/8 in staple', ['agriculture']],
    ['seed cotton', ['agriculture']],
    ['ginned cotton', ['agriculture']],
    ['Ginning', ['agriculture']],
    ['Rohbaumwolle', ['agriculture']],
    ['Cotton', ['textiles_apparel']],
    ['Baumwolle', ['textiles_apparel']],
  ])('takes %s for the good Cotton, the crop', (description, sectors) => {
    expect(goodsOf({ description })).toEqual(['Cotton']);
    expect(sectorsOf({ description })).toEqual(sectors);
  });

  it.each([
    'APPLICATOR, COTTON TIPPED, STERILE',
    'Cotton-tipped applicators, 6 in',
    'Cotton swabs, 100 ct',
    'Cotton buds',
    'Cotton balls, large',
    'Cotton wool, 500 g',
    'Absorbent cotton, USP',
    'Cotton pads, round',
    'COTTON GAUZE SPONGES 4X4, 12 PLY',
    'Cotton swabs, 100% cotton',
  ])('takes %s for an article made of cotton, not the crop', (description) => {
    expect(goodsOf({ description })).toEqual([]);
    expect(inputsOf({ description })).toEqual(['Cotton']);
    expect(sectorsOf({ description })).toEqual(['textiles_apparel']);
  });

  it('takes cotton as the material of a product its HS code says is made of it', () => {
    expect(goodsOf({ hs_code: '5601.21', description: '100% cotton' })).toEqual([]);
    expect(inputsOf({ hs_code: '5601.21', description: '100% cotton' })).toEqual(['Cotton']);
    expect(
      goodsOf({ psc: '6510', naics: '339113', description: 'APPLICATOR, COTTON TIPPED, STERILE' }),
    ).toEqual([]);
  });

  it('takes cotton as the material when another field or the HS code names the good', () => {
    expect(goodsOf({ description: 'cotton', product_type: 'T-shirts' })).toEqual(['Garments']);
    expect(inputsOf({ description: 'cotton', product_type: 'T-shirts' })).toEqual(['Cotton']);
    expect(goodsOf({ description: '100% cotton', hs_code: '6109.10' })).toEqual(['Garments']);
    // Beside a crop or a mineral, cotton is a commodity of its own, not their material.
    expect(goodsOf({ description: 'Commodities: cotton, cane sugar' })).toEqual(['Cotton', 'Sugarcane']);
    expect(inputsOf({ description: 'Commodities: cotton, cane sugar' })).toEqual(['Cotton']);
    // A row that also names the crop keeps it.
    expect(goodsOf({ description: 'cotton', product_type: 'Raw cotton; T-shirts' })).toEqual([
      'Cotton',
      'Garments',
    ]);
  });
});

describe('classify(input): goods words in Turkish', () => {
  it.each([
    ['Pamuk ipliği Ne 30/1', ['Thread/Yarn'], ['Cotton']],
    ['PAMUK İPLİĞİ, PENYE', ['Thread/Yarn'], ['Cotton']],
    ['Pamuklu kumaş, 140 g/m2', ['Textiles'], ['Cotton']],
    ['Hazır giyim', ['Garments'], []],
    ['HAZIR GİYİM, ERKEK', ['Garments'], []],
    ['Pamuklu tişört', ['Garments'], ['Cotton']],
    ['Tekstil ürünleri', ['Textiles'], []],
    ['Ham pamuk, balya', ['Cotton'], []],
    ['Pamuk', ['Cotton'], ['Cotton']],
    ['İş elbisesi', ['Garments'], []],
    ['Ayakkabı, deri', ['Footwear'], []],
    ['AYAKKABI, DERİ', ['Footwear'], []],
  ])('maps %s to its goods and the material', (description, goods, inputs) => {
    expect(goodsOf({ description })).toEqual(goods);
    expect(inputsOf({ description })).toEqual(inputs);
  });

  it('takes the novelist Orhan Pamuk for no cotton', () => {
    expect(goodsOf({ description: 'Orhan Pamuk, Masumiyet Müzesi (kitap)' })).toEqual([]);
  });
});

describe('classify(input): palm oil and the palm fruit it is extracted from', () => {
  it.each([
    [{ hs_code: '1511.10' }, ['Crude Palm Oil']],
    [{ hs_code: '151190' }, ['Refined Palm Oil']],
    [{ hs_code: '1511' }, ['Crude Palm Oil', 'Refined Palm Oil']],
    [{ hs_code: '1513.21' }, ['Crude Palm Kernel Oil']],
    [{ description: 'CRUDE PALM OIL' }, ['Crude Palm Oil']],
    [{ description: 'Palmöl roh' }, ['Crude Palm Oil', 'Refined Palm Oil']],
    [{ description: 'Minyak sawit mentah' }, ['Crude Palm Oil']],
    [{ description: 'Huile de palmiste' }, ['Crude Palm Kernel Oil', 'Refined Palm Kernel Oil']],
  ])('gives %o its oil as the good and Palm Fruit as an input', (fields, goods) => {
    expect(goodsOf(fields)).toEqual(goods);
    expect(inputsOf(fields)).toEqual(['Palm Fruit']);
    expect(sectorsOf(fields)).toEqual(['agriculture']);
  });

  it('keeps palm fruit itself a good, and gives the letters cpo no input', () => {
    expect(goodsOf({ description: 'Fresh fruit bunches' })).toEqual(['Palm Fruit']);
    expect(inputsOf({ description: 'Fresh fruit bunches' })).toEqual([]);
    expect(inputsOf({ description: 'CPO' })).toEqual([]);
  });

  it('keeps cotton a good beside palm oil, whose input is another material', () => {
    const both = { description: 'Commodities: cotton, palm oil' };
    expect(goodsOf(both)).toEqual(['Cotton', 'Crude Palm Oil', 'Refined Palm Oil']);
    // Cotton named alone is both the good and the material, as it is without the oil.
    expect(inputsOf(both)).toEqual(['Cotton', 'Palm Fruit']);
    // Cotton swabs still make a bare cotton their material.
    expect(goodsOf({ description: 'Cotton swabs, 100% cotton' })).toEqual([]);
  });
});

describe('classify(input): a broad code and the specific good', () => {
  it('keeps the goods of PSC 8905 that the NAICS code or the text names, and drops the fishing sector', () => {
    const beef = classifier.classify(
      row({ psc: '8905', naics: '311611', description: 'Carne bovina congelada' }),
    );
    expect(beef.goods.map((g) => g.good)).toEqual(['Beef', 'Meat']);
    expect(beef.sectors.map((s) => s.sector)).toEqual(['agriculture']);
    expect(goodsOf({ psc: '8905', description: 'beef patties' })).toEqual(['Meat', 'Beef']);
    expect(sectorsOf({ psc: '8905', description: 'beef patties' })).toEqual(['agriculture']);
    expect(goodsOf({ psc: '8905', description: 'frozen tilapia fillets' })).toEqual([
      'Fish',
      'Tilapia (fish)',
    ]);
    expect(sectorsOf({ psc: '8905', description: 'frozen tilapia fillets' })).toEqual([
      'fishing_aquaculture',
    ]);
    expect(goodsOf({ psc: '8955', description: 'Ground coffee, 1 lb' })).toEqual(['Coffee']);
  });

  it('keeps all the goods of a broad code when nothing else names one of them', () => {
    expect(goodsOf({ psc: '8905' })).toEqual(['Meat', 'Poultry', 'Fish']);
    expect(sectorsOf({ psc: '8905' })).toEqual(['fishing_aquaculture']);
    expect(goodsOf({ psc: '8905', description: 'Subsistence, weekly delivery' })).toEqual([
      'Meat',
      'Poultry',
      'Fish',
    ]);
  });

  it('keeps the hosiery or the handwear of PSC 8440 and 8445 that the row names', () => {
    expect(goodsOf({ psc: '8440', naics: '315110', description: 'SOCKS, COTTON' })).toEqual(['Garments']);
    expect(inputsOf({ psc: '8440', naics: '315110', description: 'SOCKS, COTTON' })).toEqual(['Cotton']);
    expect(goodsOf({ psc: '8440', description: 'SOCKS, COTTON' })).toEqual(['Garments']);
    expect(goodsOf({ psc: '8445', description: "Women's hosiery" })).toEqual(['Garments']);
    expect(goodsOf({ psc: '8440', description: 'Gloves, leather' })).toEqual([
      'Gloves',
      'Rubber Gloves',
      'Leather',
    ]);
    expect(sectorsOf({ psc: '8440', description: 'Gloves, leather' })).toEqual(['textiles_apparel']);
    expect(goodsOf({ psc: '8445' })).toEqual(['Garments', 'Gloves']);
  });

  it('gives no clothing to the jewelry, equipment and armor of PSC group 84', () => {
    expect(goodsOf({ psc: '8457', description: 'RING, GOLD' })).toEqual(['Gold']);
    expect(goodsOf({ psc: '8465', description: 'SLEEPING BAG' })).toEqual([]);
    expect(goodsOf({ psc: '8470' })).toEqual([]);
    expect(goodsOf({ psc: '8475' })).toEqual(['Garments']);
    expect(goodsOf({ psc: '8405' })).toEqual(['Garments']);
  });

  it('reads socks and hosiery as garments, not a wind sock or a silt sock', () => {
    expect(goodsOf({ description: 'Compression socks, knee high' })).toEqual(['Garments']);
    expect(goodsOf({ description: 'Airfield wind sock, 18 in' })).toEqual([]);
    expect(goodsOf({ description: 'Silt sock, 12 in, for erosion control' })).toEqual([]);
    expect(goodsOf({ description: 'Filter socks for parts washer' })).toEqual([]);
  });

  it('keeps a code that names a good and its broader good whole', () => {
    expect(goodsOf({ hs_code: '0305', description: 'salted fish' })).toEqual(['Fish', 'Dried Fish']);
    expect(goodsOf({ hs_code: '6116', description: 'knitted gloves' })).toEqual(['Gloves', 'Garments']);
    expect(goodsOf({ hs_code: '940320', description: 'office furniture' })).toEqual([
      'Furniture (steel)',
      'Furniture',
    ]);
  });
});

describe('classify(input): several HS codes in one cell', () => {
  it('classifies each code', () => {
    for (const hs_code of ['610910,520512', '6109.10; 5205.12', '6109.10 / 5205.12']) {
      expect(goodsOf({ hs_code }), hs_code).toEqual(['Garments', 'Thread/Yarn']);
      expect(inputsOf({ hs_code }), hs_code).toEqual(['Cotton']);
    }
  });

  it('takes a decimal comma or a note after a comma for no second code', () => {
    expect(goodsOf({ hs_code: '6109,1' })).toEqual(['Garments']);
    expect(goodsOf({ hs_code: '0306.16, frozen' })).toEqual(['Shrimp', 'Shellfish']);
  });
});

describe('classify(input): product types of brand lists and Open Supply Hub files', () => {
  it.each([
    ['Sportswear', ['Garments'], ['textiles_apparel']],
    ['Activewear', ['Garments'], ['textiles_apparel']],
    ['Swimwear', ['Garments'], ['textiles_apparel']],
    ['Lingerie', ['Garments'], ['textiles_apparel']],
    ['Woven tops', ['Garments'], ['textiles_apparel']],
    ['Leggings', ['Garments'], ['textiles_apparel']],
    ['Uniforms', ['Garments'], ['textiles_apparel']],
    ['School uniforms', ['Garments'], ['textiles_apparel']],
    ['Workwear', ['Garments'], ['textiles_apparel']],
    ['RMG', ['Garments'], ['textiles_apparel']],
    ['Cut and sew', ['Garments'], ['textiles_apparel']],
    ['CMT', ['Garments'], ['textiles_apparel']],
    ['Denim', ['Textiles', 'Garments'], ['textiles_apparel']],
    ['Denim fabric', ['Textiles'], ['textiles_apparel']],
    ['Bedding', ['Textiles'], ['textiles_apparel']],
    ['Flip flops', ['Footwear (sandals)', 'Footwear'], ['textiles_apparel']],
    ['Spinning', ['Thread/Yarn'], ['textiles_apparel']],
    ['Weaving', ['Textiles'], ['textiles_apparel']],
    ['Knitting', ['Textiles'], ['textiles_apparel']],
    ['Dyeing', ['Textiles'], ['textiles_apparel']],
    ['Ginning', ['Cotton'], ['agriculture']],
    ['Viscose fibre', [], ['textiles_apparel']],
    ['Damenbekleidung', ['Garments'], ['textiles_apparel']],
    ['Strickwaren', ['Garments'], ['textiles_apparel']],
    ['Heimtextilien', ['Textiles'], ['textiles_apparel']],
    ['Sportschuhe', ['Footwear'], ['textiles_apparel']],
    ['Hemden', ['Garments'], ['textiles_apparel']],
    ['Garn', ['Thread/Yarn'], ['textiles_apparel']],
    ['Prêt-à-porter', ['Garments'], ['textiles_apparel']],
    ['Tannery', ['Leather'], ['textiles_apparel']],
    ['Outsoles', ['Footwear'], ['textiles_apparel']],
    ['Knit', ['Garments', 'Textiles'], ['textiles_apparel']],
    ['Woven', ['Garments', 'Textiles'], ['textiles_apparel']],
    ['Knit|Woven', ['Garments', 'Textiles'], ['textiles_apparel']],
    ['Knits & Wovens', ['Garments', 'Textiles'], ['textiles_apparel']],
    ['Woven/Knit', ['Garments', 'Textiles'], ['textiles_apparel']],
    ['Woven garments', ['Garments'], ['textiles_apparel']],
    ['Knitwear', ['Garments'], ['textiles_apparel']],
  ])('maps %s', (product_type, goods, sectors) => {
    expect(goodsOf({ product_type })).toEqual(goods);
    expect(sectorsOf({ product_type })).toEqual(sectors);
  });

  it.each([
    'Uniform Guidance training',
    'Uniform rate schedule',
    'RMG postage and franking',
    'CMT audit',
    'Spinning bikes for the gym',
    'Metal spinning of aluminium parts',
    'Hair dyeing service',
    'Animal bedding, straw',
    'Bedding plants for the park',
    'Pipe bedding, 20 m',
    '74HC74 dual D-type flip-flop',
    'Flip-flop IC, SOIC-14',
    'Knitting machine spare parts',
    'Wall paint, denim blue, 5 l',
    'Rayon frais, étiquettes',
    'Bedding planes dip at 20 degrees',
    'Woven wire mesh, stainless, 2 m',
    'PP woven sacks, 50 kg',
    'Woven polypropylene bags',
    'Woven labels',
  ])('takes %s for no textile or footwear good', (description) => {
    expect(goodsOf({ description })).toEqual([]);
  });
});

describe('classify(input): a service row', () => {
  const uflpa = 'UFLPA ENFORCEMENT SUPPORT: SUPPLY CHAIN TRACING OF XINJIANG COTTON AND POLYSILICON';

  it('takes no sector from the words that name a good the service is about', () => {
    expect(sectorsOf({ psc: 'R408', naics: '541611', description: uflpa })).toEqual([]);
    expect(sectorsOf({ naics: '541611', description: uflpa })).toEqual([]);
    expect(sectorsOf({ psc: 'S209', description: 'Laundry services for uniforms' })).toEqual([
      'housekeeping_facilities',
    ]);
    expect(sectorsOf({ psc: 'V129', product_type: 'Cotton bales' })).toEqual(['transportation_warehousing']);
  });

  it('keeps the sectors of its codes and of the words that name a service', () => {
    expect(sectorsOf({ psc: 'R499', description: 'Janitorial services' })).toEqual([
      'housekeeping_facilities',
    ]);
    expect(sectorsOf({ psc: 'Y1AA', description: 'Construct brick barracks' })).toEqual(['construction']);
  });

  it('keeps the building materials the words of construction work name, which its contractor supplies', () => {
    expect(goodsOf({ psc: 'Y1AA', description: 'Construct brick barracks' })).toEqual(['Bricks']);
    const camp = {
      naics: '236220',
      description: 'Construction of camp: clay bricks, timber, sand and gravel',
    };
    expect(goodsOf(camp)).toEqual(['Bricks (clay)', 'Bricks', 'Timber', 'Sand', 'Gravel (crushed stones)']);
    // The work is the contractor's: no forestry or mining sector from its materials.
    expect(sectorsOf(camp)).toEqual(['construction']);
    expect(goodsOf({ psc: 'Z2AA', description: 'Alter office building, granite cladding' })).toEqual([
      'Granite',
    ]);
    expect(goodsOf({ psc: 'Y1AA', product_type: 'Ladrillos' })).toEqual(['Bricks']);
  });

  it('takes no goods from the words of construction work that are no building materials', () => {
    expect(
      goodsOf({ psc: 'Y1AA', description: 'Construct barracks, cotton curtains, steel furniture' }),
    ).toEqual([]);
  });

  it('takes no goods from the materials a repair, maintenance, cleaning or testing service is done on', () => {
    expect(goodsOf({ psc: 'Z2AA', description: 'Repair of brick wall' })).toEqual([]);
    expect(goodsOf({ psc: 'Z1AA', description: 'Maintenance of timber footbridge' })).toEqual([]);
    expect(goodsOf({ naics: '238990', description: 'Cleaning of granite floors' })).toEqual([]);
    expect(goodsOf({ psc: 'H334', description: 'Brick testing' })).toEqual([]);
    expect(goodsOf({ psc: 'P400', description: 'Demolition, brick buildings' })).toEqual([]);
  });

  it('takes no goods nor materials from the words that name what the service is about', () => {
    const laundry = { psc: 'S209', description: 'LAUNDRY SERVICE FOR COTTON UNIFORMS' };
    expect(goodsOf(laundry)).toEqual([]);
    expect(inputsOf(laundry)).toEqual([]);
    expect(sectorsOf(laundry)).toEqual(['housekeeping_facilities']);
    expect(goodsOf({ naics: '812332', description: 'Uniform laundering, cotton shirts' })).toEqual([]);
    expect(goodsOf({ psc: 'J084', description: 'Repair of boots' })).toEqual([]);
  });

  it('keeps the goods its codes name', () => {
    // PSC R408 names no good; an HS code says goods are bought, whatever the NAICS code of the supplier.
    expect(goodsOf({ naics: '541611', hs_code: '6205.20', description: 'Cotton shirts' })).toEqual([
      'Garments',
    ]);
    expect(goodsOf({ psc: '8405', description: 'Cotton uniforms' })).toEqual(['Garments']);
  });

  it('is, without codes, a description whose head names a service', () => {
    expect(goodsOf({ description: 'REPAIR OF GARMENTS' })).toEqual([]);
    expect(sectorsOf({ description: 'REPAIR OF GARMENTS' })).toEqual([]);
    expect(goodsOf({ description: 'Laundry services, cotton uniforms' })).toEqual([]);
    expect(sectorsOf({ description: 'Laundry services' })).toEqual(['housekeeping_facilities']);
    expect(goodsOf({ description: 'Shoe repair' })).toEqual([]);
  });

  it('is not a description that only opens with the noun of a service, nor one with goods codes', () => {
    expect(goodsOf({ description: 'TRAINING SHOES' })).toEqual(['Footwear']);
    expect(goodsOf({ description: 'Laundry bag, cotton' })).toEqual(['Cotton']);
    expect(goodsOf({ description: 'Shirts and laundry' })).toEqual(['Garments']);
    expect(goodsOf({ psc: '8405', description: 'REPAIR OF GARMENTS' })).toEqual(['Garments']);
  });

  it('keeps the sectors of the words of a supplies row', () => {
    expect(sectorsOf({ description: uflpa })).toEqual(['textiles_apparel', 'electronics']);
    expect(sectorsOf({ psc: '8405', description: 'Cotton uniforms' })).toEqual(['textiles_apparel']);
    // An HS code says goods are bought, whatever the NAICS code of the supplier.
    expect(sectorsOf({ naics: '541611', hs_code: '2804.61', description: 'polysilicon' })).toContain(
      'electronics',
    );
  });
});
