import type { Source } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The citation of a fact: dataset, record and as-of date. */
export function SourceNote({ source }: { source: Source }) {
  const { t } = useI18n();
  return (
    <small className="source">
      {t('common.sourceOf', { dataset: source.dataset, record: source.record })}
      {source.as_of ? `, ${t('common.asOf', { date: source.as_of })}` : ''}
    </small>
  );
}
