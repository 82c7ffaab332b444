import { TipwatchError } from '../errors.js';
import { normaliseHeader } from '../model/header-name.js';
import type { Problem } from '../model/problem.js';
import type { CanonicalField } from '../model/spend-row.js';
import { type DateOrder, parseDate } from './date-parser.js';
import { headerCurrency } from './header-currency.js';
import { headerFiscalYear } from './header-fiscal-year.js';
import { headerScale } from './header-scale.js';
import type { LayoutName } from './spend-file.js';

export { normaliseHeader };

/** How a header row is read: the layout, field → column index, and the columns used beyond the mapping. */
export interface ColumnPlan {
  layout: LayoutName;
  /**
   * Canonical field → header name, as shown to the user; an address put together from several columns shows
   * them all, joined by ` + ` (`Address + City + State/Province`).
   */
  mapping: Partial<Record<CanonicalField, string>>;
  /** Canonical field → index of its column. */
  index: Partial<Record<CanonicalField, number>>;
  /**
   * Columns joined after the mapped address, ", "-separated, empty ones skipped: the USAspending recipient
   * address lines, city, state, ZIP and country; in other files the city, state / province, region and
   * postal code columns, in file order (none when `--map supplier_address=` names the address column).
   */
  addressParts: number[];
  /**
   * Columns joined after the mapped place-of-performance address, ", "-separated, empty ones skipped: the
   * county and state after USAspending's place of performance city, the state after FPDS's.
   */
  placeParts: number[];
  /**
   * Columns joined after the mapped shipper address, ", "-separated, empty ones skipped: a shipper's city,
   * state or province and postal code columns (`Shipper City`) beside a manufacturer.
   */
  shipperAddressParts: number[];
  /**
   * Other columns that name the supplier (`Vendor` beside `Supplier`, a factory's local name beside its English
   * one, a bill of lading's shipper beside its manufacturer, USAspending's `recipient_name_raw`), read in this
   * order when the mapped supplier column is empty in a row; shown in the mapping as `Supplier, else Vendor`.
   * A shipper column beside the manufacturer is also the row's `shipper`, screened as a party of its own.
   */
  supplierFallbacks: number[];
  /**
   * A row id used as `ref` when there is no contract id: USAspending's `contract_transaction_unique_key`,
   * Open Supply Hub's `os_id`.
   */
  refColumn: number | null;
  /**
   * A second product column used when the product type is empty (Open Supply Hub downloads and upload
   * template: `sector`).
   */
  productTypeFallback: number | null;
  /**
   * The country name read when the mapped country code column is empty in a row (USAspending's subaward
   * download: `subawardee_country_name` beside an empty `subawardee_country_code`); shown in the mapping as
   * `subawardee_country_code, else subawardee_country_name`.
   */
  supplierCountryFallback: number | null;
  /**
   * A National Stock Number column (`NSN`, `National Stock Number`) in a file without a PSC column: the
   * first four digits of an NSN are its Federal Supply Class, which is the item's PSC.
   */
  nsnColumn: number | null;
  /**
   * The parent contract vehicle's PIID (USAspending `parent_award_id_piid`, FPDS `referenced_idv_piid`):
   * orders under different vehicles reuse PIIDs such as `0001`, so the contract id is `PARENT/PIID`.
   */
  contractParent: number | null;
  /** The cots column holds FPDS commercial-item procedure codes, not yes/no. */
  cotsFromCommercialProcedures: boolean;
  /**
   * Every bare number in the migrant-share column is a percentage (`1` is 1 %, not all workers): the reader
   * sets it when a value sampled with the header is above 1. A `%` in the header alone does not: a sheet's
   * percentage format exported without its sign gives fractions (0.35 for 35 %) under such headers.
   */
  sharePercent: boolean;
  /**
   * The supplier column is a bare `Proveedor`, `Fornecedor`, `Fornitore`, `Fournisseur`, `Lieferant` or
   * `Kreditor`, read because no other column names the
   * supplier: ERP exports use these for the vendor number, so the reader checks that its values are names
   * (`checkSupplierNames`).
   */
  supplierUnproven: boolean;
  /**
   * The order of the date column's slash dates (`31/12/2024` day first, `12/31/2024` month first): the reader
   * decides it from the values of the rows read with the header; month first, as US spend files write dates,
   * until then.
   */
  dateOrder: DateOrder;
  /**
   * Currency of the amounts of rows that name none: the layout's (USAspending and FPDS report US dollars), or
   * an ISO 4217 code or a symbol of one currency in the amount column's header (`Amount (EUR)`, `Spend USD`,
   * `Betrag (€)`).
   */
  defaultCurrency: string;
  /**
   * What the amounts and contract values are multiplied by, as their column's header states a scale
   * (`Obligations ($K)`, `Betrag (in Tsd. EUR)`: 1000); 1 when it states none.
   */
  amountScale: number;
  contractValueScale: number;
  /** The columns not read, by header; one without a header as `(column 7, no header)`. */
  unmapped: string[];
  /** What the user should know about the header: columns sharing one name. */
  problems: Problem[];
}

type Candidates = Partial<Record<CanonicalField, string[]>>;

/** Candidate headers as `normaliseHeader` writes them, so that a list may spell them with accents. */
function normalised(candidates: Candidates): Candidates {
  return Object.fromEntries(
    Object.entries(candidates).map(([field, names]) => [field, [...new Set(names.map(normaliseHeader))]]),
  );
}

