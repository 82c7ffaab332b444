import { getAll } from '../api/api-client.js';
import type { Report } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { SourceNote } from '../components/source-note.js';
import { LoadStatus } from '../components/status-message.js';
import { countryName } from '../countries/country-table.js';
import { safeHref } from '../format/display-text.js';
import { reportHeading } from '../format/record-heading.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `/reports`: research reports, newest first, with publishers, funder, countries and source. */
export default function ReportsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('reports.title'));
  const result = useLoad('reports', (s) => getAll<Report>('/api/reports', s));
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <LoadStatus result={result} />
      {result.state === 'done' &&
        (result.data.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          result.data.map((r) => {
            const href = safeHref(r.url);
            const heading = reportHeading(r, t);
            return (
              <article className="card" key={r.id}>
                <h2 lang={r.title.trim() ? 'en' : undefined}>
                  {href ? <a href={href}>{heading}</a> : heading}
                </h2>
                <p className="note">
                  {r.date ?? t('common.noDate')}
                  {r.publishers.length > 0 && ` · ${t('reports.publishers')}: ${r.publishers.join(', ')}`}
                  {r.funder && ` · ${t('reports.funder')}: ${r.funder}`}
                  {r.countries.length > 0 && ` · ${r.countries.map((c) => countryName(c, lang)).join(', ')}`}
                </p>
                <p lang="en">{r.summary}</p>
                <SourceNote source={r.source} />
              </article>
            );
          })
        ))}
    </>
  );
}
