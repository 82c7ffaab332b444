import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { getAll } from '../api/api-client.js';
import type { CountrySummary } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { type Column, SortableTable } from '../components/sortable-table.js';
import { LoadStatus } from '../components/status-message.js';
import { TierBadge, useTierLabel } from '../components/tier-badge.js';
import { countryName } from '../countries/country-table.js';
import { TIER_SCALE, tierOrder } from '../countries/tier-scale.js';
import { WorldMap } from '../countries/world-map.js';
import { fold } from '../help/hotline-order.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `/countries`: the map by latest tier with its legend, and the sortable table that is its text version. */
export default function CountriesPage() {
  const { t, lang } = useI18n();
  const tierLabel = useTierLabel();
  usePageTitle(t('countries.title'));
  const result = useLoad('countries', (s) => getAll<CountrySummary>('/api/countries', s));
  const [query, setQuery] = useState('');
  const countries = result.state === 'done' ? result.data : [];
  const tiers = useMemo(() => new Map(countries.map((c) => [c.iso3, c.tip.tier])), [countries]);
  const shown = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return countries;
    return countries.filter((c) =>
      fold(`${countryName(c.iso3, lang, c.name)} ${c.name} ${c.iso3}`).includes(q),
    );
  }, [countries, query, lang]);
  const columns: Column<CountrySummary>[] = [
    {
      key: 'name',
      label: t('countries.name'),
      cell: (c) => <Link href={`/countries/${c.iso3}`}>{countryName(c.iso3, lang, c.name)}</Link>,
      sortValue: (c) => countryName(c.iso3, lang, c.name),
    },
    {
      key: 'tier',
      label: t('countries.tier'),
      cell: (c) => <TierBadge tier={c.tip.tier} />,
      sortValue: (c) => tierOrder(c.tip.tier),
    },
    {
      key: 'year',
      label: t('countries.year'),
      cell: (c) => c.tip.year ?? '—',
      sortValue: (c) => c.tip.year ?? 0,
    },
    {
      key: 'ilab',
      label: t('countries.ilab'),
      cell: (c) => c.ilab_advancement_level ?? '—',
      sortValue: (c) => c.ilab_advancement_level ?? '~',
    },
  ];
  return (
    <>
      <h1>{t('countries.title')}</h1>
      <LoadStatus result={result} />
      {result.state === 'done' && (
        <>
          <figure>
            <WorldMap tiers={tiers} label={t('countries.map')} />
            <figcaption>
              <h2 className="visually-hidden">{t('countries.legend')}</h2>
              <ul className="legend" aria-label={t('countries.legend')}>
                {TIER_SCALE.map((s) => (
                  <li key={s.tier}>
                    <span className="swatch" style={{ background: s.fill }} aria-hidden="true" />
                    {tierLabel(s.tier)}
                  </li>
                ))}
              </ul>
              <p className="note">{t('countries.mapAlt')}</p>
            </figcaption>
          </figure>
          <form className="inline" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('countries.filter')}
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </label>
          </form>
          <SortableTable
            caption={t('countries.table')}
            columns={columns}
            rows={shown}
            rowKey={(c) => c.iso3}
          />
        </>
      )}
    </>
  );
}