/** Synonyms for files without a known layout, normalised; the first present wins. */
const GENERIC: Candidates = normalised({
  contract_id: [
    'contractid',
    'contractnumber',
    'contractno',
    'piid',
    'awardidpiid',
    'awardid',
    // SAM.gov award notices and DLA award lists: the award (contract) number.
    'awardnumber',
    // USAspending's subaward download: the prime contract the subaward is under.
    'primeawardpiid',
    'ponumber',
    'pono',
    'po',
    'purchaseorder',
    'purchaseordernumber',
    'purchaseorderno',
    'ordernumber',
    'orderno',
    'orderid',
    'invoicenumber',
    'invoiceno',
    'invoiceid',
    'invoice',
    'documentnumber',
    'reference',
    'referencenumber',
    // Chinese headers of supplier and customs files.
    '合同编号',
    '订单号',
    '采购订单号',
  ],
  supplier: [
    // A tier-2 supplier list is about its tier-2 suppliers: the tier-1 factory beside them is their customer.
    'tier2suppliername',
    'tier2supplier',
    'suppliername',
    'supplierlegalname',
    'factorynameenglish',
    'facilitynameenglish',
    'tier1factory',
    'tier1factoryname',
    'tier1supplier',
    'legalbusinessname',
    'supplier',
    'vendorname',
    'vendor',
    'payeename',
    'payee',
    'recipientname',
    // USAspending's subaward download names the subcontractor (its prime is `prime_awardee_name`).
    'subawardeename',
    'factoryname',
    'facilityname',
    'factory',
    'facility',
    'companyname',
    'company',
    'manufacturername',
    'manufacturer',
    'exportername',
    'exporter',
    // Spanish: the exporter of a Latin American import declaration (its importer, Importador, is the buyer).
    'exportador',
    // Spanish and German customs declarations: the consignor or exporter (Expedidor/Exportador, Versender).
    'expedidorexportador',
    'versender',
    'shippername',
    'shipper',
    'sellername',
    'seller',
    'contractorname',
    'contractor',
    // SAM.gov award notices name the firm awarded the contract.
    'awardee',
    'awardeename',
    'recipientname',
    'recipient',
    'beneficiaryname',
    'beneficiary',
    'counterpartyname',
    'counterparty',
    'creditorname',
    // French, German, Spanish and Italian for the supplier's name. The bare words (Lieferant, Kreditor,
    // Fournisseur, Proveedor, Fornitore, Creditor) are left out: ERP exports (SAP) use them for the vendor
    // number, beside a name column; alone they are read only as a last resort (NAME_OR_NUMBER).
    // SAP's vendor master names the vendor in Name 1 (NAME1), beside the vendor number.
    'name1',
    'nomdufournisseur',
    'raisonsociale',
    'lieferantenname',
    'namedeslieferanten',
    'raisonsocialefournisseur',
    'kreditorenname',
    'kreditorname',
    'namedeskreditors',
    'lieferantname',
    'lieferantenbezeichnung',
    'nombredelproveedor',
    'nombreproveedor',
    'nombredeproveedor',
    'proveedornombre',
    'ragionesociale',
    // Spanish and Portuguese: the registered name, the supplier's name. A bare Proveedor or Fornecedor is
    // read only when no other column names the supplier and its values are names (see `supplierUnproven`).
    'razónsocial',
    'razãosocial',
    'denominaciónsocial',
    'nomedofornecedor',
    'nomefornecedor',
    'fornecedornome',
    // French: the supplier's name, as ERP exports write it (Fournisseur nom, Nom fournisseur).
    'fournisseurnom',
    'nomfournisseur',
    // A palm oil mill list names each mill.
    'millname',
    'name',
    // Chinese headers of supplier and customs files.
    '供应商',
    '供应商名称',
    '公司名称',
    '企业名称',
    '工厂名称',
    // A Chinese customs declaration names the foreign consignor (境外发货人): the seller of imported goods.
    '境外发货人',
    // A Chinese export declaration names the producer or seller (生产销售单位), the manufacturer, and the
    // domestic consignor (境内发货人), the exporter: read as the shipper beside the producer, and as the
    // supplier where it is the only one (its consignee abroad, 境外收货人, is the buyer).
    '生产销售单位',
    '境内发货人',
  ],
  supplier_address: [
    'supplieraddress',
    'vendoraddress',
    'factoryaddress',
    'facilityaddress',
    'address',
    'addressline1',
    'address1',
    'siteaddress',
    'manufacturingsiteaddress',
    'factorylocation',
    'facilitylocation',
    'location',
    'registeredaddress',
    'recipientaddressline1',
    'vendoraddressline1',
    'subawardeeaddressline1',
    'fulladdress',
    'streetaddress',
    'manufactureraddress',
    'exporteraddress',
    'shipperaddress',
    'selleraddress',
    // Bill-of-lading exports (Panjiva) give each party's address in one cell.
    'supplierfulladdress',
    'vendorfulladdress',
    'factoryfulladdress',
    'facilityfulladdress',
    'manufacturerfulladdress',
    'exporterfulladdress',
    'shipperfulladdress',
    'sellerfulladdress',
    // Spanish: the exporter's address.
    'direccióndelexportador',
    'direcciónexportador',
    // Spanish and Portuguese: address, domicile (the registered address), the supplier's address.
    'dirección',
    'direccióndelproveedor',
    'direcciónproveedor',
    'domiciliodelproveedor',
    'domicilio',
    'domiciliofiscal',
    'endereço',
    'endereçodofornecedor',
    'endereçofornecedor',
    'endereçodoexportador',
    'morada',
    // French and German: address (Adresse in both), the supplier's address, street; Italian: address.
    'adresse',
    'adressedufournisseur',
    'adressefournisseur',
    'anschrift',
    'lieferantenadresse',
    'lieferantenanschrift',
    // A German customs declaration's consignor address.
    'anschriftversender',
    'straße',
    'strasse',
    'indirizzo',
    // Chinese headers of supplier and customs files.
    '地址',
    '供应商地址',
    '工厂地址',
    '境外发货人地址',
  ],
  supplier_country: [
    'suppliercountry',
    'vendorcountry',
    'factorycountry',
    'facilitycountry',
    'countryregion',
    'countryorregion',
    'country',
    'countryname',
    'countrycode',
    'manufacturercountry',
    'exportercountry',
    'suppliercountrycode',
    'vendorcountrycode',
    'recipientcountrycode',
    'recipientcountryname',
    // Award lists and agency extracts name the awardee's country without `Code` or `Name`.
    'recipientcountry',
    'awardeecountry',
    'awardeecountrycode',
    'awardeecountryname',
    'contractorcountry',
    'contractorcountrycode',
    'contractorcountryname',
    'suppliercountryname',
    'subawardeecountrycode',
    'subawardeecountryname',
    'vendoraddresscountryname',
    'vendorcountryname',
    'countryiso',
    'countryisocode',
    'isocountrycode',
    'shipfromcountry',
    'shippercountry',
    // German, French, Spanish and Italian for country; SAP's country key (Länderschlüssel) is its ISO code.
    'land',
    'länderschlüssel',
    'laenderschluessel',
    'pays',
    'país',
    'paese',
    // Chinese headers of supplier and customs files.
    '国家',
    '国家地区',
    '供应商国家',
  ],
  origin_country: [
    'countryoforigin',
    'origincountry',
    'origin',
    'countryoforigincode',
    'origincountrycode',
    'coo',
    'madein',
    'countryofmanufacture',
    'countryofproductorserviceorigin',
    'countryofproductorserviceorigincode',
    // Spanish and Portuguese.
    'paísdeorigen',
    'paísdeorigem',
    // French and German: country of origin.
    'paysdorigine',
    'ursprungsland',
    'herkunftsland',
    // Chinese headers of supplier and customs files.
    '原产国',
    '原产地',
    // A customs declaration's 原产国（地区）, country (region) of origin.
    '原产国（地区）',
    '原产国地区',
  ],
  description: [
    'description',
    'itemdescription',
    'productdescription',
    'goodsdescription',
    'commoditydescription',
    'linedescription',
    'transactiondescription',
    'merchandisedescription',
    'descriptionofrequirement',
    'descriptionofcontractrequirement',
    'subawarddescription',
    'awarddescription',
    // Federal supply data (DLA) names each item by its nomenclature, the item name.
    'nomenclature',
    'itemname',
    'item',
    'product',
    'products',
    'commodity',
    'goods',
    'details',
    'memo',
    'purpose',
    // Bill-of-lading and customs entry exports (Panjiva, ImportGenius, CBP ACE) and tier-2 lists.
    'goodsshipped',
    'productdetails',
    'htsdescription',
    'materialprocess',
    // Spanish and Portuguese: description, the item's, the goods' as traded (an import declaration's
    // Descripción Comercial), the product's, product, SAP's material short text.
    'descripción',
    'descripcióndelartículo',
    'descripciónartículo',
    'descripcióncomercial',
    // A customs declaration's description of the goods (Spanish, Portuguese; Spain's DUA: Designación).
    'descripcióndelamercancía',
    'descriçãodamercadoria',
    'designacióndelamercancía',
    'descripcióndelproducto',
    'descrição',
    'descriçãodoproduto',
    'descriçãoproduto',
    'producto',
    'produto',
    'textobrevedematerial',
    // Italian: item description, description.
    'descrizionearticolo',
    'descrizione',
    // German: item, goods (the customs goods description, Warenbezeichnung), product and service
    // descriptions, description, designation, SAP's material short text, short text, item text.
    'artikelbeschreibung',
    'artikelbezeichnung',
    'warenbeschreibung',
    'warenbezeichnung',
    'produktbeschreibung',
    'leistungsbeschreibung',
    'beschreibung',
    'bezeichnung',
    'materialkurztext',
    'kurztext',
    'positionstext',
    // French: designation, the item's designation and description, label.
    'désignation',
    'désignationarticle',
    'descriptionarticle',
    'libellé',
    // Chinese headers of supplier and customs files.
    '描述',
    '材料工序',
    '品名',
    '商品名称',
    '产品名称',
    // A customs declaration's goods name and specification.
    '商品名称及规格型号',
    '商品名称规格型号',
    // Last, words that describe a row without naming goods as surely, read only where no column above is
    // present: a posting's text (German Buchungstext), the item of an invoice (Spanish Concepto, Detalle;
    // French Objet) and the name of an item (Spanish Denominación, Italian Denominazione, which also name
    // a company: see `ITEM_OR_COMPANY_NAME`).
    'buchungstext',
    'concepto',
    'detalle',
    'objet',
    'denominación',
    'denominazione',
  ],
  // USAspending's subaward download has no code of the subaward's own, only its prime's: read last, so a
  // file's own code wins. FAR 52.222-50(i) flows paragraph (h), the compliance plan, down to subcontracts, so
  // the prime's code decides the subcontract's plan as it does the prime's.
  naics: ['naics', 'naicscode', 'primeawardnaicscode'],
  psc: [
    'psc',
    'psccode',
    'productservicecode',
    'productorservicecode',
    'productorservicecodepsc',
    'fsc',
    'federalsupplyclass',
    'primeawardproductorservicecode',
  ],
  hs_code: [
    'hscode',
    'hs',
    'htscode',
    'hts',
    'htsnumber',
    // Entry-line exports: the full ten-digit HTS number (`HTS Number - Full`), the HTSUS code.
    'htsnumberfull',
    'htscodefull',
    'hts10',
    'htsus',
    'htsusnumber',
    'htsuscode',
    'hsnumber',
    'tariffcode',
    'tariffnumber',
    'commoditycode',
    'harmonizedcode',
    'harmonizedsystemcode',
    'customscode',
    // Brazil's NCM (Mercosur Common Nomenclature): its first six digits are the HS code.
    'ncm',
    'códigoncm',
    // The EU Combined Nomenclature (German Zolltarifnummer, Warennummer; French code SH is the HS code
    // itself): its first six digits are the HS code.
    'zolltarifnummer',
    'warennummer',
    'codesh',
    // Spanish: the tariff heading of a Latin American customs declaration (Partida Arancelaria), Mexico's
    // tariff item (Fracción Arancelaria); their first six digits are the HS code.
    'partidaarancelaria',
    'fracciónarancelaria',
    // The EU's TARIC code (Spain's DUA: Código TARIC): its first six digits are the HS code.
    'códigotaric',
    'tariccode',
    'taric',
    // Chinese headers of supplier and customs files.
    'hs编码',
    '海关编码',
    '商品编码',
    // A customs declaration's goods number (商品编号): the HS code with China's national digits.
    '商品编号',
  ],
  amount: [
    'amount',
    'spend',
    'spendamount',
    'value',
    'totalvalue',
    'total',
    'totalamount',
    'netamount',
    'invoiceamount',
    'paymentamount',
    'amountpaid',
    'obligatedamount',
    'obligation',
    // US federal spend exports and agency dashboards: obligations.
    'obligations',
    'obligationamount',
    'netobligations',
    'actionobligation',
    'federalactionobligation',
    'totalobligatedamount',
    'dollarsobligated',
    // Agency spend extracts: the dollars obligated to date (`FY23 Total Dollars Obligated`), and the total
    // over fiscal years beside a column per year (`Total Obligations` beside `FY24 Obligations`).
    'totaldollarsobligated',
    'totalobligations',
    'totalobligation',
    'obligationstotal',
    'obligationtotal',
    'totalobligated',
    'subawardamount',
    'cost',
    'linetotal',
    'lineamount',
    'totalspend',
    'annualspend',
    'poamount',
    'purchaseorderamount',
    // A purchase order's value (`PO Value (EUR)`), as procurement exports name it.
    'povalue',
    'purchaseordervalue',
    'ordervalue',
    'orderamount',
    'invoicetotal',
    'paidamount',
    // The value declared to customs on an entry; bill-of-lading and ACE entry-line exports.
    'enteredvalue',
    'valueofgoods',
    'linegoodsvalueamount',
    'lineenteredvalue',
    'declaredvalue',
    'customsvalue',
    // Spanish and German: the customs value (Valor en aduana, Zollwert), then the statistical value.
    'valorenaduana',
    'zollwert',
    'valorestadístico',
    'invoicevalue',
    // The goods' value free on board before the value with cost, insurance and freight (CIF) added: FOB is
    // what the goods cost.
    'fobvalue',
    'cifvalue',
    'valorfob',
    'valorcif',
    // German, French, Spanish and Italian for amount: net before gross, French HT (before tax) before TTC.
    'nettobetrag',
    'nettowert',
    'rechnungsbetrag',
    // SAP line items: the amount in the document's currency before the amount in the company's (Hauswährung).
    'betraginbelegwährung',
    'betragbelegwährung',
    'betraginhauswährung',
    'betraghauswährung',
    'betraginhw',
    'bruttobetrag',
    'montantht',
    'montantttc',
    // Italian, Spanish, Portuguese, French and German ERP exports: net amount (Italian Imponibile, the
    // taxable amount), total and gross amounts, the document's total, the order value, total spend.
    'importonetto',
    'imponibile',
    'importototale',
    'importolordo',
    'totaledocumento',
    'importebruto',
    'valorbruto',
    'montantnet',
    'bestellwert',
    'gastototal',
    'betrag',
    'montant',
    'importe',
    'importo',
    // Spanish and Portuguese: total amount, total value, amount, value.
    'importetotal',
    'importeneto',
    'valortotal',
    'valorlíquido',
    'monto',
    'valor',
    // Chinese headers of supplier and customs files.
    '金额',
    '总金额',
    // A customs declaration's total price.
    '总价',
    // A bare Netto is the net amount of German exports, but packing lists use it for the net weight: read
    // only when no other column is the amount.
    'netto',
  ],
  // Valuta is Italian for currency, but German banking and ERP exports use it for the value date (their
  // currency is Währung): see `valutaHoldsDates`.
  // SAP's short headings are Whrg and Währungsschlüssel (currency key); Moeda, Divisa and Monnaie are Portuguese,
  // Spanish and French; 币制 is a Chinese customs declaration's currency.
  currency: [
    'currency',
    'currencycode',
    'ccy',
    'curr',
    'währung',
    'waehrung',
    'währungsschlüssel',
    'waehrungsschluessel',
    'whrg',
    'devise',
    'monnaie',
    'moneda',
    'divisa',
    'moeda',
    'valuta',
    '币种',
    '货币',
    '币制',
  ],
  date: [
    'date',
    'invoicedate',
    'podate',
    'orderdate',
    'transactiondate',
    'paymentdate',
    'signeddate',
    'actiondate',
    'subawardactiondate',
    // SAM.gov award notices and DLA award lists: the award date.
    'awarddate',
    'dateofaward',
    'datesigned',
    'shipdate',
    'arrivaldate',
    'importdate',
    'entrydate',
    'entrysummarydate',
    // Spanish and Portuguese: invoice date, date of issue, document date, date.
    'fechadefactura',
    'fechafactura',
    'fechadeemisión',
    'fechaemisión',
    'fechadocumento',
    'fechadedocumento',
    'dataemissão',
    'datadeemissão',
    'datadafatura',
    'datafatura',
    'datadanotafiscal',
    'fecha',
    // French, German and Italian: invoice date, document date, date.
    'datefacture',
    'datedefacture',
    'datedocument',
    'datedudocument',
    'datedepièce',
    'datepièce',
    'rechnungsdatum',
    'belegdatum',
    'dokumentdatum',
    'buchungsdatum',
    'datafattura',
    'datadocumento',
    'datum',
    'data',
    // Chinese headers of supplier and customs files; a customs declaration's declaration date.
    '日期',
    '订单日期',
    '申报日期',
    // A customs declaration's export and import dates.
    '出口日期',
    '进口日期',
    // Last: the date a contract or agreement takes effect, read only where no column above dates the row.
    'effectivedate',
  ],
  place_of_performance: [
    'placeofperformance',
    'placeofperformancecountry',
    'popcountry',
    'performancecountry',
    'primaryplaceofperformancecountrycode',
    'primaryplaceofperformancecountryname',
    'principalplaceofperformancecountryname',
    'principalplaceofperformancecountrycode',
    'subawardprimaryplaceofperformancecountrycode',
    'subawardprimaryplaceofperformancecountryname',
  ],
  cots: [
    'cots',
    'cotsitem',
    'commerciallyavailableofftheshelf',
    'commercialitemacquisitionprocedurescode',
    'commercialitemacquisitionprocedures',
  ],
  product_type: [
    'producttype',
    'producttypes',
    'productcategory',
    'mainproduct',
    'mainproducts',
    'productgroup',
    'productgroups',
    'category',
    'sector',
    // German: the material or product group of SAP and other ERP exports.
    'warengruppe',
  ],
  // A bill of lading or entry names the party that shipped, exported or sold the goods beside their
  // manufacturer: read as the shipper only when another column is the supplier (the fields are assigned in
  // this order, so a file whose only party column is Shipper has it as the supplier).
  shipper: ['shippername', 'shipper', 'exportername', 'exporter', 'sellername', 'seller', '境内发货人'],
  // The shipper's own address and country, beside a manufacturer: where the shipper is. In a file whose only
  // party is the shipper they are the supplier's (see `planColumns`).
  shipper_address: [
    'shipperaddress',
    'exporteraddress',
    'selleraddress',
    'shipperfulladdress',
    'exporterfulladdress',
    'sellerfulladdress',
  ],
  // Not a Ship From Country: the goods may leave from another country than the shipper's own.
  shipper_country: ['shippercountry', 'exportercountry', 'sellercountry'],
  parent_company: [
    'parentcompany',
    'parentcompanyname',
    'parentgroup',
    'parentname',
    // Not a bare Group or Owner: in spend exports they are as often a cost group or the contract's owner.
    'groupcompany',
    'holdingcompany',
    'ultimateparent',
    'ultimateparentname',
    'ultimateparentlegalbusinessname',
    'recipientparentname',
    'subawardeeparentname',
    // Chinese headers of supplier files: parent company, group, group company.
    '母公司',
    '集团',
    '所属集团',
    '集团公司',
  ],
  // The name the supplier does business as beside its legal name (FPDS `Doing Business As Name`, the
  // subaward download's `subawardee_dba_name`, a DBA or trade name column): screened as the supplier's.
  dba: [
    'doingbusinessasname',
    'doingbusinessas',
    'vendordoingbusinessasname',
    'subawardeedbaname',
    'dbaname',
    'dba',
    'tradename',
  ],
  workers: [
    'numberofworkers',
    'noofworkers',
    'workers',
    'totalworkers',
    'totalnumberofworkers',
    'workercount',
    'numberofemployees',
    'employees',
    'noofemployees',
    'totalemployees',
    'sizeofworkforce',
    'workforcesize',
    'workforce',
    'totalworkforce',
    'headcount',
  ],
  migrant_share: [
    'percentmigrantworkers',
    'migrantworkerspercent',
    'migrantworkerspercentage',
    'percentagemigrantworkers',
    'percentageofmigrantworkers',
    'percentofmigrantworkers',
    'migrantshare',
    'shareofmigrantworkers',
    'migrantworkerpercent',
    'migrantworkerpercentage',
    'migrantpercent',
    'percentmigrant',
    'percentmigrants',
    'percentmigrantworker',
    'percentofforeignmigrantworkers',
    'percentforeignmigrantworkers',
    'foreignmigrantworkerspercent',
    'percentforeignworkers',
    'percentofforeignworkers',
    'foreignworkerspercent',
    'foreignworkerpercent',
    'foreignworkerspercentage',
    'shareofforeignworkers',
    // Refugees are migrant workers in the sense of the workforce finding (docs/scoring.md).
    'percentrefugeeworkers',
    'percentsyrianrefugeeworkers',
    'percentmigrantrefugeeworkers',
    'percentageofmigrantworkerspercent',
  ],
  contract_value: [
    'contractvalue',
    'totalcontractvalue',
    'estimatedcontractvalue',
    'estimatedvalue',
    'potentialtotalvalueofaward',
    'potentialawardvalue',
    'awardvalue',
    'totalawardvalue',
    // FPDS: the contract's value with every option exercised (ezSearch adds `(Total Contract Value)`).
    'baseandalloptionsvalue',
    'baseandalloptionsvaluetotalcontractvalue',
    'totalbaseandalloptionsvalue',
  ],
  // The agency that awarded the contract (FPDS `Contracting Agency`, USAspending `awarding_agency_name`):
  // named in the compliance plan's section for the contract.
  agency: [
    'awardingsubagencyname',
    'awardingagencyname',
    'awardingagency',
    'contractingagencyname',
    'contractingagency',
    'contractingdepartmentname',
  ],
});

