/**
 * The fields of each kind of public content an office editor can write, as the editing API takes them
 * (packages/server/src/editing/content-bodies.ts), and the request bodies built from a form.
 */

export const CONTENT_KINDS = [
  'news',
  'reports',
  'grants',
  'programme_totals',
  'partnerships',
  'hotlines',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export type FieldType = 'text' | 'textarea' | 'list' | 'number' | 'url' | 'date' | 'boolean';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** What an emptied optional field is sent as: null for nullable fields, '' for plain text ones. */
  empty?: null | '';
}

const SOURCE: FieldSpec[] = [
  {
    name: 'source.record',
    label: 'Source citation (document, page, paragraph)',
    type: 'text',
    required: true,
  },
  { name: 'source.dataset', label: 'Source dataset or publication', type: 'text' },
  { name: 'source.as_of', label: 'Source date (YYYY-MM-DD)', type: 'date', empty: null },
];

export const CONTENT_FIELDS: Record<ContentKind, FieldSpec[]> = {
  news: [
    { name: 'title', label: 'Title', type: 'text', required: true },
    { name: 'body', label: 'Text', type: 'textarea', required: true },
    { name: 'date', label: 'Date (YYYY-MM-DD)', type: 'date', empty: null },
    { name: 'countries', label: 'Countries (ISO3 codes, comma-separated)', type: 'list' },
    { name: 'url', label: 'Link', type: 'url', empty: null },
    ...SOURCE,
  ],
  reports: [
    { name: 'title', label: 'Title', type: 'text', required: true },
    { name: 'publishers', label: 'Publishers (comma-separated)', type: 'list', required: true },
    { name: 'summary', label: 'Summary', type: 'textarea', required: true },
    { name: 'funder', label: 'Funder', type: 'text', empty: null },
    { name: 'date', label: 'Date (YYYY-MM-DD)', type: 'date', empty: null },
    { name: 'countries', label: 'Countries (ISO3 codes, comma-separated)', type: 'list' },
    { name: 'sectors', label: 'Sectors (comma-separated)', type: 'list' },
    { name: 'topics', label: 'Topics (comma-separated)', type: 'list' },
    { name: 'url', label: 'Link', type: 'url', empty: null },
    ...SOURCE,
  ],
  grants: [
    { name: 'title', label: 'Title', type: 'text', required: true },
    { name: 'recipient', label: 'Recipient', type: 'text', required: true },
    { name: 'description', label: 'Description', type: 'textarea', required: true },
    { name: 'amount', label: 'Amount', type: 'number', empty: null },
    { name: 'currency', label: 'Currency (ISO 4217, e.g. USD)', type: 'text', empty: null },
    { name: 'fiscal_year', label: 'Fiscal year', type: 'number', empty: null },
    { name: 'countries', label: 'Countries (ISO3 codes, comma-separated)', type: 'list' },
    { name: 'four_ps', label: 'Ps (prevention, protection, prosecution, partnership)', type: 'list' },
    { name: 'url', label: 'Link', type: 'url', empty: null },
    ...SOURCE,
  ],
  programme_totals: [
    { name: 'amount', label: 'Amount', type: 'number', required: true },
    { name: 'currency', label: 'Currency (ISO 4217, e.g. USD)', type: 'text', required: true },
    {
      name: 'amount_is_lower_bound',
      label: 'The source says "over" or "at least" this amount',
      type: 'boolean',
    },
    { name: 'description', label: 'Description', type: 'textarea', required: true },
    { name: 'quote', label: 'Words of the source stating the sum', type: 'textarea', required: true },
    { name: 'funder', label: 'Funder', type: 'text', empty: null },
    { name: 'recipients', label: 'Recipients (comma-separated)', type: 'list' },
    { name: 'fiscal_year', label: 'Fiscal year', type: 'number', empty: null },
    { name: 'projects', label: 'Number of projects', type: 'number', empty: null },
    { name: 'countries', label: 'Countries (ISO3 codes, comma-separated)', type: 'list' },
    { name: 'four_ps', label: 'Ps (prevention, protection, prosecution, partnership)', type: 'list' },
    { name: 'date', label: 'Date (YYYY-MM-DD)', type: 'date', empty: null },
    { name: 'url', label: 'Link', type: 'url', empty: null },
    ...SOURCE,
  ],
  partnerships: [
    { name: 'name', label: 'Name', type: 'text', required: true },
    { name: 'partners', label: 'Partners (comma-separated)', type: 'list', required: true },
    { name: 'description', label: 'Description', type: 'textarea', required: true },
    { name: 'countries', label: 'Countries (ISO3 codes, comma-separated)', type: 'list' },
    { name: 'date', label: 'Date (YYYY-MM-DD)', type: 'date', empty: null },
    { name: 'url', label: 'Link', type: 'url', empty: null },
    ...SOURCE,
  ],
  hotlines: [
    { name: 'country', label: 'Country (as written)', type: 'text', required: true },
    { name: 'iso3', label: 'Country code (ISO3)', type: 'text', empty: null },
    { name: 'name', label: 'Name', type: 'text', required: true },
    { name: 'scope', label: 'Scope (national, regional…)', type: 'text', empty: '' },
    { name: 'phone_text', label: 'Phone numbers, as printed', type: 'text', empty: '' },
    { name: 'text_sms_text', label: 'Text/SMS numbers, as printed', type: 'text', empty: '' },
    { name: 'email', label: 'E-mail', type: 'text', empty: '' },
    { name: 'web', label: 'Web or chat', type: 'text', empty: '' },
    { name: 'languages', label: 'Languages', type: 'text', empty: '' },
    { name: 'hours', label: 'Hours', type: 'text', empty: '' },
    { name: 'operator', label: 'Operator', type: 'text', empty: '' },
    { name: 'notes', label: 'Notes', type: 'text', empty: '' },
    { name: 'source_url', label: 'Where the details were published (URL)', type: 'url', required: true },
    ...SOURCE,
  ],
};

