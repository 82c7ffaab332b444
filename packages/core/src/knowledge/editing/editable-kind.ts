import type { KnowledgeKind } from '../knowledge-kind.js';

/**
 * Kinds whose records editors of the office write through the API. Official datasets (TIP tiers, ILAB
 * countries and goods, screening lists) are never edited: they change only by importing a new version.
 */
export const EDITABLE_KINDS = [
  'grants',
  'programme_totals',
  'reports',
  'partnerships',
  'news',
  'hotlines',
] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number] & KnowledgeKind;

export function isEditableKind(text: string): text is EditableKind {
  return (EDITABLE_KINDS as readonly string[]).includes(text);
}

/** The dataset a record created through the API goes to (one per kind: a dataset holds one kind). */
export function officeDataset(kind: EditableKind): string {
  return `office_${kind}`;
}