/** The supplier column of a SAM.gov award notice (normalised). */
const SAM_AWARDEE = new Set(['awardee', 'awardeename']);

/** The contracting office's address columns of a SAM.gov award notice (normalised). */
const SAM_OFFICE = new Set(['state', 'city', 'zipcode', 'countrycode']);

/**
 * A supplier country code column → the country name column beside it (both normalised), read in a row
 * whose code is empty.
 */
const COUNTRY_CODE_NAMES = new Map([
  ['subawardeecountrycode', 'subawardeecountryname'],
  ['recipientcountrycode', 'recipientcountryname'],
  ['vendorcountrycode', 'vendorcountryname'],
  ['awardeecountrycode', 'awardeecountryname'],
  ['contractorcountrycode', 'contractorcountryname'],
]);

/** Exact columns of the USAspending contract downloads (see data/formats/). */
function usaspending(amount: string, description: string): Candidates {
  return {
    contract_id: ['award_id_piid'],
    supplier: ['recipient_name', 'recipient_name_raw'],
    supplier_address: ['recipient_address_line_1'],
    supplier_country: ['recipient_country_code', 'recipient_country_name'],
    origin_country: ['country_of_product_or_service_origin_code', 'country_of_product_or_service_origin'],
    description: [description],
    naics: ['naics_code'],
    psc: ['product_or_service_code'],
    amount: [amount],
    date: ['action_date'],
    place_of_performance: [
      'primary_place_of_performance_country_code',
      'primary_place_of_performance_country_name',
    ],
    cots: ['commercial_item_acquisition_procedures_code', 'commercial_item_acquisition_procedures'],
    parent_company: ['recipient_parent_name', 'recipient_parent_name_raw'],
    dba: ['recipient_doing_business_as_name'],
    // base_and_all_options_value is a transaction's own figure: read only in a file without the award's.
    contract_value: ['potential_total_value_of_award', 'base_and_all_options_value'],
    agency: ['awarding_sub_agency_name', 'awarding_agency_name'],
  };
}

