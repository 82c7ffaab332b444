import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../api/session-context.js';
import { usePageTitle } from '../components/page-title.js';
import { ActionMessages } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { RequireSession } from './require-session.js';

/** `/workspace`: who is signed in, what they can open, sign-out. */
export default function WorkspacePage() {
  const { t } = useI18n();
  usePageTitle(t('workspace.title'));
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <h1>{t('workspace.title')}</h1>
      <RequireSession>
        {(me) => (
          <>
            <p>{t('signIn.signedInAs', { email: me.user.email, role: me.role, org: me.org.name })}</p>
            {me.password_change_required && (
              <p className="callout" lang="en">
                You signed in with a one-time password: it will not sign you in again.{' '}
                <Link href="/workspace/password">Set a password of your own now</Link>.
              </p>
            )}
            <p>{t('workspace.intro')}</p>
            <ul>
              <li>
                <Link href="/workspace/screenings">Screenings</Link>
              </li>
              <li>
                <Link href="/workspace/alerts">Changes since the last list update</Link>
              </li>
              <li>
                <Link href="/match">{t('nav.match')}</Link>
              </li>
              {me.org.is_office && (me.role === 'editor' || me.role === 'admin') && (
                <li>
                  <Link href="/workspace/content">Edit public content</Link>
                </li>
              )}
              {me.role === 'admin' && (
                <li>
                  <Link href="/workspace/users">{t('nav.users')}</Link>
                </li>
              )}
              <li>
                <Link href="/workspace/password">Change your password</Link>
              </li>
            </ul>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                signOut().then(
                  () => navigate('/'),
                  (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
                )
              }
            >
              {t('nav.signOut')}
            </button>
            <ActionMessages error={error} />
          </>
        )}
      </RequireSession>
    </>
  );
}
