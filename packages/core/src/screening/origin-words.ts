/**
 * The words by which a goods description says where the goods come from, or denies it, in English, German,
 * French, Spanish, Portuguese, Italian and Turkish, as `description-origin.ts` reads them. Every word is
 * written folded (lower case, without accents, Turkish `ı` as `i`: `hergestellt`, `fabrique`, `algodao`,
 * `mensei`, `degil`), as descriptions are folded before they are read. Turkish puts its case endings and
 * postpositions after the place (`Türkmenistan'dan`, from; `Türkmenistan'a`, to; `Türkmen pamuğu değil`,
 * not Turkmen cotton), so its words are mostly among those read after a place.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Words that deny what follows within a few words (`not of Xinjiang origin`, `keine Xinjiang-Baumwolle`,
 * `sans coton du Xinjiang`, `sin algodón de Xinjiang`, `sem algodão de Xinjiang`, `senza cotone dello
 * Xinjiang`); `no` only when no number follows it (`NO. 5` is a number), `free` only before `of` or `from`.
 */
export const DENIAL_BEFORE = words(`
  no not without free exclude excludes excluding excluded excl except nor never zero outside
  kein keine keinen keinem keiner ohne nicht nie niemals ausser außer ausgenommen
  sans pas ni jamais sauf hors
  sin nunca ningun ninguna excepto salvo
  sem nenhum nenhuma exceto
  senza nessun nessuna nessuno tranne eccetto
`);
/** Words that deny what follows only with one of `OF` after them (`free of`, `frei von`, `libre de`). */
export const FREE = words('free frei libre livre exempt exento isento esente privo');
export const OF = words(
  'of from von de du des d da do dos das di del dello della dei degli delle dal dallo dalla',
);
/**
 * `non` denies a place after it only before an origin word (`non proveniente dallo Xinjiang`, `non
 * originaire du Xinjiang`): `non-GMO tomato paste, origin Xinjiang` is still of Xinjiang.
 */
export const NON = 'non';
/** Words that deny the place right after them (`non-Xinjiang`, `other than Xinjiang`). */
export const DENIAL_RIGHT_BEFORE = words('non than');
/**
 * Words that deny what comes before them within a few words (`Xinjiang-free`, `Xinjiang-frei`, `Türkmen
 * pamuğu değil`, `Türkmen pamuğu içermez`, `Türkmenistan menşeli olmayan`, `Türkmen pamuğu
 * kullanılmamıştır`, `Türkmenistan dışında`).
 */
export const DENIAL_AFTER = words(`
  free excluded prohibited banned none
  frei ausgeschlossen verboten
  exclu exclue exclus interdit
  excluido excluida prohibido proibido
  escluso esclusa esclusi vietato
  degil degildir icermez icermemektedir icermeyen olmayan haric yok yoktur disinda
  kullanilmamistir kullanilmadi kullanilmaz kullanilmayan yasak yasaktir
`);
/** `not` or `nicht` … */
export const NOT = words('not nicht');
/** … then one of these after the place denies it (`Xinjiang cotton not used`, not `… not dyed`). */
export const NOT_AFTER = words(`
  used included contained present detected allowed permitted sourced
  verwendet enthalten eingesetzt genutzt benutzt verarbeitet
`);

/**
 * Words right before a place that make it where the goods go, not where they come from (`nach Xinjiang`,
 * `vers le Xinjiang`, `hacia Xinjiang`, `para Xinjiang`, `per lo Xinjiang`), or the party that receives
 * them (`CONSIGNEE: TURKMENISTAN TEXTILE`, `BUYER: …`, `Empfänger: …`). German `für` is matched as written,
 * so that the good `fur` is not taken for it.
 */
export const DESTINATION = words(`
  to into via through for towards toward destination consignee buyer importer notify customer
  nach für zum empfanger kunde
  vers pour destinataire client acheteur importateur
  hacia para hasta destino destinatario cliente comprador importador
  pra
  per verso destinazione acquirente importatore
  alici ithalatci
`);
/**
 * Turkish case endings written after a place and an apostrophe (`Türkmenistan'a`, `Türkmenistan’e`): the
 * dative makes it where the goods go (`Türkmenistan'a pamuk ipliği`, cotton yarn to Turkmenistan) …
 */
