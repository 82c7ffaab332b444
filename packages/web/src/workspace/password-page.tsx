import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { sendJson } from '../api/api-client.js';
import { useSession } from '../api/session-context.js';
import { usePageTitle } from '../components/page-title.js';
import { ActionMessages } from '../components/status-message.js';
import { RequireSession } from './require-session.js';

/**
 * `/workspace/password`: set one's own password (`POST /api/me/password`). A one-time password from an admin
 * or `tipwatch admin create-user` signs in only once, so it is the current password here. The server ends
 * every session of the user, so the page then goes to sign-in.
 */
export default function PasswordPage() {
  usePageTitle('Change your password');
  return (
    // The workspace pages are in English only.
    <div lang="en">
      <h1>Change your password</h1>
      <RequireSession>{() => <PasswordForm />}</RequireSession>
    </div>
  );
}

function PasswordForm() {
  const { csrf, signedOut } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const current = String(form.get('current_password') ?? '');
    const next = String(form.get('new_password') ?? '');
    if (next !== String(form.get('confirm_password') ?? '')) {
      setError('The new password and its confirmation differ.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await sendJson('POST', '/api/me/password', { current_password: current, new_password: next }, csrf);
      signedOut();
      navigate('/sign-in?password=changed');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={onSubmit}>
      <p>
        Every session of your account ends when the password changes, here and on other devices: sign in again
        with the new one.
      </p>
      <label>
        Current password (or the one-time password you were given)
        <input name="current_password" type="password" autoComplete="current-password" required />
      </label>
      <label>
        New password
        <input name="new_password" type="password" autoComplete="new-password" required />
      </label>
      <label>
        New password again
        <input name="confirm_password" type="password" autoComplete="new-password" required />
      </label>
      <div>
        <button type="submit" disabled={busy}>
          Change password
        </button>
      </div>
      <ActionMessages error={error} />
    </form>
  );
}
