import { useMemo } from 'react';
import { Link } from 'wouter';
import { getJson } from '../api/api-client.js';
import type { CountryDetail } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { SourceNote } from '../components/source-note.js';
import { LoadStatus } from '../components/status-message.js';
import { TierBadge } from '../components/tier-badge.js';
import { countryName } from '../countries/country-table.js';
import { TierChart } from '../countries/tier-chart.js';
import { tierYears } from '../countries/tier-history.js';
import { formatAmount, safeHref } from '../format/display-text.js';
import { reportHeading } from '../format/record-heading.js';
import { HotlineCard } from '../help/hotline-card.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `/countries/{iso3}`: tier history (chart and table), ILAB findings and goods, lists, bans, hotlines, grants, reports. */
export default function CountryPage({ params }: { params: { iso3: string } }) {
  const iso3 = params.iso3.toUpperCase();
  const { t, lang } = useI18n();
  const result = useLoad(iso3, (s) =>
    getJson<CountryDetail>(`/api/countries/${encodeURIComponent(iso3)}`, s),
  );
  const c = result.state === 'done' ? result.data : null;
  const name = countryName(iso3, lang, c?.name ?? iso3);
  usePageTitle(name);
  const years = useMemo(() => tierYears(c?.tier_history ?? []), [c]);
  const sources = useMemo(() => new Map((c?.tier_history ?? []).map((h) => [h.year, h])), [c]);
  return (
    <>
      <p>
        <Link href="/countries">{t('countries.title')}</Link>
      </p>
      <h1>{name}</h1>
      <LoadStatus result={result} />
      {c && (
        <>
          <p>
            <TierBadge tier={c.tip.tier} /> {c.tip.year ? `(${c.tip.year})` : ''}
            {c.ilab_advancement_level && (
              <> · {t('country.advancement', { level: c.ilab_advancement_level })}</>
            )}
          </p>
          <SourceNote source={c.tip.source} />

          <section aria-labelledby="history">
            <h2 id="history">{t('country.tierHistory')}</h2>
            {years.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <>
                <TierChart
                  years={years}
                  label={`${t('country.tierHistory')}: ${name}. ${t('country.chartAlt')}`}
                />
                <div className="table-box">
                  <table>
                    <caption>{`${t('country.tierHistory')}: ${name}`}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('country.year')}</th>
                        <th scope="col">{t('country.tier')}</th>
                        <th scope="col">{t('common.source')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {years.map((y) => {
                        const h = sources.get(y.year);
                        return (
                          <tr key={y.year}>
                            <th scope="row">{y.year}</th>
                            <td>{y.tier ? <TierBadge tier={y.tier} /> : <em>{t('country.gap')}</em>}</td>
                            <td>
                              {h
                                ? `${h.source.dataset}, ${h.source.record}${h.note ? ` (${h.note})` : ''}`
                                : ''}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>

          <section aria-labelledby="ilab">
            <h2 id="ilab">{t('country.ilab')}</h2>
            {c.ilab_profile ? (
              <>
                <p lang="en">{c.ilab_profile.description}</p>
                <SourceNote source={c.ilab_profile.source} />
              </>
            ) : (
              <p>{t('common.none')}</p>
            )}
            <h3>{t('country.goods')}</h3>
            {c.ilab_goods.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <div className="table-box">
                <table>
                  <caption>{`${t('country.goods')}: ${name}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('country.good')}</th>
                      <th scope="col">{t('country.sector')}</th>
                      <th scope="col">{t('country.kinds')}</th>
                      <th scope="col">{t('common.source')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.ilab_goods.map((g) => (
                      <tr key={`${g.good}-${g.source.record}`}>
                        <td lang="en">{g.good}</td>
                        <td lang="en">{g.sector}</td>
                        <td>
                          {[
                            g.child_labor && t('country.childLabour'),
                            g.forced_labor && t('country.forcedLabour'),
                            g.forced_child_labor && t('country.forcedChildLabour'),
                            g.produced_with_exploitative_inputs &&
                              `${t('country.inputs')}${g.input_source_iso3 ? ` (${countryName(g.input_source_iso3, lang)})` : ''}`,
                          ]
                            .filter(Boolean)
                            .join(', ')}
                        </td>
                        <td>{`${g.source.dataset}, ${g.source.record}`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="entities">
            <h2 id="entities">{t('country.entities')}</h2>
            {c.listed_entities.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <div className="table-box">
                <table>
                  <caption>{`${t('country.entities')}: ${name}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('match.name')}</th>
                      <th scope="col">{t('country.list')}</th>
                      <th scope="col">{t('country.listedOn')}</th>
                      <th scope="col">{t('common.source')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.listed_entities.map((e) => (
                      <tr key={e.id}>
                        <td lang="en">{e.name}</td>
                        <td>{e.list}</td>
                        <td>{e.listed_on ?? '—'}</td>
                        <td>{`${e.source.dataset}, ${e.source.record}`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="bans">
            <h2 id="bans">{t('country.bans')}</h2>
            {c.import_bans.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <ul>
                {c.import_bans.map((b) => (
                  <li key={`${b.order_type}-${b.source.record}`}>
                    <strong>{b.order_type}</strong> {b.date && `(${b.date})`}{' '}
                    <span lang="en">{b.merchandise}</span>: <span lang="en">{b.text}</span>{' '}
                    <SourceNote source={b.source} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="hotlines">
            <h2 id="hotlines">{t('country.hotlines')}</h2>
            {c.hotlines.length === 0 ? (
              <p>
                {t('hotlines.noneForCountry', { country: name })}{' '}
                <Link href="/hotlines">{t('nav.hotlines')}</Link>
              </p>
            ) : (
              c.hotlines.map((h) => <HotlineCard key={h.source.record} hotline={h} />)
            )}
          </section>

          <section aria-labelledby="grants">
            <h2 id="grants">{t('country.grants')}</h2>
            {c.grants.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <ul>
                {c.grants.map((g) => (
                  <li key={g.id} lang="en">
                    {g.title || g.recipient}
                    {g.amount !== null && ` · ${formatAmount(g.amount, g.currency, lang)}`}
                    <SourceNote source={g.source} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="reports">
            <h2 id="reports">{t('country.reports')}</h2>
            {c.reports.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <ul>
                {c.reports.map((r) => {
                  const href = safeHref(r.url);
                  return (
                    <li key={r.id}>
                      <span lang={r.title.trim() ? 'en' : undefined}>
                        {href ? <a href={href}>{reportHeading(r, t)}</a> : reportHeading(r, t)}
                      </span>{' '}
                      ({r.date ?? t('common.noDate')})
                      <SourceNote source={r.source} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