const LAYOUT_COLUMNS: Record<Exclude<LayoutName, 'generic'>, Candidates> = {
  usaspending_transactions: usaspending('federal_action_obligation', 'transaction_description'),
  usaspending_transactions_2018: usaspending('federal_action_obligation', 'award_description'),
  // An award is dated by its base action (its award), as its transactions are by their first: the FAR plan
  // threshold is the one in force then. The latest action (often an administrative modification) dates it
  // only in a file without the base one.
  usaspending_award_summary: {
    ...usaspending('total_obligated_amount', 'prime_award_base_transaction_description'),
    date: ['award_base_action_date', 'award_latest_action_date'],
  },
  // FPDS data extracts, and FPDS ezSearch exports (`Legal Business Name`, `Action Obligation ($)` …).
  fpds: {
    contract_id: ['piid'],
    supplier: ['vendorname', 'legalbusinessname'],
    supplier_address: ['vendoraddress', 'vendoraddressline1', 'vendorcity', 'vendoraddresscity'],
    supplier_country: ['vendorcountry', 'vendorcountrycode', 'vendoraddresscountryname'],
    place_of_performance: [
      'popcountry',
      'placeofperformancecountry',
      'principalplaceofperformancecountryname',
      'principalplaceofperformancecountrycode',
    ],
    psc: ['psccode', 'productorservicecode', 'productorservicecodepsc'],
    naics: ['naicscode'],
    amount: ['obligatedamount', 'dollarsobligated', 'actionobligation'],
    date: ['signeddate', 'datesigned'],
    description: ['description', 'descriptionofcontractrequirement', 'descriptionofrequirement'],
    agency: ['contractingagency', 'contractingagencyname', 'contractingdepartmentname'],
  },
  brand_factory_list: {
    supplier: [
      'tier2suppliername',
      'tier2supplier',
      'factorynameenglish',
      'facilitynameenglish',
      'factoryname',
      'facilityname',
      'tier1factory',
      'tier1factoryname',
      'factory',
      'facility',
      'sitename',
    ],
    supplier_address: ['factoryaddress', 'facilityaddress', 'address'],
  },
  // The facility download of Open Supply Hub (os_id, name, address, country_code, country_name, sector,
  // number_of_workers, product_type, parent_company …); `sector` stands in for an empty product type.
  open_supply_hub_download: {
    supplier: ['name'],
    supplier_address: ['address'],
    supplier_country: ['countryname', 'countrycode'],
    product_type: ['producttype', 'sector'],
    workers: ['numberofworkers'],
    parent_company: ['parentcompany'],
  },
  open_supply_hub: {
    supplier: ['name'],
    supplier_address: ['address'],
    supplier_country: ['country'],
    product_type: ['producttype', 'sector'],
    workers: ['numberofworkers'],
    parent_company: ['parentcompany'],
  },
};