/** A field's value in a record, as the form shows it (lists comma-separated). */
export function formValue(record: Record<string, unknown>, spec: FieldSpec): string {
  const v = spec.name
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], record);
  if (v === null || v === undefined) return '';
  if (spec.type === 'boolean') return v === true ? 'on' : '';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}

function parsed(spec: FieldSpec, text: string): unknown {
  const t = text.trim();
  if (spec.type === 'boolean') return t === 'on';
  if (spec.type === 'list')
    return t
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (t === '') return spec.empty === undefined ? undefined : spec.empty;
  if (spec.type === 'number') return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  return t;
}

/**
 * The body for a new record (every field with a value) or, given the record being edited, the body of a
 * `PATCH` with only the fields that changed (an emptied field as its empty value). A number that does not
 * parse is sent as typed, so the API names the field in its error.
 */
export function contentBody(
  kind: ContentKind,
  values: Record<string, string>,
  original?: Record<string, unknown>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const source: Record<string, unknown> = {};
  let sourceChanged = false;
  for (const spec of CONTENT_FIELDS[kind]) {
    const text = values[spec.name] ?? '';
    if (original !== undefined && text.trim() === formValue(original, spec).trim()) {
      if (spec.name.startsWith('source.')) {
        const v = parsed(spec, text);
        if (v !== undefined) source[spec.name.slice(7)] = v;
      }
      continue;
    }
    const v = parsed(spec, text);
    if (
      original === undefined &&
      (v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0))
    )
      continue;
    if (v === undefined) continue;
    if (spec.name.startsWith('source.')) {
      source[spec.name.slice(7)] = v;
      sourceChanged = true;
    } else body[spec.name] = v;
  }
  if (original === undefined || sourceChanged) body.source = source;
  return body;
}

/** A record's id in the editing API: its id, or for a hotline its key (country or ISO3 | name | phones). */
export function contentId(kind: ContentKind, record: Record<string, unknown>): string {
  if (kind === 'hotlines') return `${record.iso3 ?? record.country}|${record.name}|${record.phone_text}`;
  return String(record.id);
}

/** How a record is named in lists. */
export function contentTitle(kind: ContentKind, record: Record<string, unknown>): string {
  if (kind === 'programme_totals') {
    const year = record.fiscal_year ? `FY ${record.fiscal_year}: ` : '';
    return `${year}${record.amount_is_lower_bound ? 'over ' : ''}${record.amount} ${record.currency} (${record.id})`;
  }
  const t = kind === 'partnerships' || kind === 'hotlines' ? record.name : record.title;
  return String(t ?? '').trim() || contentId(kind, record);
}
