import { randomBytes } from 'node:crypto';
import {
  type EditableKind,
  type EditStamp,
  type KnowledgeRow,
  phoneNumbers,
  type SourceRef,
  textNumbers,
} from '@tipwatch/core';
import { ApiError } from '../api-error.js';
import { FIELD_DEFAULTS } from './content-bodies.js';

/** A validated body of `contentBodies(kind)`: known fields only. */
export type ContentBody = Record<string, unknown> & {
  id?: string;
  source?: { record: string; dataset?: string | undefined; as_of?: string | null | undefined };
};

export interface RecordContext<K extends EditableKind> {
  /** The record being replaced or patched; null for a new one. */
  current: KnowledgeRow<K> | null;
  /** `replace` starts from the defaults (fields left out are reset), `patch` from the current record. */
  mode: 'create' | 'replace' | 'patch';
  stamp: EditStamp;
  /**
   * `source.dataset` when the body sends a source without one (`office_<kind>`): a citation the office gives
   * is the office's, even on a record first taken from elsewhere. A body without `source` keeps the record's.
   */
  sourceDataset: string;
}

function badField(field: string, message: string): ApiError {
  return new ApiError(400, 'bad_body', `body field "${field}": ${message}`, { field });
}

/**
 * The record an edit writes: the body over the defaults (create, replace) or over the current record (patch),
 * with the fields the server keeps (id, the edit stamp, a hotline's dialable numbers) and the checks that
 * span fields: a grant's currency goes with its amount; a hotline gives some way to reach it.
 */
export function recordFromBody<K extends EditableKind>(
  kind: K,
  body: ContentBody,
  context: RecordContext<K>,
): KnowledgeRow<K> {
  const { current, mode } = context;
  const { source: sourceBody, id: bodyId, ...fields } = body;
  const start: Record<string, unknown> =
    mode === 'patch' && current !== null ? { ...current } : { ...FIELD_DEFAULTS[kind] };
  const row: Record<string, unknown> = { ...start, ...fields };
  const currentSource = current?.source as SourceRef | undefined;
  if (sourceBody !== undefined) {
    row.source = {
      dataset: sourceBody.dataset ?? context.sourceDataset,
      record: sourceBody.record,
      as_of: sourceBody.as_of ?? null,
    } satisfies SourceRef;
  } else if (currentSource !== undefined) {
    row.source = currentSource;
  }
  if (kind !== 'hotlines') {
    const currentId = (current as { id?: string } | null)?.id;
    row.id = currentId ?? bodyId ?? `office-${kind}-${randomBytes(6).toString('hex')}`;
  } else {
    const phones = phoneNumbers(String(row.phone_text ?? ''));
    row.phones = phones;
    row.texts = textNumbers(String(row.text_sms_text ?? ''), phones);
    const ways = ['phone_text', 'text_sms_text', 'email', 'web'];
    if (ways.every((f) => String(row[f] ?? '').trim() === '')) {
      throw badField('phone_text', 'expected a phone number, text number, e-mail address or web address');
    }
  }
  // Marks the row for `grantTotals`, which never adds a programme total to grants.
  if (kind === 'programme_totals') row.kind = 'programme_total';
  if (kind === 'grants' && (row.amount === null) !== (row.currency === null)) {
    throw badField('currency', 'expected a currency with an amount, and none without');
  }
  row.edited = context.stamp;
  return row as unknown as KnowledgeRow<K>;
}