/**
 * Columns read as parts of the supplier address in files without an exact layout (normalised): brand lists
 * and supplier files split the address into street, city, state / province, region and postal code, and a
 * factory in "Korla, Xinjiang" is only placed by its province column.
 */
const ADDRESS_PART_NAMES = new Set(
  [
    'addressline2',
    'address2',
    'addressline3',
    'address3',
    'city',
    'town',
    'cityname',
    'citytown',
    'state',
    'province',
    'stateprovince',
    'provincestate',
    'stateorprovince',
    'stateregion',
    'region',
    'regionprovince',
    'provinceregion',
    'county',
    'district',
    'prefecture',
    'postalcode',
    'postcode',
    'zip',
    'zipcode',
    'statecode',
    'statename',
    'zip4code',
    'addresscity',
    'addressstate',
    'addressstatename',
    'addresszipcode',
  ]
    .flatMap((n) => [
      n,
      ...[
        'supplier',
        'vendor',
        'recipient',
        'factory',
        'facility',
        'site',
        'manufacturer',
        'shipper',
        'subawardee',
      ].map((p) => p + n),
    ])
    .concat([
      // Spanish: city, town, locality, municipality, province, state / province, postal code.
      'ciudad',
      'población',
      'localidad',
      'municipio',
      'provincia',
      'estadoprovincia',
      'provinciaestado',
      'códigopostal',
      // Portuguese: city, municipality, region, postal code (Brazil's CEP).
      'cidade',
      'município',
      'região',
      'cep',
      // French: town, locality, municipality, département, postal code (région is region).
      'ville',
      'localité',
      'commune',
      'département',
      'codepostal',
      // German: place (town), town, federal state, postal code.
      'ort',
      'stadt',
      'bundesland',
      'plz',
      'postleitzahl',
      // Italian: city, municipality, region.
      'città',
      'comune',
      'regione',
      // Chinese: city, province; an export declaration's domestic source of the goods (境内货源地), the
      // place within China they come from.
      '城市',
      '省份',
      '省',
      '境内货源地',
    ])
    .map(normaliseHeader),
);

/**
 * Spanish, Portuguese, Italian, French and German for "supplier" (and SAP's "creditor", the vendor), read as
 * the supplier column only when no other column names it: ERP exports (SAP) use the bare word for the vendor
 * number, beside a name column.
 */
const NAME_OR_NUMBER = ['proveedor', 'fornecedor', 'fornitore', 'fournisseur', 'lieferant', 'kreditor'];

/**
 * Spanish and Portuguese for a state: an address part only beside an address or city column, as Spanish
 * invoice exports also use `Estado` for an invoice's status.
 */
const STATE_BESIDE_ADDRESS = new Set(['estado']);

/** Headers naming an item in some files and the company in others (Italian and Spanish). */
const ITEM_OR_COMPANY_NAME = new Set(['denominazione', 'denominación'].map(normaliseHeader));

/** SAP amount headers in the company code's currency (Hauswährung, HW). */
const LOCAL_CURRENCY_AMOUNTS = new Set(
  ['betraginhauswährung', 'betraghauswährung', 'betraginhw'].map(normaliseHeader),
);

/** SAP's column of the company code's currency: Hauswährung, its short heading HWähr. */
const LOCAL_CURRENCY = ['hauswährung', 'hwähr'].map(normaliseHeader);

/** Amount columns of USAspending downloads, in US dollars also when a file keeps only a few of their columns. */
const USD_AMOUNTS = new Set(['federalactionobligation', 'totalobligatedamount', 'subawardamount']);

/** USAspending's place of performance below the country: city, county and state names. */
const USASPENDING_PLACE: readonly (readonly string[])[] = [
  ['primary_place_of_performance_city_name'],
  ['primary_place_of_performance_county_name'],
  ['primary_place_of_performance_state_name'],
];

/**
 * The place of performance below the country, in the order an address is written: USAspending's city,
 * county and state names; FPDS's city and state (the first of each group present). For supplies FPDS
 * defines the place of performance as where they are produced, so a Xinjiang city there places them.
 */
const PLACE_COLUMNS: Partial<
  Record<LayoutName, { lookup: 'exact' | 'normal'; groups: readonly (readonly string[])[] }>
> = {
  usaspending_transactions: { lookup: 'exact', groups: USASPENDING_PLACE },
  usaspending_transactions_2018: { lookup: 'exact', groups: USASPENDING_PLACE },
  usaspending_award_summary: { lookup: 'exact', groups: USASPENDING_PLACE },
  // USAspending's subaward download, read through the synonyms: the subaward's own place of performance.
  generic: {
    lookup: 'normal',
    groups: [
      ['subawardprimaryplaceofperformancecityname'],
      ['subawardprimaryplaceofperformancestatename', 'subawardprimaryplaceofperformancestatecode'],
    ],
  },
  fpds: {
    lookup: 'normal',
    groups: [
      [
        'principalplaceofperformancecityname',
        'principalplaceofperformancecity',
        'placeofperformancecityname',
        'placeofperformancecity',
        'popcity',
      ],
      [
        'principalplaceofperformancestatename',
        'placeofperformancestatename',
        'principalplaceofperformancestatecode',
        'placeofperformancestatecode',
        'placeofperformancestate',
        'popstatecode',
        'popstate',
      ],
    ],
  },
};

const USASPENDING_ADDRESS_PARTS = [
  'recipient_address_line_2',
  'recipient_city_name',
  'recipient_state_code',
  'recipient_zip_4_code',
  'recipient_country_name',
];

/** Names the layout of a header row. */
export function detectLayout(headers: string[]): LayoutName {
  const raw = new Set(headers.map((h) => h.trim().toLowerCase()));
  const norm = new Set(headers.map(normaliseHeader));
  if (raw.has('federal_action_obligation') && raw.has('award_id_piid')) {
    return raw.has('contract_transaction_unique_key')
      ? 'usaspending_transactions'
      : 'usaspending_transactions_2018';
  }
  if (raw.has('total_obligated_amount') && raw.has('award_id_piid')) return 'usaspending_award_summary';
  if (norm.has('piid') && (norm.has('vendorname') || norm.has('legalbusinessname'))) return 'fpds';
  if (['osid', 'name', 'address'].every((h) => norm.has(h))) return 'open_supply_hub_download';
  if (['country', 'name', 'address', 'sector'].every((h) => norm.has(h))) return 'open_supply_hub';
  const brandSigns = [
    'factoryname',
    'facilityname',
    'factorynameenglish',
    'facilitynameenglish',
    'tier1factory',
    'tier1factoryname',
    ...(GENERIC.workers ?? []),
    ...(GENERIC.migrant_share ?? []),
  ];
  if (brandSigns.some((h) => norm.has(h)) && !norm.has('amount')) return 'brand_factory_list';
  return 'generic';
}

/**
 * The country and address columns of a shipper, exporter or seller: theirs, not a manufacturer's (and Ship
 * From Country, where the goods left, which is not the manufacturer's either).
 */
const SHIPPER_PARTY_COLUMNS = new Set([
  ...(GENERIC.shipper_address ?? []),
  ...(GENERIC.shipper_country ?? []),
  'shipfromcountry',
]);

/**
 * Columns that name the supplier, read in this order when the mapped supplier column is empty in a row: the
 * vendor's and factory's own names, and the party that sold or sent imported goods (a bill of lading's
 * shipper beside its manufacturer). Company, facility, recipient or payee columns often describe the
 * buyer's side (its company code, plant or department), so they never stand in; nor do a bill of lading's
 * consignee or notify party, the buyer. A brand list's local factory name comes first.
 */
const SUPPLIER_FALLBACKS = [
  'tier2suppliernamelocallanguage',
  'tier2suppliernamelocal',
  'factorynamelocallanguage',
  'factorynameinlocallanguage',
  'factorynamelocal',
  'factorylocalname',
  'localfactoryname',
  'factorynamechinese',
  'facilitynamelocallanguage',
  'facilitynameinlocallanguage',
  'facilitynamelocal',
  'facilitylocalname',
  'suppliernamelocallanguage',
  'suppliernameinlocallanguage',
  'suppliernamelocal',
  'localsuppliername',
  'suppliernamechinese',
  'localname',
  'suppliername',
  'supplier',
  'vendorname',
  'vendor',
  'factoryname',
  'manufacturername',
  'manufacturer',
  '生产销售单位',
  // The shipper, exporter or seller stands in for an empty manufacturer cell, as the party that sent the
  // goods (it is then the supplier, and not screened a second time as the shipper).
  'exportername',
  'exporter',
  'shippername',
  'shipper',
  'sellername',
  'seller',
  '境内发货人',
  'legalbusinessname',
  // Chinese: the English name, beside the supplier's name (供应商名称).
  '英文名称',
  '供应商英文名称',
];

