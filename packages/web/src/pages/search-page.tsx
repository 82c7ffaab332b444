import type { FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { getJson } from '../api/api-client.js';
import type { Page, SearchHit } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { LoadStatus } from '../components/status-message.js';
import { countryName } from '../countries/country-table.js';
import { hitHeading } from '../format/record-heading.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.js';

const PAGE_OF_KIND: Record<string, string> = {
  hotlines: '/hotlines',
  reports: '/reports',
  grants: '/grants',
  news: '/news',
};

function hitHref(hit: SearchHit): string {
  if (hit.kind === 'countries') return `/countries/${hit.key}`;
  return PAGE_OF_KIND[hit.kind] ?? '/data';
}

/** `/search?q=`: full-text search over countries, hotlines, reports, grants and news. */
export default function SearchPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('search.title'));
  const q = new URLSearchParams(useSearch()).get('q')?.trim() ?? '';
  const [, navigate] = useLocation();
  const result = useLoad(q ? `search:${q}` : null, (s) =>
    getJson<Page<SearchHit>>(`/api/search?q=${encodeURIComponent(q)}&limit=50`, s),
  );
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    navigate(next ? `/search?q=${encodeURIComponent(next)}` : '/search');
  };
  return (
    <>
      <h1>{t('search.title')}</h1>
      <search>
        <form className="inline" onSubmit={onSubmit} key={q}>
          <label>
            {t('search.label')}
            <input name="q" type="search" defaultValue={q} maxLength={100} />
          </label>
          <button type="submit">{t('search.submit')}</button>
        </form>
      </search>
      {q && <LoadStatus result={result} />}
      {q && result.state === 'done' && (
        <section aria-labelledby="results">
          <h2 id="results">{t('search.results', { count: result.data.items.length })}</h2>
          {result.data.items.length === 0 ? (
            <p>{t('search.none', { q })}</p>
          ) : (
            <ol>
              {result.data.items.map((hit) => (
                <li key={`${hit.kind}:${hit.key}`}>
                  <Link href={hitHref(hit)}>
                    {hit.kind === 'countries' ? countryName(hit.key, lang, hit.title) : hitHeading(hit, t)}
                  </Link>{' '}
                  <span className="note">({t(`search.kind.${hit.kind}` as MessageKey) ?? hit.kind})</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
