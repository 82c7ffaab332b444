import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { getJson, sendJson } from '../api/api-client.js';
import { useSession } from '../api/session-context.js';
import type { Page } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { ActionMessages, LoadStatus } from '../components/status-message.js';
import { inertCell } from '../format/display-text.js';
import { RequireSession } from './require-session.js';
import { SectorCountryHeatMap, SpendByLevelChart } from './screening-charts.js';
import {
  DISPOSITION_STATES,
  type DispositionState,
  FINDING_KINDS,
  type Finding,
  inputDescription,
  LEVELS,
  type RegisterRow,
  type Screening,
  type ScreeningSummary,
  SECTORS,
  sectorLabel,
} from './screening-types.js';
import { spendSummary } from './spend-summary.js';

const FILTERS = ['level', 'kind', 'country', 'sector', 'sort', 'order'] as const;
/** The register's columns and the API sort each header button asks for (null: not sortable). */
const COLUMNS: readonly (readonly [string, string | null])[] = [
  ['Row', 'row'],
  ['Supplier', 'supplier'],
  ['Country', 'country'],
  ['Level', 'level'],
  ['Score', 'score'],
  ['Amount', 'amount'],
  ['Top reason', null],
  ['Findings', null],
];
const STATE_LABEL: Record<DispositionState, string> = {
  under_review: 'under review',
  confirmed: 'confirmed',
  false_positive: 'false positive',
};

/** `/workspace/screenings/{id}`: progress, then downloads, charts and the register with findings. */
export default function ScreeningPage({ params }: { params: { id: string } }) {
  usePageTitle('Screening');
  const { me } = useSession();
  return (
    // The workspace pages are in English only.
    <div lang="en">
      <p>
        <Link href="/workspace/screenings">Screenings</Link>
      </p>
      {/* Signed out, the page still has its heading; signed in, the screening's file name is the heading. */}
      {!me && <h1>Screening</h1>}
      <RequireSession>
        {(me) => <ScreeningView id={params.id} canDispose={me.role !== 'viewer'} />}
      </RequireSession>
    </div>
  );
}

function ScreeningView({ id, canDispose }: { id: string; canDispose: boolean }) {
  const [screening, setScreening] = useState<Screening | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Poll until the job is done or failed.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await getJson<Screening>(`/api/screenings/${encodeURIComponent(id)}`);
        if (stopped) return;
        setScreening(s);
        if (s.status === 'queued' || s.status === 'running') timer = setTimeout(poll, 1000);
      } catch (err) {
        if (!stopped) setError(err instanceof Error ? err.message : String(err));
      }
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [id]);

  if (error)
    return (
      <>
        <h1>Screening</h1>
        <p role="alert" className="error">
          {error}
        </p>
      </>
    );
  if (screening === null)
    return (
      <>
        <h1>Screening</h1>
        <p role="status" data-loading="true">
          Loading…
        </p>
      </>
    );
  const base = `/api/screenings/${encodeURIComponent(screening.id)}`;
  return (
    <>
      <h1>{screening.file_name}</h1>
      <p>
        Uploaded by {screening.created_by.email} on {screening.created_at.replace('T', ' ').slice(0, 16)} ·
        status <strong>{screening.status}</strong>
      </p>
      {(screening.status === 'queued' || screening.status === 'running') && (
        <p role="status">
          <label>
            Screening progress{' '}
            <progress max={1} value={screening.progress.fraction}>
              {Math.round(screening.progress.fraction * 100)}%
            </progress>
          </label>{' '}
          {screening.progress.rows} rows read
        </p>
      )}
      {screening.status === 'failed' && (
        <>
          <p role="alert" className="error">
            {screening.error ?? 'The screening failed.'}
          </p>
          <p>
            <Link href="/workspace/screenings">Upload it again</Link>, naming its columns, encoding or
            worksheet under “Columns, encoding and worksheet” where they were not recognised.
          </p>
        </>
      )}
      {screening.status === 'done' && screening.counts && (
        <>
          <p>
            {screening.counts.rows} rows: {screening.counts.screened} screened, {screening.counts.rejected}{' '}
            rejected. Read as: {inputDescription(screening.counts)}. Levels:{' '}
            {LEVELS.map((l) => `${l} ${screening.counts?.levels[l] ?? 0}`).join(', ')}.
          </p>
          <section aria-labelledby="downloads">
            <h2 id="downloads">Downloads</h2>
            <ul>
              <li>
                <a href={`${base}/report`} target="_blank" rel="noopener">
                  Report (HTML, opens in a new tab)
                </a>
              </li>
              <li>
                <a href={`${base}/register.csv`} download>
                  Register (CSV)
                </a>
              </li>
              <li>
                <a href={`${base}/findings?format=jsonl`} download>
                  Findings (JSON lines)
                </a>
              </li>
              <li>
                <a href={`${base}/plan`} download>
                  Compliance plan (Markdown, when FAR 52.222-50(h) requires one)
                </a>
              </li>
              <li>
                <a href={`${base}/rejects`} download>
                  Rejected rows (CSV)
                </a>
              </li>
            </ul>
          </section>
          <Charts id={screening.id} />
          <Register id={screening.id} canDispose={canDispose} />
        </>
      )}
    </>
  );
}

