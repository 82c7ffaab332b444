import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../reference/csv-table.js';
import { createOriginReader } from './description-origin.js';

const goods = parseCsvTable(
  readFileSync(new URL('../../../../data/tvpra_goods.csv', import.meta.url), 'utf8'),
  'tvpra_goods.csv',
).rows.map((r) => r.values.good ?? '');
const read = createOriginReader([...new Set(goods)]);
const xinjiang = {
  names: ['Xinjiang', 'XUAR', 'Sinkiang', 'Xinjiang Uyghur Autonomous Region'],
  han: ['新疆', '新疆维吾尔自治区'],
};
const turkmenistan = { names: ['Turkmenistan'], han: [] };

describe('createOriginReader(goodNames)(description, place)', () => {
  it.each([
    ['COTTON YARN ORIGIN: XINJIANG CHINA', 'ORIGIN: XINJIANG'],
    ['MENS T-SHIRTS 100% XINJIANG COTTON', 'XINJIANG COTTON'],
    ['TOMATO PASTE (XUAR RAW MATERIAL)', 'XUAR RAW MATERIAL'],
    ['TOMATO PASTE, RAW MATERIAL FROM XINJIANG', 'FROM XINJIANG'],
    ['TOMATO PASTE 36-38% BRIX HOT BREAK ORIGIN XINJIANG', 'ORIGIN XINJIANG'],
    ['新疆番茄酱 TOMATO PASTE', '新疆番茄酱'],
    ['皮棉，产地：新疆', '产地：新疆'],
    ['Combed yarn made in Xinjiang', 'made in Xinjiang'],
    ['POLYSILICON, PRODUCT OF XINJIANG', 'PRODUCT OF XINJIANG'],
    ['Xinjiang long staple cotton 40s', 'Xinjiang long staple cotton'],
    ['RED DATES XINJIANG CHINA ORIGIN', 'XINJIANG CHINA ORIGIN'],
    ['Fabric of the Xinjiang Uyghur Autonomous Region origin', 'Xinjiang Uyghur Autonomous Region origin'],
    // Words that deny only in their place: a number after `no`, `free` not before `of`, `not` before another verb.
    ['ITEM NO 5 XINJIANG COTTON YARN', 'XINJIANG COTTON'],
    ['DUTY FREE XINJIANG COTTON', 'XINJIANG COTTON'],
    ['XINJIANG COTTON YARN NOT DYED', 'XINJIANG COTTON'],
    ['NON GMO TOMATO PASTE ORIGIN XINJIANG', 'ORIGIN XINJIANG'],
    ['非转基因新疆番茄酱', '新疆番茄酱'],
    // A name written with its tone marks is the same name.
    ['COTTON YARN ORIGIN: XĪNJIĀNG', 'ORIGIN: XĪNJIĀNG'],
    ['Xīnjiāng cotton', 'Xīnjiāng cotton'],
  ])('reads %s as naming Xinjiang as the origin (%s)', (description, words) => {
    expect(read(description, xinjiang)).toBe(words);
  });

  it.each([
    'COTTON YARN, NOT OF XINJIANG ORIGIN',
    'T-SHIRTS, NO XINJIANG COTTON',
    'Xinjiang-free cotton yarn',
    'XINJIANG FREE COTTON',
    'Cotton not sourced from Xinjiang',
    'non-Xinjiang cotton',
    'cotton yarn without Xinjiang content',
    'Xinjiang cotton not used',
    'Free of Xinjiang cotton',
    'Cotton of origin other than Xinjiang',
    'XINJIANG COTTON EXCLUDED',
    'Spare parts for Xinjiang cotton mill',
    'Shipped to Xinjiang',
    'Delivered to 88 Xinjiang Road warehouse',
    'Xinjiang style lamb skewer seasoning',
    'Xinjiang Zhong Lu store fixtures',
    '非新疆棉 纱线',
    '不含新疆棉',
    '新疆风味羊肉串调料',
    '运往新疆',
    '上海新疆路仓库',
    'Cotton yarn 40s',
    'Xinjiang',
    'COTTON YARN, NOT OF XĪNJIĀNG ORIGIN',
  ])('does not read %s as naming Xinjiang as the origin', (description) => {
    expect(read(description, xinjiang)).toBeNull();
  });

  it.each([
    // German
    ['Garn aus Xinjiang-Baumwolle', 'aus Xinjiang'],
    ['T-Shirts, Baumwolle aus Xinjiang', 'aus Xinjiang'],
    ['Herkunft: Xinjiang, Baumwollgarn', 'Herkunft: Xinjiang'],
    ['Ursprung Xinjiang Baumwolle', 'Ursprung Xinjiang'],
    ['Tomatenmark, Herkunft Xinjiang', 'Herkunft Xinjiang'],
    ['Sinkiang-Baumwolle', 'Sinkiang-Baumwolle'],
    ['Baumwollgarn, hergestellt in Xinjiang', 'hergestellt in Xinjiang'],
    // French
    ['Coton du Xinjiang, fil peigné', 'Coton du Xinjiang'],
    ['Fil de coton, origine Xinjiang', 'origine Xinjiang'],
    ['Fil de coton peigné du Xinjiang', 'coton peigné du Xinjiang'],
    ['Concentré de tomate, fabriqué au Xinjiang', 'fabriqué au Xinjiang'],
    ['Coton en provenance du Xinjiang', 'provenance du Xinjiang'],
    // Spanish
    ['Hilo de algodón de Xinjiang', 'algodón de Xinjiang'],
    ['Algodón origen Xinjiang', 'origen Xinjiang'],
    ['Algodón procedente de Xinjiang', 'procedente de Xinjiang'],
    ['Hilado de algodón, hecho en Xinjiang', 'hecho en Xinjiang'],
    // Portuguese
    ['Fio de algodão de Xinjiang', 'algodão de Xinjiang'],
    ['Algodão produzido no Xinjiang', 'produzido no Xinjiang'],
    ['Fio de algodão, origem: Xinjiang', 'origem: Xinjiang'],
    // Italian
    ['Cotone dello Xinjiang', 'Cotone dello Xinjiang'],
    ['Filato 100% cotone dello Xinjiang', 'cotone dello Xinjiang'],
    ['Concentrato di pomodoro, origine Xinjiang', 'origine Xinjiang'],
    ['Cotone proveniente dallo Xinjiang', 'proveniente dallo Xinjiang'],
    ['Filato di cotone, prodotto in Xinjiang', 'prodotto in Xinjiang'],
    // A word for a region between the place and the words before it.
    ['Baumwolle aus der Region Xinjiang', 'aus der Region Xinjiang'],
    ['Coton de la région du Xinjiang', 'Coton de la région du Xinjiang'],
    ['Cotone della regione dello Xinjiang', 'Cotone della regione dello Xinjiang'],
    ['Cotton yarn from the region of Xinjiang', 'from the region of Xinjiang'],
    // English words that are written as other languages' origin, destination or style words.
    ['NEW STYLE XINJIANG COTTON T-SHIRT', 'XINJIANG COTTON'],
    ['FOX FUR XINJIANG ORIGIN', 'XINJIANG ORIGIN'],
  ])('reads %s, in the language of the file, as naming Xinjiang as the origin (%s)', (description, words) => {
    expect(read(description, xinjiang)).toBe(words);
  });

  it.each([
    // Denied
    'Garn, keine Xinjiang-Baumwolle',
    'Baumwollgarn ohne Xinjiang-Baumwolle',
    'Baumwolle nicht aus Xinjiang',
    'Xinjiang-frei zertifiziert, Baumwollgarn',
    'Xinjiang-Baumwolle nicht verwendet',
    'Sans coton du Xinjiang',
    'Pas de coton du Xinjiang',
    'Coton, ne provient pas du Xinjiang',
    'Algodón sin origen Xinjiang',
    'Hilo sin algodón de Xinjiang',
    'Algodón no procedente de Xinjiang',
    'Algodão livre de Xinjiang',
    'Fio sem algodão de Xinjiang',
    'Cotone non proveniente dallo Xinjiang',
    'Filato senza cotone dello Xinjiang',
    // Destinations
    'Garn, Lieferung nach Xinjiang',
    'Baumwollgarn für Xinjiang',
    'Fil de coton expédié vers le Xinjiang',
    'Coton pour le Xinjiang',
    'Hilo de algodón enviado hacia Xinjiang',
    'Algodón para Xinjiang',
    'Filato di cotone per lo Xinjiang',
    // Streets, styles and other things of a place
    'Lager Xinjiang-Straße 5, Baumwolle',
    'Entrepôt rue du Xinjiang, coton',
    'Almacén calle Xinjiang algodón',
    'Armazém rua Xinjiang algodão',
    'Route du Xinjiang',
    'Pullover, Xinjiang-Stil',
    'Université du Xinjiang',
    'Gouvernement de la région du Xinjiang',
    'Filato spedito verso la regione dello Xinjiang',
    'Baumwollgarn, Lieferung in die Region Xinjiang',
  ])('does not read %s as naming Xinjiang as the origin', (description) => {
    expect(read(description, xinjiang)).toBeNull();
  });

  it('reads a Xinjiang name in brackets right after a good as its origin', () => {
    expect(read('Baumwolle (XUAR)', xinjiang)).toBe('Baumwolle (XUAR)');
    expect(read('Cotton (XUAR)', xinjiang)).toBe('Cotton (XUAR)');
    expect(read('COTTON YARN (XINJIANG, CHINA)', xinjiang)).toBe('COTTON YARN (XINJIANG');
    expect(read('Spinnerei (XUAR)', xinjiang)).toBeNull();
    expect(read('Cotton (Xinjiang Road warehouse)', xinjiang)).toBeNull();
    expect(read('No cotton (XUAR)', xinjiang)).toBeNull();
    expect(read('Cotton (XUAR) not used', xinjiang)).toBeNull();
    expect(read('Baumwolle (XUAR) ausgeschlossen', xinjiang)).toBeNull();
  });

  it('reads a Xinjiang name in brackets, or alone after a comma at the end, after words that name a good', () => {
    expect(read('Tomato paste (Xinjiang)', xinjiang)).toBe('Tomato paste (Xinjiang)');
    expect(read('Tomato paste (XUAR)', xinjiang)).toBe('Tomato paste (XUAR)');
    expect(read('Cotton T-shirts (Xinjiang)', xinjiang)).toBe('Cotton T-shirts (Xinjiang)');
    expect(read('Triple concentrated tomato paste 28-30 brix, Xinjiang', xinjiang)).toBe(
      'tomato paste 28-30 brix, Xinjiang',
    );
    expect(read('Tomato paste, product of China (Xinjiang)', xinjiang)).toBe(
      'Tomato paste, product of China (Xinjiang)',
    );
    expect(read('Pasta de tomate importada, producto de China (Xinjiang)', xinjiang)).toBe(
      'tomate importada, producto de China (Xinjiang)',
    );
    expect(read('COUNTRY OF ORIGIN OF COTTON: CHINA (XINJIANG)', xinjiang)).toBe('COTTON: CHINA (XINJIANG)');
    // No good, a denial or a destination before the place, or more words after it.
    expect(read('Spinnerei (XUAR)', xinjiang)).toBeNull();
    expect(read('Spinnerei, Xinjiang', xinjiang)).toBeNull();
    expect(read('Cotton yarn excluding (XUAR)', xinjiang)).toBeNull();
    expect(read('Cotton yarn, no origin China (Xinjiang)', xinjiang)).toBeNull();
    expect(read('Cotton yarn shipped to China (Xinjiang)', xinjiang)).toBeNull();
    expect(read('Cotton yarn, shipped to China (Xinjiang)', xinjiang)).toBeNull();
    expect(read('Cotton yarn, Urumqi, Xinjiang', xinjiang)).toBeNull();
    expect(read('Cotton yarn, Xinjiang Road', xinjiang)).toBeNull();
    expect(read('Cotton yarn, Xinjiang style', xinjiang)).toBeNull();
    expect(read('Cotton yarn, Xinjiang, warehouse 4', xinjiang)).toBeNull();
  });

  it('reads the place after the country, after an origin noun of the good, and after MFD IN', () => {
    expect(read('TOMATO PASTE, ORIGIN: CHINA/XINJIANG', xinjiang)).toBe('ORIGIN: CHINA/XINJIANG');
    expect(read('COTTON YARN ORIGIN CHINA - XINJIANG', xinjiang)).toBe('ORIGIN CHINA - XINJIANG');
    expect(read('COTTON YARN, ORIGIN OF COTTON: XINJIANG', xinjiang)).toBe('ORIGIN OF COTTON: XINJIANG');
    expect(read('CAMISETAS DE ALGODON, ORIGEN DEL ALGODON: XINJIANG', xinjiang)).toBe(
      'ORIGEN DEL ALGODON: XINJIANG',
    );
    expect(read('Garn, Herkunft der Baumwolle: Xinjiang', xinjiang)).toBe('Herkunft der Baumwolle: Xinjiang');
    expect(read('COTTON YARN MFD IN XINJIANG', xinjiang)).toBe('MFD IN XINJIANG');
    expect(read('COTTON YARN MFG IN XINJIANG', xinjiang)).toBe('MFG IN XINJIANG');
    expect(read('TRANSIT VIA CHINA XINJIANG', xinjiang)).toBeNull();
    expect(read('COTTON YARN, NOT ORIGIN OF COTTON: XINJIANG', xinjiang)).toBeNull();
    expect(read('COTTON YARN SHIPPED TO CHINA XINJIANG', xinjiang)).toBeNull();
  });

  it('reads a Xinjiang name right before a kind of the good named before a comma as its origin', () => {
    expect(read('COVERALLS, COTTON, XINJIANG LONG STAPLE', xinjiang)).toBe('COTTON, XINJIANG LONG STAPLE');
    expect(read('COTTON, XINJIANG EXTRA LONG STAPLE', xinjiang)).toBe('COTTON, XINJIANG EXTRA LONG STAPLE');
    expect(read('COVERALLS, COTTON, XINJIANG ROAD', xinjiang)).toBeNull();
    expect(read('COVERALLS, XINJIANG LONG STAPLE', xinjiang)).toBeNull();
    expect(read('COTTON, NOT XINJIANG LONG STAPLE', xinjiang)).toBeNull();
  });

  it("reads an adjective that follows its good as naming the good's origin only when told it may", () => {
    const adjectives = { names: ['turkmène', 'turcomano'], han: [] };
    expect(read('Coton turkmène', { ...adjectives, follows: true })).toBe('Coton turkmène');
    expect(read('Algodón turcomano', { ...adjectives, follows: true })).toBe('Algodón turcomano');
    expect(read('Coton turkmène', adjectives)).toBeNull();
    expect(read('Sans coton turkmène', { ...adjectives, follows: true })).toBeNull();
    expect(read('Tapis turkmène', { ...adjectives, follows: true })).toBeNull();
  });

  it('reads Turkmenistan as written in other languages', () => {
    expect(read('Baumwollgarn aus Turkmenistan', turkmenistan)).toBe('aus Turkmenistan');
    expect(read('Hilo, algodón de Turkmenistán', turkmenistan)).toBe('algodón de Turkmenistán');
    expect(read('Coton du Turkménistan', turkmenistan)).toBe('Coton du Turkménistan');
    expect(read('Baumwollgarn für Export nach Turkmenistan', turkmenistan)).toBeNull();
  });

  it('reads the Turkish case endings after a place: the dative as where the goods go, the ablative as from', () => {
    expect(read("Türkmenistan'dan pamuk", turkmenistan)).toBe("Türkmenistan'dan");
    expect(read('TÜRKMENİSTAN’DEN PAMUK İPLİĞİ', turkmenistan)).toBe('TÜRKMENİSTAN’DEN');
    expect(read("Türkmenistan'a pamuk ipliği", turkmenistan)).toBeNull();
    expect(read('TÜRKMENİSTAN’A İHRAÇ PAMUK İPLİĞİ', turkmenistan)).toBeNull();
    expect(read('Türkmenistan için pamuk ipliği', turkmenistan)).toBeNull();
    // Another ending reads on as the place alone does (`Türkmenistan'ın pamuğu`, Turkmenistan's cotton).
    expect(read("Türkmenistan'ın pamuğu", turkmenistan)).toBe("Türkmenistan'ın pamuğu");
    // Without an apostrophe the letters are a word of their own (`Türkmenistan a`), not an ending.
    expect(read('Türkmenistan a pamuk', turkmenistan)).toBe('Türkmenistan a pamuk');
    // A place that needs an explicit origin word is not placed by the ablative, as by `from` after no good.
    const shihezi = { names: ['Shihezi'], han: [] };
    expect(read("Shihezi'den pamuk ipliği", shihezi)).toBe("Shihezi'den");
    expect(read("Shihezi'den pamuk ipliği", { ...shihezi, cue: true })).toBeNull();
  });

  it('reads Turkish words written with or without the dotted and dotless i as one word', () => {
    for (const description of [
      'Pamuk ipliği, menşei: Türkmenistan',
      'PAMUK İPLİĞİ, MENŞEİ: TÜRKMENİSTAN',
      'PAMUK IPLIGI, MENSEI: TURKMENISTAN',
      'pamuk ipligi, menşeı: Türkmenistan',
    ]) {
      expect(read(description, turkmenistan)).toBe(description.slice(description.indexOf(',') + 2));
    }
    expect(read('Türkmenistan pamuğu kullanılmamıştır', turkmenistan)).toBeNull();
    expect(read('TÜRKMENİSTAN PAMUĞU KULLANILMAMIŞTIR', turkmenistan)).toBeNull();
  });

  it('reads each description on its own when one reader is asked about several places in turn', () => {
    const description = 'COTTON YARN SPUN FROM TURKMENISTAN COTTON';
    expect(read(description, xinjiang)).toBeNull();
    expect(read(description, turkmenistan)).toBe('FROM TURKMENISTAN');
    expect(read('XINJIANG COTTON', turkmenistan)).toBeNull();
    expect(read('XINJIANG COTTON', xinjiang)).toBe('XINJIANG COTTON');
    expect(read(description, turkmenistan)).toBe('FROM TURKMENISTAN');
  });

  it('reads a country the same way', () => {
    expect(read('COTTON YARN SPUN FROM TURKMENISTAN COTTON', turkmenistan)).toBe('FROM TURKMENISTAN');
    expect(read('DENIM, TURKMENISTAN COTTON', turkmenistan)).toBe('TURKMENISTAN COTTON');
    expect(read('NO TURKMENISTAN COTTON', turkmenistan)).toBeNull();
    expect(read('COTTON SHIPPED VIA TURKMENISTAN', turkmenistan)).toBeNull();
  });

  it('does not read the party that receives the goods, or where they are exported to, as their origin', () => {
    const withHan = { names: ['Turkmenistan'], han: ['土库曼斯坦'] };
    expect(read('COTTON YARN, CONSIGNEE: TURKMENISTAN TEXTILE', withHan)).toBeNull();
    expect(read('COTTON YARN BUYER TURKMENISTAN TEXTILE LLC', withHan)).toBeNull();
    expect(read('COTTON YARN, DESTINATION: TURKMENISTAN', withHan)).toBeNull();
    expect(read('出口土库曼斯坦棉纱', withHan)).toBeNull();
    expect(read('原料产地：土库曼斯坦 棉纱', withHan)).toBe('产地：土库曼斯坦');
  });

  it.each([
    ['China (Xinjiang) origin cotton', 'China (Xinjiang) origin'],
    ['Çin (Xinjiang) menşeli pamuk', 'Çin (Xinjiang) menşeli'],
    ['Tomato paste, PRC (XUAR) raw material', 'PRC (XUAR) raw material'],
    ['Pamuk ipliği - menşe: Çin / Xinjiang', 'menşe: Çin / Xinjiang'],
    ['Pamuk ipliği - menşei: Çin / Xinjiang', 'menşei: Çin / Xinjiang'],
    ['PAMUK İPLİĞİ - MENŞEİ: ÇİN / XINJIANG', 'MENŞEİ: ÇİN / XINJIANG'],
  ])('reads the country before Xinjiang, in English or Turkish: %s', (description, words) => {
    expect(read(description, xinjiang)).toBe(words);
  });

  it.each([
    'Cotton, not China (Xinjiang) origin',
    'Cotton, China (Xinjiang) origin excluded',
    'Cotton yarn shipped to China (Xinjiang) origin warehouse',
    'China (Xinjiang) style lamb skewers',
    'China (Xinjiang) cotton mill spare parts, Turkish origin',
  ])('does not read %s as naming Xinjiang as the origin', (description) => {
    expect(read(description, xinjiang)).toBeNull();
  });
});
