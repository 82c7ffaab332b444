import { type FormEvent, useId, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { getAll, getJson, sendJson } from '../api/api-client.js';
import { useSession } from '../api/session-context.js';
import type { Me } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { ActionMessages, LoadStatus } from '../components/status-message.js';
import {
  CONTENT_FIELDS,
  CONTENT_KINDS,
  type ContentKind,
  contentBody,
  contentId,
  contentTitle,
  formValue,
} from './content-fields.js';
import { RequireSession } from './require-session.js';

type Row = Record<string, unknown>;

interface EditResult {
  id: string;
  dataset: string;
  version: number;
  audit_id: number;
}

interface Retired {
  id: string;
  retired_at: string;
  retired_by: string;
  record: Row;
}

const KIND_LABEL: Record<ContentKind, string> = {
  news: 'News',
  reports: 'Reports',
  grants: 'Grants',
  programme_totals: 'Programme totals',
  partnerships: 'Partnerships',
  hotlines: 'Hotlines',
};

/** The records of a kind in force, from the public API (partnerships have no list: they show on country pages). */
const LOADERS: Partial<Record<ContentKind, (signal: AbortSignal) => Promise<Row[]>>> = {
  news: (s) => getAll<Row>('/api/news', s),
  reports: (s) => getAll<Row>('/api/reports', s),
  grants: (s) => getAll<Row>('/api/grants', s),
  programme_totals: async (s) =>
    (await getJson<{ programme_totals: Row[] }>('/api/grants?limit=1', s)).programme_totals,
  hotlines: (s) => getAll<Row>('/api/hotlines', s),
};

/** `/workspace/content?kind=news`: office editors add, change, retire and restore public content. */
export default function ContentPage() {
  usePageTitle('Edit public content');
  return (
    // The workspace pages are in English only.
    <div lang="en">
      <h1>Edit public content</h1>
      <RequireSession roles={['editor', 'admin']}>
        {(me) =>
          me.org.is_office ? (
            <ContentEditor me={me} />
          ) : (
            <p role="alert">Public content is edited by the editors of the office's organisation only.</p>
          )
        }
      </RequireSession>
    </div>
  );
}

function ContentEditor({ me }: { me: Me }) {
  const params = new URLSearchParams(useSearch());
  const asked = params.get('kind');
  const kind: ContentKind = (CONTENT_KINDS as readonly string[]).includes(asked ?? '')
    ? (asked as ContentKind)
    : 'news';
  const { csrf } = useSession();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const loader = LOADERS[kind];
  const records = useLoad(loader ? `${kind}:${version}` : null, (s) =>
    loader ? loader(s) : Promise.resolve([]),
  );
  const retired = useLoad(`${kind}:retired:${version}`, (s) =>
    getJson<{ items: Retired[] }>(`/api/${kind}/retired`, s),
  );

  async function change(run: () => Promise<EditResult | null>, what: string) {
    setError(null);
    setNotice(null);
    try {
      const r = await run();
      setNotice(
        r
          ? `${what}: ${r.id}, now version ${r.version} of ${r.dataset} (audit entry ${r.audit_id}).`
          : `${what}.`,
      );
      setEditing(null);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  const path = (id: string) => `/api/${kind}/${encodeURIComponent(id)}`;
  return (
    <>
      <nav aria-label="Kinds of content">
        <ul className="tabs">
          {CONTENT_KINDS.map((k) => (
            <li key={k}>
              <Link href={`/workspace/content?kind=${k}`} aria-current={k === kind ? 'page' : undefined}>
                {KIND_LABEL[k]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="note">
        Every change is a new version of the dataset and an entry in the audit log
        {me.role === 'admin' ? (
          <>
            {' '}
            (<Link href="/workspace/users">audit log</Link>)
          </>
        ) : (
          ''
        )}
        . Facts must cite their source.
      </p>
      <ActionMessages notice={notice} error={error} />
      <section aria-labelledby="add">
        <h2 id="add">Add: {KIND_LABEL[kind]}</h2>
        <RecordForm
          kind={kind}
          submitLabel="Add"
          onSubmit={(values) =>
            change(
              () => sendJson<EditResult>('POST', `/api/${kind}`, contentBody(kind, values), csrf),
              'Added',
            )
          }
        />
      </section>
      <section aria-labelledby="current">
        <h2 id="current">In force</h2>
        {!loader && <p>Partnerships show on the pages of their countries; add them here.</p>}
        {loader && <LoadStatus result={records} />}
        {records.state === 'done' && (
          <ul className="records">
            {records.data.map((r) => {
              const id = contentId(kind, r);
              const edited = r.edited as { at: string; user_id: number | null } | undefined;
              return (
                <li key={id} className="card">
                  <h3>{contentTitle(kind, r)}</h3>
                  <p className="note">
                    {String((r.source as { dataset?: string } | undefined)?.dataset ?? '')}
                    {edited
                      ? ` · edited ${edited.at.replace('T', ' ').slice(0, 16)} by user ${edited.user_id ?? 'cli'}`
                      : ''}
                  </p>
                  {editing === id ? (
                    <RecordForm
                      kind={kind}
                      record={r}
                      submitLabel="Save changes"
                      onCancel={() => setEditing(null)}
                      onSubmit={(values) => {
                        const body = contentBody(kind, values, r);
                        if (Object.keys(body).length === 0) {
                          setError('Nothing changed.');
                          return;
                        }
                        void change(() => sendJson<EditResult>('PATCH', path(id), body, csrf), 'Saved');
                      }}
                    />
                  ) : (
                    <p>
                      <button type="button" className="secondary" onClick={() => setEditing(id)}>
                        Edit<span className="visually-hidden"> {contentTitle(kind, r)}</span>
                      </button>{' '}
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          change(
                            () => sendJson<EditResult>('POST', `${path(id)}/retire`, undefined, csrf),
                            'Retired',
                          )
                        }
                      >
                        Retire<span className="visually-hidden"> {contentTitle(kind, r)}</span>
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="retired">
        <h2 id="retired">Retired</h2>
        <LoadStatus result={retired} />
        {retired.state === 'done' &&
          (retired.data.items.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="records">
              {retired.data.items.map((r) => (
                <li key={`${r.id}-${r.retired_at}`} className="card">
                  <h3>{contentTitle(kind, r.record)}</h3>
                  <p className="note">
                    Retired {r.retired_at.replace('T', ' ').slice(0, 16)} by {r.retired_by}
                  </p>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      change(
                        () => sendJson<EditResult>('POST', `${path(r.id)}/restore`, undefined, csrf),
                        'Restored',
                      )
                    }
                  >
                    Restore<span className="visually-hidden"> {contentTitle(kind, r.record)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

function RecordForm(props: {
  kind: ContentKind;
  record?: Row;
  submitLabel: string;
  onSubmit(values: Record<string, string>): void;
  onCancel?(): void;
}) {
  const formId = useId();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const values: Record<string, string> = {};
    for (const spec of CONTENT_FIELDS[props.kind]) values[spec.name] = String(data.get(spec.name) ?? '');
    props.onSubmit(values);
    if (!props.record) e.currentTarget.reset();
  };
  return (
    <form className="stack wide" onSubmit={onSubmit} key={props.kind}>
      {CONTENT_FIELDS[props.kind].map((spec) => {
        const value = props.record ? formValue(props.record, spec) : '';
        const id = `${formId}-${spec.name}`;
        return (
          <div className="field" key={spec.name}>
            <label htmlFor={id}>
              {spec.label}
              {spec.required ? ' (required)' : ''}
            </label>
            {spec.type === 'boolean' ? (
              <input id={id} name={spec.name} type="checkbox" defaultChecked={value === 'on'} />
            ) : spec.type === 'textarea' ? (
              <textarea id={id} name={spec.name} defaultValue={value} required={spec.required} rows={4} />
            ) : (
              <input
                id={id}
                name={spec.name}
                defaultValue={value}
                required={spec.required}
                type={spec.type === 'url' ? 'url' : 'text'}
                inputMode={spec.type === 'number' ? 'decimal' : undefined}
              />
            )}
          </div>
        );
      })}
      <div>
        <button type="submit">{props.submitLabel}</button>{' '}
        {props.onCancel && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