/** The charts and their tables, from the server's totals over every row of the screening. */
function Charts({ id }: { id: string }) {
  const result = useLoad(`summary:${id}`, (signal) =>
    getJson<ScreeningSummary>(`/api/screenings/${encodeURIComponent(id)}/summary`, signal),
  );
  const summary = useMemo(() => (result.state === 'done' ? spendSummary(result.data) : null), [result]);
  const money = (n: number) => new Intl.NumberFormat('en').format(Math.round(n));
  return (
    <section aria-labelledby="charts">
      <h2 id="charts">Spend by level and by sector × country</h2>
      <LoadStatus result={result} />
      {summary && summary.currency === null && <p>No row has an amount.</p>}
      {summary && summary.currency !== null && (
        <>
          <p className="note">
            Amounts in {summary.currency}, not converted
            {summary.otherCurrencyRows > 0 &&
              `; ${summary.otherCurrencyRows} rows in other currencies are left out`}
            . Risk-weighted spend counts each row's amount × the weight of its level (low 0, medium 0.25, high
            0.5, critical 1), as the report does.
          </p>
          <SpendByLevelChart
            summary={summary}
            label={`Spend by level in ${summary.currency}; the table below gives the figures.`}
          />
          <div className="table-box">
            <table>
              <caption>Spend by level ({summary.currency})</caption>
              <thead>
                <tr>
                  <th scope="col">Level</th>
                  <th scope="col">Rows</th>
                  <th scope="col">Spend</th>
                </tr>
              </thead>
              <tbody>
                {summary.byLevel.map((l) => (
                  <tr key={l.level}>
                    <th scope="row">{l.level}</th>
                    <td>{l.rows}</td>
                    <td>{money(l.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {summary.cells.length > 0 && (
            <>
              <SectorCountryHeatMap
                summary={summary}
                label={`Risk-weighted spend by sector and country in ${summary.currency}; the table below gives the figures.`}
              />
              <div className="table-box">
                <table>
                  <caption>Spend by sector × country ({summary.currency})</caption>
                  <thead>
                    <tr>
                      <th scope="col">Sector</th>
                      <th scope="col">Country</th>
                      <th scope="col">Rows</th>
                      <th scope="col">Spend</th>
                      <th scope="col">Risk-weighted spend</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.cells.map((c) => (
                      <tr key={`${c.sector}-${c.country}`}>
                        <td>{sectorLabel(c.sector)}</td>
                        <td>{c.country}</td>
                        <td>{c.rows}</td>
                        <td>{money(c.amount)}</td>
                        <td>{money(c.weighted)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** All the findings of one register row, in one request (more only for a row with over 500 of them). */
async function rowFindings(id: string, row: number): Promise<Finding[]> {
  const found: Finding[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Finding> = await getJson<Page<Finding>>(
      `/api/screenings/${encodeURIComponent(id)}/findings?row=${row}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    found.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor !== null);
  return found;
}

function Register({ id, canDispose }: { id: string; canDispose: boolean }) {
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const query = useMemo(() => {
    const q = new URLSearchParams();
    for (const k of FILTERS) {
      const v = params.get(k);
      if (v) q.set(k, v);
    }
    return q.toString();
  }, [params]);
  const [pages, setPages] = useState<{
    rows: RegisterRow[];
    next: string | null;
    error: string | null;
    loading: boolean;
  }>({
    rows: [],
    next: null,
    error: null,
    loading: true,
  });
  const [open, setOpen] = useState<number | null>(null);
  const [shown, setShown] = useState<{
    row: number;
    findings: Finding[] | null;
    error: string | null;
  } | null>(null);

  const load = async (cursor: string | null, append: boolean) => {
    setPages((p) => ({ ...p, loading: true, error: null }));
    try {
      const page = await getJson<Page<RegisterRow>>(
        `/api/screenings/${encodeURIComponent(id)}/register?limit=50${query ? `&${query}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      setPages((p) => ({
        rows: append ? [...p.rows, ...page.items] : page.items,
        next: page.next_cursor,
        error: null,
        loading: false,
      }));
    } catch (err) {
      setPages((p) => ({ ...p, loading: false, error: err instanceof Error ? err.message : String(err) }));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads when the screening or the filters change.
  useEffect(() => {
    void load(null, false);
  }, [id, query]);

  /** Sorts by a column: first click in its natural order, the next ones flip it; kept in the address. */
  const sortBy = (sort: string, current: string | null) => {
    const q = new URLSearchParams(params);
    q.set('sort', sort);
    const natural = sort === 'score' || sort === 'level' ? 'desc' : 'asc';
    q.set('order', current === null ? natural : current === 'asc' ? 'desc' : 'asc');
    navigate(`/workspace/screenings/${id}?${q}`);
  };

  const onFilter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const q = new URLSearchParams();
    for (const k of FILTERS) {
      const v = String(form.get(k) ?? '').trim();
      if (v) q.set(k, v);
    }
    navigate(`/workspace/screenings/${id}${q.size ? `?${q}` : ''}`);
  };

  const toggle = async (row: RegisterRow) => {
    if (open === row.row) {
      setOpen(null);
      return;
    }
    setOpen(row.row);
    setShown({ row: row.row, findings: null, error: null });
    try {
      const found = await rowFindings(id, row.row);
      setShown((s) => (s?.row === row.row ? { row: row.row, findings: found, error: null } : s));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setShown((s) => (s?.row === row.row ? { row: row.row, findings: null, error: message } : s));
    }
  };

  const onDisposed = (f: Finding) => {
    setShown((s) => (s ? { ...s, findings: s.findings?.map((x) => (x.id === f.id ? f : x)) ?? null } : s));
    setPages((p) => ({
      ...p,
      rows: p.rows.map((r) => ({
        ...r,
        findings: r.findings.map((x) => (x.id === f.id ? { ...x, disposition: f.disposition } : x)),
      })),
    }));
  };

  return (
    <section aria-labelledby="register">
      <h2 id="register">Register</h2>
      <form className="inline" onSubmit={onFilter} key={query}>
        <label>
          Level
          <select name="level" defaultValue={params.get('level') ?? ''}>
            <option value="">any</option>
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          Finding kind
          <select name="kind" defaultValue={params.get('kind') ?? ''}>
            <option value="">any</option>
            {FINDING_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Country (name or ISO code)
          <input name="country" defaultValue={params.get('country') ?? ''} size={10} />
        </label>
        <label>
          Sector
          <select name="sector" defaultValue={params.get('sector') ?? ''}>
            <option value="">any</option>
            {SECTORS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by
          <select name="sort" defaultValue={params.get('sort') ?? 'score'}>
            {['score', 'row', 'supplier', 'country', 'level', 'amount'].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select name="order" defaultValue={params.get('order') ?? ''}>
            <option value="">default</option>
            <option value="asc">ascending</option>
            <option value="desc">descending</option>
          </select>
        </label>
        <button type="submit">Apply</button>
      </form>
      {pages.error && (
        <p role="alert" className="error">
          {pages.error}
        </p>
      )}
      {pages.loading && (
        <p role="status" data-loading="true">
          Loading…
        </p>
      )}
      <div className="table-box">
        <table>
          <caption>Register rows{params.size ? ' (filtered)' : ''}</caption>
          <thead>
            <tr>
              {COLUMNS.map(([label, sort]) => {
                const active = sort !== null && (params.get('sort') ?? 'score') === sort;
                const order = params.get('order') ?? (sort === 'score' || sort === 'level' ? 'desc' : 'asc');
                return (
                  <th
                    key={label}
                    scope="col"
                    aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {sort === null ? (
                      label
                    ) : (
                      <button
                        type="button"
                        className="sort"
                        onClick={() => sortBy(sort, active ? order : null)}
                      >
                        {label}
                        <span aria-hidden="true">{active ? (order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                        <span className="visually-hidden">
                          {active
                            ? ` (sorted ${order === 'asc' ? 'ascending' : 'descending'})`
                            : ` (sort by ${label})`}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {pages.rows.map((r) => (
              <RegisterLine
                key={r.row}
                row={r}
                open={open === r.row}
                onToggle={() => toggle(r)}
                findings={shown?.row === r.row ? shown.findings : null}
                findingsError={shown?.row === r.row ? shown.error : null}
                screeningId={id}
                canDispose={canDispose}
                onDisposed={onDisposed}
              />
            ))}
          </tbody>
        </table>
      </div>
      {pages.rows.length === 0 && !pages.loading && <p>No row matches these filters.</p>}
      {pages.next && (
        <button type="button" className="secondary" onClick={() => load(pages.next, true)}>
          More rows
        </button>
      )}
    </section>
  );
}

function RegisterLine(props: {
  row: RegisterRow;
  open: boolean;
  onToggle(): void;
  findings: Finding[] | null;
  findingsError: string | null;
  screeningId: string;
  canDispose: boolean;
  onDisposed(f: Finding): void;
}) {
  const r = props.row;
  const panel = `findings-${r.row}`;
  return (
    <>
      <tr>
        <th scope="row">{r.row}</th>
        <td>{inertCell(r.supplier)}</td>
        <td>{r.country ?? '—'}</td>
        <td>{r.level}</td>
        <td>{r.score}</td>
        <td>{r.amount === null ? '—' : `${new Intl.NumberFormat('en').format(r.amount)} ${r.currency}`}</td>
        <td>{inertCell(r.top_reason)}</td>
        <td>
          {r.findings.length > 0 ? (
            <button
              type="button"
              className="secondary"
              aria-expanded={props.open}
              aria-controls={panel}
              onClick={props.onToggle}
            >
              {r.findings.length} finding{r.findings.length === 1 ? '' : 's'}
              <span className="visually-hidden"> of row {r.row}</span>
            </button>
          ) : (
            'none'
          )}
        </td>
      </tr>
      {props.open && (
        <tr id={panel}>
          <td colSpan={8}>
            {props.findingsError && (
              <p role="alert" className="error">
                {props.findingsError}
              </p>
            )}
            {props.findings === null && !props.findingsError && (
              <p role="status" data-loading="true">
                Loading…
              </p>
            )}
            {props.findings?.map((f) => (
              <FindingCard
                key={f.id}
                finding={f}
                screeningId={props.screeningId}
                canDispose={props.canDispose}
                onDisposed={props.onDisposed}
              />
            ))}
          </td>
        </tr>
      )}
    </>
  );
}

function FindingCard(props: {
  finding: Finding;
  screeningId: string;
  canDispose: boolean;
  onDisposed(f: Finding): void;
}) {
  const f = props.finding;
  const { csrf } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const state = String(form.get('state') ?? '') as DispositionState;
    const note = String(form.get('note') ?? '');
    setError(null);
    setSaved(false);
    try {
      const body = await sendJson<{ state: DispositionState; note: string; updated_at: string }>(
        'PUT',
        `/api/screenings/${encodeURIComponent(props.screeningId)}/findings/${f.id}/disposition`,
        { state, note },
        csrf,
      );
      if (body)
        props.onDisposed({
          ...f,
          disposition: { state: body.state, note: body.note, updated_at: body.updated_at },
        });
      setSaved(true);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <article className="card finding" aria-label={`Finding ${f.id}: ${f.kind}`}>
      <h3>
        {f.kind} · {f.level}
        {f.score !== null && ` · match score ${f.score}`}
      </h3>
      <p>{inertCell(f.summary)}</p>
      {f.matched_name && <p>Matched name: {inertCell(f.matched_name)}</p>}
      <small className="source">
        Source: {f.source.dataset}, {f.source.record}
        {f.source.as_of ? `, as of ${f.source.as_of}` : ''}
      </small>
      <p className="disposition">
        Disposition: <strong>{f.disposition ? STATE_LABEL[f.disposition.state] : 'none'}</strong>
        {f.disposition?.note && ` (${f.disposition.note})`}
      </p>
      {props.canDispose && (
        <form className="inline" onSubmit={onSubmit}>
          <label>
            Mark as
            <select name="state" defaultValue={f.disposition?.state ?? 'under_review'}>
              {DISPOSITION_STATES.map((s) => (
                <option key={s} value={s}>
                  {STATE_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Note
            <input name="note" maxLength={2000} defaultValue={f.disposition?.note ?? ''} />
          </label>
          <button type="submit">
            Save<span className="visually-hidden"> disposition of finding {f.id}</span>
          </button>
          {saved && <span role="status">Saved.</span>}
        </form>
      )}
      <ActionMessages error={error} />
    </article>
  );
}