/** The supplier's fields that a shipper column beside a manufacturer is not, and the shipper's own. */
const SHIPPER_OWN = [
  ['supplier_country', 'shipper_country'],
  ['supplier_address', 'shipper_address'],
] as const;

/** Row ids used as a row's `ref` in files without a contract id (never as the contract id). */
const REF_COLUMNS = [
  'contracttransactionuniquekey',
  'ref',
  'refno',
  'refnumber',
  'entrynumber',
  'entryno',
  // CBP ACE: an entry summary is filed under its entry number.
  'entrysummarynumber',
  // A Chinese customs declaration's number (报关单号).
  '报关单号',
  '报关单编号',
];

/** Fields whose header may carry the currency of its amounts (`Amount (EUR)`). */
const MONEY_FIELDS = new Set<string>(['amount', 'contract_value']);

/** `NAME#2`: the second column named NAME. */
const NTH_COLUMN = /^(.*?)\s*#\s*(\d+)$/;

/**
 * Maps a header row onto the canonical fields: names the layout, takes that layout's columns, fills the
 * remaining fields from common synonyms (except for USAspending files, whose columns are exact), then
 * applies `overrides` (field → header, matched exactly or normalised; `NAME#2` is the second column named
 * NAME). An override naming a missing column, or a file with no supplier column at all, is a
 * `TipwatchError` listing the columns that exist.
 *
 * `sample` holds the records read after the header, when the reader has them: a `Valuta` column whose
 * values are dates is then a German value date, not the currency (see `valutaHoldsDates`).
 */
