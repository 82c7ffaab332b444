import { getJson } from '../api/api-client.js';
import type { Page } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { LoadStatus } from '../components/status-message.js';
import { inertCell } from '../format/display-text.js';
import { RequireSession } from './require-session.js';

interface Alert {
  id: number;
  created_at: string;
  dataset: string;
  as_of: string | null;
  title: string;
  matches: {
    supplier: string;
    country: string | null;
    matched_name: string;
    score: number;
    record: string;
  }[];
}

/** `/workspace/alerts`: the organisation's suppliers that newly match a list since it last changed. */
export default function AlertsPage() {
  usePageTitle('Changes since the last list update');
  return (
    // The workspace pages are in English only.
    <div lang="en">
      <h1>Changes since the last list update</h1>
      <RequireSession>{() => <Alerts />}</RequireSession>
    </div>
  );
}

function Alerts() {
  const result = useLoad('alerts', (s) => getJson<Page<Alert>>('/api/alerts?limit=100', s));
  return (
    <>
      <p>
        When a screening list changes, your organisation's screened suppliers are checked against the new
        version; those that newly match are listed here, newest first. The same list is an{' '}
        <a href="/api/alerts.atom" type="application/atom+xml">
          Atom feed
        </a>{' '}
        for a feed reader that signs in with an API token.
      </p>
      <LoadStatus result={result} />
      {result.state === 'done' &&
        (result.data.items.length === 0 ? (
          <p>No supplier has newly matched a list.</p>
        ) : (
          result.data.items.map((a) => (
            <article key={a.id} id={`alert-${a.id}`} className="card">
              <h2>{a.title}</h2>
              <p className="note">
                {a.created_at.replace('T', ' ').slice(0, 16)} · {a.dataset}
                {a.as_of ? `, as of ${a.as_of}` : ''}
              </p>
              <div className="table-box">
                <table>
                  <caption>Suppliers that newly match</caption>
                  <thead>
                    <tr>
                      <th scope="col">Supplier</th>
                      <th scope="col">Country</th>
                      <th scope="col">Listed name</th>
                      <th scope="col">Score</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.matches.map((m) => (
                      <tr key={`${m.supplier}-${m.record}`}>
                        <td>{inertCell(m.supplier)}</td>
                        <td>{m.country ?? '—'}</td>
                        <td>{inertCell(m.matched_name)}</td>
                        <td>{m.score.toFixed(2)}</td>
                        <td>{`${a.dataset}, ${m.record}`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </article>
          ))
        ))}
    </>
  );
}
