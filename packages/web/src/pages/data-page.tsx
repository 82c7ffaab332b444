import { getJson } from '../api/api-client.js';
import type { DataResponse } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { LoadStatus } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `/data`: every reference dataset (source, date, licence, rows, known gaps) and the stored versions. */
export default function DataPage() {
  const { t } = useI18n();
  usePageTitle(t('data.title'));
  const result = useLoad('data', (s) => getJson<DataResponse>('/api/data', s));
  return (
    <>
      <h1>{t('data.title')}</h1>
      <p>{t('data.intro')}</p>
      <LoadStatus result={result} />
      {result.state === 'done' && (
        <>
          <section aria-labelledby="versions">
            <h2 id="versions">{t('data.versions')}</h2>
            <div className="table-box">
              <table>
                <caption>{t('data.versions')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('common.source')}</th>
                    <th scope="col">{t('data.version')}</th>
                    <th scope="col">{t('data.rows')}</th>
                    <th scope="col">{t('common.asOf', { date: '' }).trim()}</th>
                    <th scope="col">{t('data.importedAt')}</th>
                    <th scope="col">{t('data.inForce')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.knowledge_base.flatMap((d) =>
                    d.versions.map((v) => (
                      <tr key={`${d.dataset}-${v.version}`}>
                        <th scope="row">{d.dataset}</th>
                        <td>{v.version}</td>
                        <td>{v.row_count}</td>
                        <td>{v.as_of ?? '—'}</td>
                        <td>{v.imported_at.slice(0, 10)}</td>
                        <td>{v.in_force ? t('data.yes') : t('data.no')}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="reference">
            <h2 id="reference">{t('data.reference')}</h2>
            {result.data.reference.map((d) => (
              <article className="card" key={d.id} lang="en">
                <h3>{d.title}</h3>
                <p>
                  <code>{d.id}</code> · {d.file} · {d.rows} · {d.as_of ?? ''}
                </p>
                <p>{d.source}</p>
                <p>
                  <span lang={undefined}>{t('data.licence')}</span>: {d.licence}
                </p>
                {d.gaps.length > 0 && (
                  <>
                    <h4>{t('data.gaps')}</h4>
                    <ul>
                      {d.gaps.map((g) => (
                        <li key={g}>{g}</li>
                      ))}
                    </ul>
                  </>
                )}
              </article>
            ))}
          </section>
        </>
      )}
    </>
  );
}
