import type { Loaded } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n-context.js';

/** "Loading…" or the error of a load (a 404 as "nothing here"), announced to screen readers; nothing once loaded. */
export function LoadStatus({ result }: { result: Loaded<unknown> }) {
  const { t } = useI18n();
  if (result.state === 'loading')
    return (
      <p role="status" data-loading="true">
        {t('common.loading')}
      </p>
    );
  // The API's own words for a missing record are English; the page says it in the visitor's language.
  if (result.state === 'error' && result.status === 404)
    return (
      <p role="alert" className="error">
        {t('common.notFoundBody')}
      </p>
    );
  if (result.state === 'error')
    return (
      <p role="alert" className="error">
        {t('common.error', { message: result.message })}
      </p>
    );
  return null;
}

/**
 * The outcome of the user's last action: a notice (announced politely) and an error (announced at once),
 * each shown only when there is one.
 */
export function ActionMessages({ notice, error }: { notice?: string | null; error?: string | null }) {
  return (
    <>
      {notice && (
        <p role="status" className="callout">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