export const DATIVE = words('a e ya ye');
/** … and the ablative where they come from, as `from` does (`Türkmenistan'dan pamuk`). */
export const ABLATIVE = words('dan den tan ten');
/** The apostrophe between a Turkish place name and its case ending. */
export const CASE_APOSTROPHE = /^['’‘ʼ`´]$/u;
/** Words right after a place that make it where the goods go (`Türkmenistan için`, for Turkmenistan). */
export const DESTINATION_AFTER = words('icin');
/**
 * Words for a region that may stand between a place and the word before it, with `of`, `de`, `du`,
 * `dello` … after them and an article before them (`aus der Region Xinjiang`, `coton de la région du
 * Xinjiang`, `from the region of Xinjiang`).
 */
export const REGION = words('region regione regiao provinz province provincia gebiet');
/** Articles that may stand between a place and the word before it (`from the Xinjiang region`, `per lo`). */
export const ARTICLE = words('the le la l el lo il der die das dem den');

/**
 * Words right before a place that name it as the origin (`ORIGIN: XINJIANG`, `from Turkmenistan`,
 * `aus Xinjiang`, `Herkunft: Xinjiang`, `origine Xinjiang`, `origen Xinjiang`, `origem: Xinjiang`).
 */
export const ORIGIN_BEFORE = words(`
  origin orig coo from
  aus herkunft ursprung herkunftsland ursprungsland
  origine provenance provenienza
  origen procedencia desde
  origem
  mense mensei
`);
/** The words of `ORIGIN_BEFORE` that also say where goods are shipped from (`SHIPPED FROM URUMQI`). */
export const FROM = words('from aus desde');
/**
 * Nouns for the origin that with `of` (or an article) and a good before a place name it as the good's
 * origin (`ORIGIN OF COTTON: XINJIANG`, `ORIGEN DEL ALGODON: XINJIANG`, `Herkunft der Baumwolle: Xinjiang`).
 */
export const ORIGIN_NOUN = words(
  'origin orig coo herkunft ursprung origine provenance provenienza origen procedencia origem',
);
/**
 * Words that with one of `OF` before a place name it as the origin (`procedente de Xinjiang`, `proveniente
 * dallo Xinjiang`, `en provenance du Xinjiang`, `originaire du Xinjiang`, `importado de Xinjiang`).
 */
export const FROM_OF = words(`
  procedente procedentes proveniente provenienti provenant provenance provenienza procedencia
  originaire originaires originario originaria originarios originarias originari
  oriundo oriunda importado importada importato importata importati
`);
/** Words that with `in` (or `en`, `em`, `no`, `au`, `nello` …) before a place name it as the origin. */
export const IN = words('in en em no na nos nas au aux im nel nello nella');
/**
 * Verbs that with `IN` before a place name it as the origin (`made in Xinjiang`, `hergestellt in Xinjiang`,
 * `fabriqué au Xinjiang`, `hecho en Xinjiang`, `produzido no Xinjiang`, `prodotto in Xinjiang`).
 */
export const MADE_IN = words(`
  made mfd mfg produced grown manufactured harvested processed sourced mined spun woven knitted picked
  originating originated
  hergestellt gefertigt produziert erzeugt angebaut geerntet gesponnen gewebt gestrickt
  fabrique fabriquee fabriques fabriquees produit produite produits produites cultive cultivee cultives
  recolte recoltee tisse tissee
  hecho hecha hechos hechas fabricado fabricada fabricados fabricadas producido producida producidos
  cultivado cultivada cosechado cosechada elaborado elaborada
  feito feita feitos feitas produzido produzida produzidos cultivada colhido colhida
  fabbricato fabbricata fabbricati prodotto prodotta prodotti coltivato coltivata coltivati raccolto
  lavorato lavorata
`);
/** Nouns that with `of` before a place name it as the origin (`product of Xinjiang`). */
export const PRODUCT_OF = words('product products produce');
/**
 * Words right after a place that name it as the origin (`Xinjiang origin`, `XUAR raw material`,
 * `Türkmenistan menşeli`, `Türkmenistan kaynaklı`, `Türkmenistan üretimi`).
 */
export const ORIGIN_AFTER = words(`
  origin origins grown produced made sourced raw material materials
  herkunft ursprung
  menseli mensei kaynakli uretimi
`);

/**
 * Words next to a place that make it a style or a name, not an origin (`Xinjiang style lamb skewers`,
 * `Pullover, Xinjiang-Stil`, `style Xinjiang`, `estilo Xinjiang`).
 */
export const STYLE = words(`
  style styled flavor flavour flavored flavoured type cuisine recipe recipes restaurant dish map travel tour
  design designs pattern motif motifs
  stil art kuche rezept geschmack karte reise muster
  facon saveur recette carte voyage
  estilo sabor receta cocina mapa viaje diseno
  receita cozinha viagem desenho
  stile sapore ricetta cucina mappa viaggio disegno
  desen desenli deseni tarz tarzi tarzinda usulu motifli
`);
/** Words right after a place that make it a street's name (`Xinjiang Road`, `Xinjiang-Straße`). */
export const STREET = words(`
  road rd street st avenue ave lane boulevard blvd lu jie dajie dadao zhonglu beilu nanlu donglu xilu
  strasse straße str weg platz allee gasse ring
  cad cadde caddesi sok sokak sokagi bulvar bulvari
`);
export const STREET_SIDE = words('middle north south east west n s e w zhong bei nan dong xi');
/**
 * Words right before a place (or before `du`, `de`, `dello` … and the place) that make it a street's or an
 * institution's name (`rue du Xinjiang`, `calle Xinjiang`, `rua Xinjiang`, `Via Xinjiang`, `Université du
 * Xinjiang`).
 */
export const NAMED_BEFORE = words(`
  rue avenue boulevard chemin place quai calle avenida paseo rua praca via viale corso piazza
  universite universidad universidade universita universitat
`);
/**
 * The country's name may stand between the place and an origin word (`XINJIANG CHINA ORIGIN`), or before the
 * place (`ORIGIN: CHINA / XINJIANG`, `menşei: Çin / Xinjiang`): in English, and in Turkish `Çin`, folded
 * (`cin`, among China's names in other languages in `data/taxonomy/countries_mledoze_altnames.csv`).
 */
export const COUNTRY_WORDS = words('china prc cin');

/**
 * Words of a good that follow its name in a list (`COTTON, XINJIANG LONG STAPLE`, `COTTON, XINJIANG EXTRA
 * LONG STAPLE`): a place right before them names the origin of the good before the comma.
 */
export const KIND = words('long extra staple els lint linters upland pima fiber fibre raw combed carded');

/**
 * The main goods of the orders on goods of a place (cotton and what is made of it, tomatoes, polysilicon) in
 * German, French, Spanish, Portuguese, Italian and Turkish, read as the English names of goods are: a good
 * right after a place (`Xinjiang-Baumwolle`, `Türkmenistan pamuğu`) or before `de`, `du`, `dello` … and a
 * place (`coton du Xinjiang`, `algodón de Xinjiang`, `cotone dello Xinjiang`) names the place as its origin.
 */
export const GOODS = words(`
  baumwolle rohbaumwolle baumwollgarn baumwollgarne baumwollzwirn baumwollgewebe baumwollstoff baumwollstoffe
  garn garne zwirn gewebe kleidung bekleidung tomaten tomatenmark polysilizium
  coton fil fils tissu tissus vetements tomate tomates polysilicium
  algodon hilo hilos hilado hilados tejido tejidos ropa prendas polisilicio
  algodao fio fios tecido tecidos roupas polissilicio
  cotone filato filati tessuto tessuti abbigliamento indumenti pomodoro pomodori
  pamuk pamugu pamuklu iplik ipligi iplikleri kumas kumasi giyim giysi domates salcasi polisilikon
`);

/**
 * Countries' names and their people's adjectives in German, French, Spanish, Portuguese and Italian, by ISO
 * code, beside the English names the country tables give (`Turkmenistan`, `Turkmen`): `Turcomenistão`,
 * `turkmenische Baumwolle`, `coton turkmène`, `algodón turcomano`, `cotone turkmeno`. In the Romance
 * languages the adjective follows the good it describes. Turkish writes the English ones with accents
 * (`Türkmenistan`, `Türkmen pamuğu`), which fold to them.
 */
export const OTHER_LANGUAGE_NAMES: Readonly<
  Record<string, { names: readonly string[]; adjectives: readonly string[] }>
> = {
  TKM: {
    names: ['Turcomenistão', 'Turquemenistão'],
    adjectives: [
      ...'turkmenisch turkmenische turkmenischer turkmenischen turkmenisches turkmenischem'.split(' '),
      ...'turkmène turkmènes'.split(' '),
      ...'turcomano turcomana turcomanos turcomanas'.split(' '),
      ...'turkmeno turkmena turkmeni turkmene'.split(' '),
      ...'turcomeno turcomena turcomenos turcomenas'.split(' '),
    ],
  },
};

/**
 * A good's English name (as an order's text writes it) in German, French, Spanish, Portuguese, Italian and
 * Turkish, folded: a people's adjective before or after one of these names the good's origin (`turkmenische
 * Baumwolle`, `coton turkmène`, `Türkmen pamuğu`), before or after another good (`tissu turkmène`) a style.
 */
export const GOOD_IN_OTHER_LANGUAGES: Readonly<Record<string, ReadonlySet<string>>> = {
  cotton: words(`
    baumwolle rohbaumwolle baumwollgarn baumwollgarne baumwollzwirn baumwollgewebe baumwollstoff baumwollstoffe
    coton algodon algodao cotone
    pamuk pamugu pamuklu
  `),
};
