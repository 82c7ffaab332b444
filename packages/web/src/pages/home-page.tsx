import { Link } from 'wouter';
import { getAll, getJson } from '../api/api-client.js';
import type { CountrySummary, DataResponse, News, Page } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { LoadStatus } from '../components/status-message.js';
import { TierBadge } from '../components/tier-badge.js';
import { TIER_SCALE, tierOrder } from '../countries/tier-scale.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.js';
import { NewsList } from './news-list.js';

const PS = ['prevention', 'protection', 'prosecution', 'partnership'] as const;
/** The in-force knowledge-base datasets shown as headline figures, with their row counts. */
const FIGURE_DATASETS = ['uflpa_entities', 'cbp_wro', 'tvpra_goods', 'hotlines'];

interface Figures {
  tiers: { tier: string; count: number; year: number | null; dataset: string; as_of: string | null }[];
  datasets: { id: string; title: string; rows: number; as_of: string | null; version: number }[];
}

async function loadFigures(signal: AbortSignal): Promise<Figures> {
  const [countries, data] = await Promise.all([
    getAll<CountrySummary>('/api/countries', signal),
    getJson<DataResponse>('/api/data', signal),
  ]);
  const tiers = new Map<string, Figures['tiers'][number]>();
  for (const c of countries) {
    if (c.tip.year === null) continue;
    const t = tiers.get(c.tip.tier) ?? {
      tier: c.tip.tier,
      count: 0,
      year: c.tip.year,
      dataset: c.tip.source.dataset,
      as_of: c.tip.source.as_of,
    };
    t.count += 1;
    t.year = Math.max(t.year ?? 0, c.tip.year);
    tiers.set(c.tip.tier, t);
  }
  const titles = new Map(data.reference.map((r) => [r.id, r.title]));
  const datasets = FIGURE_DATASETS.flatMap((id) => {
    const kb = data.knowledge_base.find((d) => d.dataset === id);
    const v = kb?.versions.find((x) => x.in_force);
    return v
      ? [{ id, title: titles.get(id) ?? id, rows: v.row_count, as_of: v.as_of, version: v.version }]
      : [];
  });
  return { tiers: [...tiers.values()].sort((a, b) => tierOrder(a.tier) - tierOrder(b.tier)), datasets };
}

/** `/`: the mission, the four Ps, headline figures from the API with their sources, the latest news. */
export function HomePage() {
  const { t, lang } = useI18n();
  usePageTitle('');
  const figures = useLoad('figures', loadFigures);
  const news = useLoad('news', (s) => getJson<Page<News>>('/api/news?limit=3', s));
  const num = new Intl.NumberFormat(lang);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.mission')}</p>
      <section aria-labelledby="four-ps">
        <h2 id="four-ps">{t('home.fourPs')}</h2>
        <ul className="cards">
          {PS.map((p) => (
            <li className="card" key={p}>
              <h3>{t(`home.p.${p}` as MessageKey)}</h3>
              <p>{t(`home.p.${p}.body` as MessageKey)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures">{t('home.figures')}</h2>
        <LoadStatus result={figures} />
        {figures.state === 'done' && (
          <>
            <h3>{t('home.figures.tiers')}</h3>
            <ul className="cards">
              {figures.data.tiers
                .filter((x) => TIER_SCALE.some((s) => s.tier === x.tier))
                .map((x) => (
                  <li className="card" key={x.tier}>
                    <span className="figure">{num.format(x.count)}</span>
                    <TierBadge tier={x.tier} />
                    <small className="source">
                      {t('home.figures.tierSource', { dataset: x.dataset, year: x.year ?? '' })}
                      {x.as_of ? `, ${t('common.asOf', { date: x.as_of })}` : ''}
                    </small>
                  </li>
                ))}
            </ul>
            <ul className="cards">
              {figures.data.datasets.map((d) => (
                <li className="card" key={d.id}>
                  <span className="figure">{t('home.figures.rows', { count: num.format(d.rows) })}</span>
                  <span>{t('home.figures.dataset', { title: d.title })}</span>
                  <small className="source">
                    {t('common.sourceOf', { dataset: d.id, record: `${t('data.version')} ${d.version}` })}
                    {d.as_of ? `, ${t('common.asOf', { date: d.as_of })}` : ''} ·{' '}
                    <Link href="/data">{t('data.gaps')}</Link>
                  </small>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="latest-news">
        <h2 id="latest-news">{t('home.news')}</h2>
        <LoadStatus result={news} />
        {news.state === 'done' && <NewsList items={news.data.items} headingLevel={3} />}
        <p>
          <Link href="/news">{t('home.allNews')}</Link>
        </p>
      </section>
    </>
  );
}
