import { useState } from 'react';
import { getAll } from '../api/api-client.js';
import type { Hotline } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { LoadStatus } from '../components/status-message.js';
import { CountryOptions } from '../countries/country-options.js';
import { countryName } from '../countries/country-table.js';
import { HotlineCard } from '../help/hotline-card.js';
import { hotlineMatches, orderHotlines } from '../help/hotline-order.js';
import { useVisitorCountry } from '../help/visitor-country-context.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `/hotlines`: the visitor's country first (chosen here and remembered), search by country or language. */
export default function HotlinesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('hotlines.title'));
  const { iso3, setIso3 } = useVisitorCountry();
  const [query, setQuery] = useState('');
  const result = useLoad('hotlines', (s) => getAll<Hotline>('/api/hotlines', s));
  const all = result.state === 'done' ? result.data : [];
  const shown = all.filter((h) =>
    hotlineMatches(h, query, h.iso3 ? countryName(h.iso3, lang, h.country) : ''),
  );
  const ordered = orderHotlines(shown, iso3);
  const noneKnown = iso3 !== null && !all.some((h) => h.iso3 === iso3);
  return (
    <>
      <h1>{t('hotlines.title')}</h1>
      <p>{t('hotlines.intro')}</p>
      <form className="inline" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('hotlines.yourCountry')}
          <select value={iso3 ?? ''} onChange={(e) => setIso3(e.target.value || null)}>
            <option value="">{t('hotlines.chooseCountry')}</option>
            <CountryOptions />
          </select>
        </label>
        <label>
          {t('hotlines.search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </form>
      <LoadStatus result={result} />
      {result.state === 'done' && (
        <>
          {noneKnown && iso3 && (
            <p className="callout" role="status">
              {t('hotlines.noneForCountry', { country: countryName(iso3, lang) })}
            </p>
          )}
          {ordered.national.length > 0 && iso3 && (
            <section aria-labelledby="national">
              <h2 id="national">{countryName(iso3, lang)}</h2>
              {ordered.national.map((h) => (
                <HotlineCard key={h.source.record} hotline={h} />
              ))}
            </section>
          )}
          <section aria-labelledby="all-hotlines">
            <h2 id="all-hotlines">{t('hotlines.count', { count: ordered.others.length })}</h2>
            {ordered.others.length === 0 && ordered.national.length === 0 && <p>{t('hotlines.none')}</p>}
            {ordered.others.map((h) => (
              <HotlineCard key={h.source.record} hotline={h} />
            ))}
          </section>
        </>
      )}
    </>
  );
}
