import { type FormEvent, useState } from 'react';
import { getJson, sendJson } from '../api/api-client.js';
import { useSession } from '../api/session-context.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { ActionMessages, LoadStatus } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { RequireSession } from './require-session.js';

const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;

interface User {
  id: number;
  email: string;
  role: string;
  disabled: boolean;
  created_at: string;
}

interface AuditEntry {
  id: number;
  actor: string;
  at: string;
  action: string;
  target_type: string;
  target_id: string;
}

/** `/workspace/users`: the admin's organisation's users (add, change role, disable, reset) and audit log. */
export default function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));
  return (
    // The workspace pages are in English only.
    <div lang="en">
      <h1>{t('users.title')}</h1>
      <RequireSession roles={['admin']}>{() => <UsersAdmin />}</RequireSession>
    </div>
  );
}

function UsersAdmin() {
  const { t } = useI18n();
  const { csrf } = useSession();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const users = useLoad(`users:${version}`, (s) => getJson<{ items: User[] }>('/api/users', s));
  const audit = useLoad(`audit:${version}`, (s) =>
    getJson<{ items: AuditEntry[] }>('/api/audit?limit=50', s),
  );

  async function act(run: () => Promise<string | null>) {
    setError(null);
    setNotice(null);
    try {
      setNotice(await run());
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  const onCreate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    void act(async () => {
      const body = await sendJson<{ user: User; password: string }>(
        'POST',
        '/api/users',
        { email: String(data.get('email') ?? ''), role: String(data.get('role') ?? 'viewer') },
        csrf,
      );
      form.reset();
      return body ? t('users.created', { email: body.user.email, password: body.password }) : null;
    });
  };

  return (
    <>
      <ActionMessages notice={notice} error={error} />
      <section aria-labelledby="add-user">
        <h2 id="add-user">{t('users.create')}</h2>
        <form className="inline" onSubmit={onCreate}>
          <label>
            {t('users.email')}
            <input name="email" type="email" required autoComplete="off" />
          </label>
          <label>
            {t('users.role')}
            <select name="role" defaultValue="viewer">
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <button type="submit">{t('users.create')}</button>
        </form>
      </section>
      <LoadStatus result={users} />
      {users.state === 'done' && (
        <div className="table-box">
          <table>
            <caption>{t('users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={`${u.id}-${u.role}-${u.disabled}`}>
                  <th scope="row">{u.email}</th>
                  <td>
                    <form
                      className="inline"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const role = String(new FormData(e.currentTarget).get('role') ?? u.role);
                        void act(async () => {
                          await sendJson('PATCH', `/api/users/${u.id}`, { role }, csrf);
                          return null;
                        });
                      }}
                    >
                      <select name="role" aria-label={`${t('users.role')}: ${u.email}`} defaultValue={u.role}>
                        {ROLES.map((r) => (
                          <option key={r}>{r}</option>
                        ))}
                      </select>
                      <button type="submit" className="secondary">
                        {t('users.save')}
                        <span className="visually-hidden"> {u.email}</span>
                      </button>
                    </form>
                  </td>
                  <td>{u.disabled ? t('users.disabled') : t('users.active')}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() =>
                        act(async () => {
                          await sendJson('PATCH', `/api/users/${u.id}`, { disabled: !u.disabled }, csrf);
                          return null;
                        })
                      }
                    >
                      {u.disabled ? t('users.enable') : t('users.disable')}
                      <span className="visually-hidden"> {u.email}</span>
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      onClick={() =>
                        act(async () => {
                          const body = await sendJson<{ password: string }>(
                            'POST',
                            `/api/users/${u.id}/reset-password`,
                            undefined,
                            csrf,
                          );
                          return body
                            ? t('users.resetDone', { email: u.email, password: body.password })
                            : null;
                        })
                      }
                    >
                      {t('users.reset')}
                      <span className="visually-hidden"> {u.email}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="audit">
        <h2 id="audit">{t('users.audit')}</h2>
        <LoadStatus result={audit} />
        {audit.state === 'done' && (
          <div className="table-box">
            <table>
              <caption>{t('users.audit')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.when')}</th>
                  <th scope="col">{t('users.who')}</th>
                  <th scope="col">{t('users.action')}</th>
                  <th scope="col">{t('users.target')}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((a) => (
                  <tr key={a.id}>
                    <td>{a.at.replace('T', ' ').slice(0, 19)}</td>
                    <td>{a.actor}</td>
                    <td>
                      <code>{a.action}</code>
                    </td>
                    <td>{`${a.target_type} ${a.target_id}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
