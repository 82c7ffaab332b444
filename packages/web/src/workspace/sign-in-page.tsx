import { type FormEvent, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useSession } from '../api/session-context.js';
import { usePageTitle } from '../components/page-title.js';
import { ActionMessages } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `/sign-in`: e-mail and password (`POST /api/session`); on success, the workspace. */
export default function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('signIn.title'));
  const { signIn } = useSession();
  const [, navigate] = useLocation();
  const changed = new URLSearchParams(useSearch()).get('password') === 'changed';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
      navigate('/workspace');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {changed && (
        <p role="status" className="callout" lang="en">
          Your password has changed and every session has ended: sign in with the new password.
        </p>
      )}
      <form className="stack" onSubmit={onSubmit}>
        <label>
          {t('signIn.email')}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <div>
          <button type="submit" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </div>
        <ActionMessages error={error} />
      </form>
    </>
  );
}
