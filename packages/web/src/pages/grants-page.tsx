import { type FormEvent, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { getJson } from '../api/api-client.js';
import type { Grant, GrantPage } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { SourceNote } from '../components/source-note.js';
import { LoadStatus } from '../components/status-message.js';
import { CountryOptions } from '../countries/country-options.js';
import { countryName } from '../countries/country-table.js';
import { formatAmount, safeHref } from '../format/display-text.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.js';

const PS = ['prevention', 'protection', 'prosecution', 'partnership'] as const;

/** Every grant matching the filters (following pages) and the API's totals, which cover all of them. */
async function loadGrants(query: string, signal: AbortSignal): Promise<GrantPage> {
  const first = await getJson<GrantPage>(`/api/grants?${query}${query ? '&' : ''}limit=100`, signal);
  const items: Grant[] = [...first.items];
  let cursor = first.next_cursor;
  while (cursor !== null) {
    const next: GrantPage = await getJson<GrantPage>(
      `/api/grants?${query}${query ? '&' : ''}limit=100&cursor=${encodeURIComponent(cursor)}`,
      signal,
    );
    items.push(...next.items);
    cursor = next.next_cursor;
  }
  return { ...first, items, next_cursor: null };
}

/** `/grants?fiscal_year=&country=&p=`: filters kept in the address, totals exactly as the API sums them. */
export default function GrantsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('grants.title'));
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const query = useMemo(() => {
    const q = new URLSearchParams();
    for (const k of ['fiscal_year', 'country', 'p']) {
      const v = params.get(k);
      if (v) q.set(k, v);
    }
    return q.toString();
  }, [params]);
  const result = useLoad(`grants?${query}`, (s) => loadGrants(query, s));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const q = new URLSearchParams();
    for (const k of ['fiscal_year', 'country', 'p']) {
      const v = String(form.get(k) ?? '').trim();
      if (v) q.set(k, v);
    }
    navigate(`/grants${q.size ? `?${q}` : ''}`);
  };
  const money = (amount: number, currency: string | null) => formatAmount(amount, currency, lang);
  return (
    <>
      <h1>{t('grants.title')}</h1>
      <form className="inline" onSubmit={onSubmit} key={query}>
        <label>
          {t('grants.fiscalYear')}
          <input
            name="fiscal_year"
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            defaultValue={params.get('fiscal_year') ?? ''}
          />
        </label>
        <label>
          {t('common.country')}
          <select name="country" defaultValue={params.get('country') ?? ''}>
            <option value="">{t('common.allCountries')}</option>
            <CountryOptions />
          </select>
        </label>
        <label>
          {t('grants.p')}
          <select name="p" defaultValue={params.get('p') ?? ''}>
            <option value="">{t('grants.anyP')}</option>
            {PS.map((p) => (
              <option key={p} value={p}>
                {t(`home.p.${p}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('common.apply')}</button>
      </form>
      <LoadStatus result={result} />
      {result.state === 'done' && (
        <>
          <section aria-labelledby="totals">
            <h2 id="totals">{t('grants.totals')}</h2>
            <ul data-testid="grant-totals">
              {result.data.totals.map((x) => (
                <li key={x.currency}>
                  {t('grants.totalLine', { amount: money(x.amount, x.currency), count: x.grants })}
                </li>
              ))}
              {result.data.without_amount > 0 && (
                <li>{t('grants.withoutAmount', { count: result.data.without_amount })}</li>
              )}
            </ul>
            <p className="note">{t('grants.totalsNote')}</p>
          </section>
          {result.data.items.length === 0 ? (
            <p>{t('grants.none')}</p>
          ) : (
            result.data.items.map((g) => {
              const href = safeHref(g.url);
              return (
                <article className="card" key={g.id}>
                  <h3 lang="en">
                    {href ? <a href={href}>{g.title || g.recipient}</a> : g.title || g.recipient}
                  </h3>
                  <p>
                    {t('grants.recipient')}: <span lang="en">{g.recipient}</span>
                    {g.amount !== null && (
                      <>
                        {' '}
                        · {t('grants.amount')}: {money(g.amount, g.currency)}
                      </>
                    )}
                    {g.fiscal_year !== null && ` · ${t('grants.fiscalYear')} ${g.fiscal_year}`}
                    {g.countries.length > 0 &&
                      ` · ${g.countries.map((c) => countryName(c, lang)).join(', ')}`}
                  </p>
                  <p lang="en">{g.description}</p>
                  <SourceNote source={g.source} />
                </article>
              );
            })
          )}
          {result.data.programme_totals.length > 0 && (
            <section aria-labelledby="programmes">
              <h2 id="programmes">{t('grants.programmes')}</h2>
              <p className="note">{t('grants.programmesNote')}</p>
              {result.data.programme_totals.map((p) => (
                <article className="card" key={p.id}>
                  <h3>
                    {p.amount_is_lower_bound
                      ? t('grants.atLeast', { amount: money(p.amount, p.currency) })
                      : money(p.amount, p.currency)}
                    {p.fiscal_year !== null && ` · ${t('grants.fiscalYear')} ${p.fiscal_year}`}
                  </h3>
                  <p lang="en">{p.description}</p>
                  <SourceNote source={p.source} />
                </article>
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