export function planColumns(
  headers: string[],
  overrides: Partial<Record<CanonicalField, string>> = {},
  sample: readonly (readonly string[])[] = [],
): ColumnPlan {
  const layout = detectLayout(headers);
  const exact = new Map<string, number>();
  const normal = new Map<string, number>();
  /** Normalised header → every column of that name, for duplicates. */
  const named = new Map<string, number[]>();
  /** Money headers without their currency (`Amount (EUR)` → `amount`) or scale (`Obligations ($K)`). */
  const moneyBase = new Map<string, number>();
  /** Headers that name a fiscal year, without it (`FY21 Obligations ($K)` → `obligations`), with the year. */
  const fiscal: { base: string; year: number; column: number }[] = [];
  headers.forEach((h, i) => {
    const t = h.trim().toLowerCase();
    if (!exact.has(t)) exact.set(t, i);
    const n = normaliseHeader(h);
    if (n === '') return;
    if (!normal.has(n)) normal.set(n, i);
    named.set(n, [...(named.get(n) ?? []), i]);
    const c = headerCurrency(h) ?? headerScale(h);
    if (c !== null) {
      const b = normaliseHeader(c.base);
      if (b !== '' && !moneyBase.has(b)) moneyBase.set(b, i);
    }
    const fy = headerFiscalYear(c?.base ?? h);
    if (fy !== null) {
      const b = headerCurrency(fy.base) ?? headerScale(fy.base);
      fiscal.push({ base: normaliseHeader(b?.base ?? fy.base), year: fy.year, column: i });
    }
  });
  const usa = layout.startsWith('usaspending');
  const index: Partial<Record<CanonicalField, number>> = {};
  const taken = new Set<number>();
  const assign = (field: CanonicalField, candidates: string[] | undefined, lookup: Map<string, number>) => {
    if (index[field] !== undefined || candidates === undefined) return;
    const money = !usa && MONEY_FIELDS.has(field);
    for (const c of candidates) {
      for (const i of [lookup.get(c), money ? moneyBase.get(c) : undefined]) {
        if (i !== undefined && !taken.has(i)) {
          index[field] = i;
          taken.add(i);
          return;
        }
      }
    }
  };
  if (layout !== 'generic') {
    for (const [field, cands] of Object.entries(LAYOUT_COLUMNS[layout])) {
      assign(field as CanonicalField, cands, usa ? exact : normal);
    }
  }
  // A Valuta column of dates is the value date of German bank and ERP exports, not the currency. It is
  // the date only when no other column is: the day a payment took effect is a day or two from its booking,
  // close enough to date the row, but the file's own document or invoice date says more where it has one.
  const valueDate = usa ? undefined : valutaHoldsDates(normal, sample);
  if (valueDate !== undefined) taken.add(valueDate);
  if (!usa) {
    for (const [field, cands] of Object.entries(GENERIC)) assign(field as CanonicalField, cands, normal);
  }
  // A SAM.gov award notice (Contract Opportunities download) names the firm awarded in `Awardee`, its amount
  // in `Award$` and the PSC in `ClassificationCode` (a name too general to be read as the PSC elsewhere).
  // Its unprefixed State, City, ZipCode and CountryCode are the contracting office's, not the awardee's:
  // they are read neither as the supplier's country nor as parts of its address.
  const samAward =
    !usa && index.supplier !== undefined && SAM_AWARDEE.has(normaliseHeader(headers[index.supplier] ?? ''));
  if (samAward) {
    assign('psc', ['classificationcode'], normal);
    assign('amount', ['award$'], exact);
    for (const field of ['supplier_country', 'supplier_address'] as const) {
      const i = index[field];
      if (
        i !== undefined &&
        (overrides[field] ?? '') === '' &&
        SAM_OFFICE.has(normaliseHeader(headers[i] ?? ''))
      ) {
        delete index[field];
        taken.delete(i);
      }
    }
  }
  // An amount column named by fiscal year (`FY21 Obligations`) is the amount when no other column is (a bare
  // Netto, which may be a weight, gives way to it): the latest year's, as the years' amounts may not be added
  // up; `fiscalYearAmounts` notes the others. The fiscal year dates no row: a date column does that.
  let fiscalAmounts: { base: string; year: number; column: number }[] = [];
  const amountSoFar = index.amount === undefined ? '' : normaliseHeader(headers[index.amount] ?? '');
  if (!usa && (amountSoFar === '' || amountSoFar === 'netto')) {
    const synonyms = GENERIC.amount ?? [];
    fiscalAmounts = fiscal.filter((f) => synonyms.includes(f.base) && !taken.has(f.column));
    const latest = fiscalAmounts
      .slice()
      .sort((a, b) => b.year - a.year || synonyms.indexOf(a.base) - synonyms.indexOf(b.base))[0];
    if (latest !== undefined) {
      if (index.amount !== undefined) taken.delete(index.amount);
      index.amount = latest.column;
      taken.add(latest.column);
    }
  }
  // An SAP amount in the company code's currency (Betrag in Hauswährung) is in the currency of its own
  // column (Hauswährung, HWähr), not in the document's currency (Währung, Whrg) beside it.
  const amountName = index.amount === undefined ? '' : normaliseHeader(headers[index.amount] ?? '');
  if (!usa && LOCAL_CURRENCY_AMOUNTS.has(amountName)) {
    const local = LOCAL_CURRENCY.map((h) => normal.get(h)).find((i) => i !== undefined && !taken.has(i));
    if (local !== undefined) {
      index.currency = local;
      taken.add(local);
    }
  }
  if (valueDate !== undefined && index.date === undefined && (overrides.date ?? '') === '') {
    index.date = valueDate;
  }
  let supplierUnproven = false;
  if (!usa && index.supplier === undefined && (overrides.supplier ?? '') === '') {
    assign('supplier', NAME_OR_NUMBER, normal);
    supplierUnproven = index.supplier !== undefined;
  }
  // Beside a bare Fornitore or Proveedor, a Denominazione or Denominación is as likely the supplier's name
  // as an item's: it is not read as the description.
  const describedBy =
    index.description === undefined ? '' : normaliseHeader(headers[index.description] ?? '');
  if (supplierUnproven && ITEM_OR_COMPANY_NAME.has(describedBy)) delete index.description;

  /** Column → the fields the user named it for. */
  const userNamed = new Map<number, CanonicalField[]>();
  for (const [field, header] of Object.entries(overrides) as [CanonicalField, string | undefined][]) {
    if (header === undefined || header === '') continue;
    const i = findColumn(header, exact, normal, named);
    if (i === undefined) {
      throw new TipwatchError(
        'unknown_column',
        `--map ${field}="${header}": there is no such column. Columns in this file: ${listHeaders(headers)}.`,
      );
    }
    index[field] = i;
    userNamed.set(i, [...(userNamed.get(i) ?? []), field]);
  }
  // A column the user names for one field is not read for another as well.
  for (const [field, i] of Object.entries(index) as [CanonicalField, number][]) {
    const fields = userNamed.get(i);
    if (fields !== undefined && !fields.includes(field)) delete index[field];
  }

  // `--map supplier=Shipper` makes the shipper the supplier: it is not screened again as the shipper.
  if (index.shipper !== undefined && index.shipper === index.supplier && (overrides.shipper ?? '') === '') {
    delete index.shipper;
  }

  // Beside a manufacturer, the shipper's country and address are the shipper's, not the supplier's: a trader's
  // country in Viet Nam must not place a Chinese manufacturer's address (the goods' origin then stands in).
  // They are read as the shipper's own, and fill the supplier's where the shipper stands in for an empty
  // manufacturer cell. With no shipper beside the supplier, a shipper column is the supplier's or unread.
  if (index.shipper !== undefined) {
    for (const [field, own] of SHIPPER_OWN) {
      const i = index[field];
      if (i === undefined || (overrides[field] ?? '') !== '') continue;
      if (!SHIPPER_PARTY_COLUMNS.has(normaliseHeader(headers[i] ?? ''))) continue;
      delete index[field];
      if (index[own] === undefined && GENERIC[own]?.includes(normaliseHeader(headers[i] ?? '')))
        index[own] = i;
    }
  } else {
    for (const [, own] of SHIPPER_OWN) if ((overrides[own] ?? '') === '') delete index[own];
  }

  // --map currency=Valuta is the user's word: the column is then the currency only.
  if (
    valueDate !== undefined &&
    index.currency === valueDate &&
    index.date === valueDate &&
    (overrides.date ?? '') === ''
  ) {
    delete index.date;
  }

  if (index.supplier === undefined) {
    throw new TipwatchError(
      'no_supplier_column',
      `No supplier name column found (looked for supplier, vendor name, payee, factory name, recipient_name …). ` +
        `Name it with --map supplier="<column>". Columns in this file: ${listHeaders(headers)}.`,
    );
  }

  const used = new Set<number>(Object.values(index));
  const addressParts: number[] = [];
  const shipperAddressParts: number[] = [];
  if (usa && overrides.supplier_address === undefined && index.supplier_address !== undefined) {
    for (const h of USASPENDING_ADDRESS_PARTS) {
      const i = exact.get(h);
      if (i !== undefined) addressParts.push(i);
    }
  }
  if (!usa && overrides.supplier_address === undefined) {
    const states: number[] = [];
    headers.forEach((h, i) => {
      if (used.has(i)) return;
      const n = normaliseHeader(h);
      if (samAward && SAM_OFFICE.has(n)) return;
      // A shipper's city or province beside a manufacturer places the shipper, not the supplier.
      if (ADDRESS_PART_NAMES.has(n) && index.shipper !== undefined && n.startsWith('shipper')) {
        if (overrides.shipper_address === undefined) shipperAddressParts.push(i);
      } else if (ADDRESS_PART_NAMES.has(n)) addressParts.push(i);
      else if (STATE_BESIDE_ADDRESS.has(n)) states.push(i);
    });
    if (states.length > 0 && (index.supplier_address !== undefined || addressParts.length > 0)) {
      addressParts.push(...states);
      addressParts.sort((a, b) => a - b);
    }
  }
  for (const i of [...addressParts, ...shipperAddressParts]) used.add(i);
  const placeParts: number[] = [];
  const place = PLACE_COLUMNS[layout];
  if (place !== undefined && overrides.place_of_performance_address === undefined) {
    const lookup = place.lookup === 'exact' ? exact : normal;
    for (const group of place.groups) {
      const i = group.map((h) => lookup.get(h)).find((c) => c !== undefined && !used.has(c));
      if (i === undefined) continue;
      if (index.place_of_performance_address === undefined) index.place_of_performance_address = i;
      else placeParts.push(i);
      used.add(i);
    }
  }
  // Another column naming suppliers stands in for an empty supplier cell.
  const supplierFallbacks: number[] = [];
  // A column the user named is the one read: no other stands in for it.
  if (!usa && overrides.supplier === undefined) {
    for (const h of SUPPLIER_FALLBACKS) {
      const i = normal.get(h);
      if (i === undefined || supplierFallbacks.includes(i)) continue;
      if (!used.has(i) || i === index.shipper) supplierFallbacks.push(i);
    }
  }
  // USAspending's recipient_name is the name as registered (SAM); where it is empty, the name as the
  // awarding agency wrote it (recipient_name_raw) names the same recipient.
  if (usa && overrides.supplier === undefined) {
    const raw = exact.get('recipient_name_raw');
    if (raw !== undefined && !used.has(raw)) supplierFallbacks.push(raw);
  }
  for (const i of supplierFallbacks) used.add(i);
  // USAspending's transaction key is the row's ref also in a file that keeps a few official columns only.
  let refColumn: number | null = null;
  if (usa) refColumn = exact.get('contract_transaction_unique_key') ?? null;
  else if (layout === 'open_supply_hub_download') refColumn = normal.get('osid') ?? null;
  else {
    for (const h of REF_COLUMNS) {
      const i = normal.get(h);
      if (i !== undefined && !used.has(i)) {
        refColumn = i;
        break;
      }
    }
  }
  let productTypeFallback: number | null = null;
  if (layout.startsWith('open_supply_hub') && overrides.product_type === undefined) {
    const i = normal.get('sector');
    if (i !== undefined && i !== index.product_type) productTypeFallback = i;
  }
  // A country code column left empty in a row may have its country name beside it.
  let supplierCountryFallback: number | null = null;
  if (overrides.supplier_country === undefined && index.supplier_country !== undefined) {
    const code = normaliseHeader(headers[index.supplier_country] ?? '');
    const name = COUNTRY_CODE_NAMES.get(code);
    const i = name === undefined ? undefined : normal.get(name);
    if (i !== undefined && !used.has(i)) supplierCountryFallback = i;
  }
  if (supplierCountryFallback !== null) used.add(supplierCountryFallback);
  let nsnColumn: number | null = null;
  if (!usa && index.psc === undefined && overrides.psc === undefined) {
    const i = normal.get('nsn') ?? normal.get('nationalstocknumber');
    if (i !== undefined && !used.has(i)) nsnColumn = i;
  }
  if (nsnColumn !== null) used.add(nsnColumn);
  let contractParent: number | null = null;
  if (overrides.contract_id === undefined && index.contract_id !== undefined) {
    if (usa) contractParent = exact.get('parent_award_id_piid') ?? exact.get('parent_award_id') ?? null;
    else if (layout === 'fpds') contractParent = normal.get('referencedidvpiid') ?? null;
  }
  if (contractParent !== null) used.add(contractParent);
  if (refColumn !== null) used.add(refColumn);
  if (productTypeFallback !== null) used.add(productTypeFallback);

  const mapping: Partial<Record<CanonicalField, string>> = {};
  for (const [field, i] of Object.entries(index) as [CanonicalField, number][])
    mapping[field] = headers[i] ?? '';
  if (addressParts.length > 0) {
    const parts =
      index.supplier_address === undefined ? addressParts : [index.supplier_address, ...addressParts];
    mapping.supplier_address = parts.map((i) => headers[i] ?? '').join(' + ');
  }
  if (shipperAddressParts.length > 0) {
    const parts =
      index.shipper_address === undefined
        ? shipperAddressParts
        : [index.shipper_address, ...shipperAddressParts];
    mapping.shipper_address = parts.map((i) => headers[i] ?? '').join(' + ');
  }
  if (placeParts.length > 0 && index.place_of_performance_address !== undefined) {
    mapping.place_of_performance_address = [index.place_of_performance_address, ...placeParts]
      .map((i) => headers[i] ?? '')
      .join(' + ');
  }
  if (nsnColumn !== null) mapping.psc = `${headers[nsnColumn] ?? ''} (its first four digits, the FSC)`;
  if (supplierCountryFallback !== null) {
    mapping.supplier_country = `${mapping.supplier_country}, else ${headers[supplierCountryFallback] ?? ''}`;
  }
  if (supplierFallbacks.length > 0) {
    mapping.supplier = [index.supplier, ...supplierFallbacks].map((i) => headers[i] ?? '').join(', else ');
  }
  const cotsHeader = index.cots === undefined ? '' : normaliseHeader(headers[index.cots] ?? '');
  const amountHeader = index.amount === undefined ? '' : (headers[index.amount] ?? '');
  const amountScale = usa ? null : headerScale(amountHeader);
  const amountCurrency = usa ? null : (headerCurrency(amountHeader) ?? amountScale);
  const valueHeader = index.contract_value === undefined ? '' : (headers[index.contract_value] ?? '');
  return {
    layout,
    mapping,
    index,
    addressParts,
    placeParts,
    shipperAddressParts,
    supplierFallbacks,
    refColumn,
    productTypeFallback,
    supplierCountryFallback,
    nsnColumn,
    contractParent,
    sharePercent: false,
    supplierUnproven,
    dateOrder: { dayFirst: false, basis: 'assumed' },
    cotsFromCommercialProcedures: cotsHeader.startsWith('commercialitemacquisitionprocedures'),
    defaultCurrency:
      usa || layout === 'fpds' || USD_AMOUNTS.has(normaliseHeader(amountHeader))
        ? 'USD'
        : amountCurrency?.currency || '',
    amountScale: amountScale?.factor ?? 1,
    contractValueScale: usa ? 1 : (headerScale(valueHeader)?.factor ?? 1),
    // A column without a header is named by its place, as an empty name would vanish from the list.
    unmapped: headers.flatMap((h, i) =>
      used.has(i) ? [] : [h.trim() === '' ? `(column ${i + 1}, no header)` : h],
    ),
    problems: [
      ...(valueDate === undefined || index.currency === valueDate
        ? []
        : [valueDateProblem(headers[valueDate] ?? '', index.date === valueDate)]),
      ...duplicateNames(headers, named, used),
      ...fiscalYearAmounts(
        headers,
        fiscalAmounts,
        (overrides.amount ?? '') === '' ? index.amount : undefined,
      ),
    ],
  };
}

