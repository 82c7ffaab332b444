import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { getJson } from '../api/api-client.js';
import { useSession } from '../api/session-context.js';
import type { Page } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { ActionMessages, LoadStatus } from '../components/status-message.js';
import { RequireSession } from './require-session.js';
import type { Screening } from './screening-types.js';
import { mapLines, uploadScreening } from './upload-file.js';

/** `/workspace/screenings`: upload a file to screen (with progress), and the organisation's screenings. */
export default function ScreeningsPage() {
  usePageTitle('Screenings');
  return (
    // The workspace pages are in English only.
    <div lang="en">
      <h1>Screenings</h1>
      <RequireSession>{(me) => <Screenings canScreen={me.role !== 'viewer'} />}</RequireSession>
    </div>
  );
}

function Screenings({ canScreen }: { canScreen: boolean }) {
  const { csrf } = useSession();
  const [, navigate] = useLocation();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sheetId = useId();
  const list = useLoad('screenings', (s) => getJson<Page<Screening>>('/api/screenings?limit=100', s));

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = (form.get('file') as File | null) ?? null;
    if (file === null || file.size === 0) {
      setError('Choose a non-empty CSV or XLSX file.');
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const options = {
        map: mapLines(String(form.get('map') ?? '')),
        encoding: String(form.get('encoding') ?? '').trim(),
        sheet: String(form.get('sheet') ?? '').trim(),
      };
      const screening = await uploadScreening(file, options, csrf, setProgress);
      navigate(`/workspace/screenings/${screening.id}`);
    } catch (err) {
      setProgress(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      {canScreen && (
        <section aria-labelledby="upload">
          <h2 id="upload">Screen a file</h2>
          <p>
            A spend export, a USAspending or FPDS download, a factory list or an Open Supply Hub file (CSV or
            XLSX). The layout and encoding are detected as <code>tipwatch screen</code> detects them.
          </p>
          <form className="inline" onSubmit={onSubmit}>
            <label>
              File to screen
              <input name="file" type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" required />
            </label>
            <details className="upload-options">
              <summary>Columns, encoding and worksheet (optional)</summary>
              <p className="note">
                When the layout or encoding is not recognised, or a workbook's data is not on the sheet found,
                name them here as <code>tipwatch screen --map</code>, <code>--encoding</code> and{' '}
                <code>--sheet</code> take them.
              </p>
              <label>
                Columns, one FIELD=COLUMN a line (e.g. supplier=Factory Name, supplier_country=Country /
                Region)
                <textarea name="map" rows={3} spellCheck={false} />
              </label>
              <div className="upload-pair">
                <label>
                  Encoding (e.g. windows-1252; detected when empty)
                  <input name="encoding" size={16} spellCheck={false} />
                </label>
                <div className="upload-field">
                  <label htmlFor={sheetId}>Worksheet (XLSX)</label>
                  <input
                    id={sheetId}
                    name="sheet"
                    size={16}
                    maxLength={100}
                    spellCheck={false}
                    aria-describedby={`${sheetId}-hint`}
                  />
                  <span id={`${sheetId}-hint`} className="note">
                    The sheet's name, or its number (1 for the first). When empty, the sheet with rows whose
                    header tipwatch understands best is read, and the others are named in the notes.
                  </span>
                </div>
              </div>
            </details>
            <button type="submit" disabled={progress !== null}>
              Upload and screen
            </button>
          </form>
          {progress !== null && (
            <p>
              <label>
                Upload progress{' '}
                <progress max={1} value={progress}>
                  {Math.round(progress * 100)}%
                </progress>
              </label>{' '}
              {Math.round(progress * 100)}%
            </p>
          )}
          <ActionMessages error={error} />
        </section>
      )}
      <section aria-labelledby="list">
        <h2 id="list">Your organisation's screenings</h2>
        <LoadStatus result={list} />
        {list.state === 'done' &&
          (list.data.items.length === 0 ? (
            <p>No screening yet.</p>
          ) : (
            <div className="table-box">
              <table>
                <caption>Screenings, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Status</th>
                    <th scope="col">Rows</th>
                    <th scope="col">By</th>
                    <th scope="col">Uploaded</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link href={`/workspace/screenings/${s.id}`}>{s.file_name}</Link>
                      </th>
                      <td>{s.status}</td>
                      <td>
                        {s.counts
                          ? `${s.counts.screened} screened, ${s.counts.rejected} rejected`
                          : s.progress.rows}
                      </td>
                      <td>{s.created_by.email}</td>
                      <td>{s.created_at.replace('T', ' ').slice(0, 16)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
    </>
  );
}