function valueDateProblem(column: string, asDate: boolean): Problem {
  return {
    code: 'valuta_value_date',
    message:
      `Column "${column}" holds dates: read as the value date (Valuta in German bank and ERP exports), not as ` +
      `the currency; ${asDate ? 'it dates the rows, as no other column does' : 'the rows are dated by another column'}. ` +
      `If it is the currency, say so with --map currency="${column}".`,
    column,
  };
}

/**
 * The note on amount columns of several fiscal years when the latest is read (`read`): their amounts are not
 * added up (a row's FY21 and FY22 obligations are two years' spend, not one amount), so the others are named
 * with the way to read one of them instead. Nothing when the user named the amount column.
 */
function fiscalYearAmounts(
  headers: string[],
  columns: readonly { year: number; column: number }[],
  read: number | undefined,
): Problem[] {
  if (read === undefined || columns.length < 2 || !columns.some((c) => c.column === read)) return [];
  const name = (i: number) => `"${headers[i]?.trim() ?? ''}"`;
  const others = columns.filter((c) => c.column !== read);
  const names = others.map((c) => name(c.column));
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const next = others.reduce((a, b) => (b.year > a.year ? b : a));
  const column = headers[read]?.trim() ?? '';
  return [
    {
      code: 'fiscal_year_amounts',
      message:
        `Several amount columns are named by fiscal year: column "${column}", of the latest year, is read as the amount; ` +
        `${listed} ${others.length === 1 ? 'is' : 'are'} not read, as the years' amounts are not added up. ` +
        `To read another year, say so with --map amount=${name(next.column)}.`,
      column,
    },
  ];
}

/** A date with a two-digit year, as German bank exports write the value date (`31.12.24`). */
const SHORT_YEAR_DATE = /^\d{1,2}([./-])\d{1,2}\1\d{2}$/;

/**
 * The `Valuta` column when most of its sampled values are dates (`31.12.2024`, `2024-12-31`, `31.12.24`):
 * in German bank and ERP exports Valuta is the value date, in Italian files the currency (`EUR`, `€`).
 * Values that are no dates, or no values at all, leave it the currency.
 */
function valutaHoldsDates(
  normal: Map<string, number>,
  sample: readonly (readonly string[])[],
): number | undefined {
  const at = normal.get('valuta');
  if (at === undefined) return undefined;
  const given = sample.map((fields) => (fields[at] ?? '').trim()).filter((v) => v !== '');
  const dates = given.filter(
    (v) => parseDate(v) !== '' || parseDate(v, true) !== '' || SHORT_YEAR_DATE.test(v),
  );
  return given.length > 0 && dates.length * 2 > given.length ? at : undefined;
}

/** A vendor number or code: one word with a digit in it (`100234`, `V-1001`, `0000100234`). */
const CODE = /^\S*\d\S*$/;

/**
 * Refuses a bare `Proveedor`, `Fornecedor`, `Lieferant` … column read as the supplier (`plan.supplierUnproven`) when most
 * of its sampled values are codes, not names: an ERP export's vendor numbers would be screened as names.
 */
export function checkSupplierNames(plan: ColumnPlan, headers: string[], values: string[]): void {
  const at = plan.index.supplier;
  if (!plan.supplierUnproven || at === undefined) return;
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  const codes = given.filter((v) => CODE.test(v));
  if (given.length === 0 || codes.length * 2 < given.length) return;
  throw new TipwatchError(
    'no_supplier_column',
    `Column "${headers[at]}" holds vendor numbers or codes ("${codes.slice(0, 3).join('", "')}"), not names, and no ` +
      'other column names the supplier (looked for supplier, vendor name, razón social, ragione sociale, Lieferantenname, nom du fournisseur …). ' +
      `Name it with --map supplier="<column>". Columns in this file: ${listHeaders(headers)}.`,
  );
}

/**
 * The column an override names: its header exactly, or normalised; `NAME#N` is the N-th column of that
 * name (counted from 1), for files where several columns share one.
 */
function findColumn(
  header: string,
  exact: Map<string, number>,
  normal: Map<string, number>,
  named: Map<string, number[]>,
): number | undefined {
  const i = exact.get(header.trim().toLowerCase()) ?? normal.get(normaliseHeader(header));
  if (i !== undefined) return i;
  const m = NTH_COLUMN.exec(header.trim());
  if (m === null) return undefined;
  const nth = Number(m[2]);
  return nth >= 1 ? named.get(normaliseHeader(m[1] ?? ''))?.[nth - 1] : undefined;
}

/**
 * One problem per name that several columns share when one of them is read: only the first of a name is
 * read unless `--map FIELD="NAME#2"` picks another.
 */
function duplicateNames(headers: string[], named: Map<string, number[]>, used: Set<number>): Problem[] {
  const out: Problem[] = [];
  for (const columns of named.values()) {
    if (columns.length < 2) continue;
    const read = columns.filter((i) => used.has(i));
    if (read.length === 0) continue;
    const name = headers[columns[0]!]?.trim() ?? '';
    const numbers = columns.map((i) => `${i + 1}`);
    const listed = `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
    const which =
      read.length === 1
        ? `column ${read[0]! + 1} is read`
        : `columns ${read.map((i) => i + 1).join(', ')} are read`;
    out.push({
      code: 'duplicate_column_name',
      message:
        `Columns ${listed} are ${columns.length === 2 ? 'both' : 'all'} named "${name}": ${which}; rename one to choose, or pick another with ` +
        `--map FIELD="${name}#2" (the second column of that name).`,
      column: name,
    });
  }
  return out;
}

function listHeaders(headers: string[]): string {
  const shown = headers.slice(0, 40).map((h) => `"${h}"`);
  return headers.length > 40 ? `${shown.join(', ')} … (${headers.length} in all)` : shown.join(', ');
}
