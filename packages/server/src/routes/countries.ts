import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type CountryInfo,
  foldText,
  type ReferenceData,
  type TierPlacement,
  uflpaLawSource,
} from '@tipwatch/core';
import { ApiError, errorResponses, notFoundResponse } from '../api-error.js';
import type { AppDeps } from '../deps.js';
import { currentEngine } from '../engine-source.js';
import { PagingQuery, pageOf } from '../paging.js';
import {
  GrantSchema,
  HotlineSchema,
  Iso3Param,
  ListEntrySchema,
  NewsSchema,
  PartnershipSchema,
  pageSchema,
  ReportSchema,
  SourceSchema,
  TierPlacementSchema,
} from '../schemas.js';
import { versionedCache } from '../versioned-cache.js';

const TIER_FILTERS = [
  'Tier 1',
  'Tier 2',
  'Tier 2 Watch List',
  'Tier 3',
  'Special Case',
  'Tier 1 or 2',
  'not ranked',
] as const;

const CountrySummarySchema = z
  .object({
    iso3: z.string(),
    iso2: z.string(),
    name: z.string(),
    tip: TierPlacementSchema.openapi({ description: 'Latest TIP placement, partial-year rules applied' }),
    ilab_advancement_level: z.string().nullable().openapi({ description: 'Null when ILAB gives none' }),
  })
  .openapi('CountrySummary');

const TierYearSchema = z.object({
  year: z.number().int(),
  tier: z.string(),
  note: z.string(),
  source: SourceSchema,
});

const IlabGoodSchema = z.object({
  good: z.string(),
  sector: z.string(),
  child_labor: z.boolean(),
  forced_labor: z.boolean(),
  forced_child_labor: z.boolean(),
  produced_with_exploitative_inputs: z.boolean(),
  input_source_iso3: z.string().nullable(),
  source: SourceSchema,
});

const ImportBanSchema = z.object({
  order_type: z.string(),
  date: z.string(),
  text: z.string(),
  merchandise: z.string(),
  scope: z.string(),
  status: z.string(),
  source: SourceSchema,
});

const CountryDetailSchema = CountrySummarySchema.extend({
  tier_history: z.array(TierYearSchema),
  ilab_profile: z
    .object({
      name: z.string(),
      region: z.string().nullable(),
      webpage: z.string().nullable(),
      advancement_level: z.string().nullable(),
      multiple_territories: z.boolean(),
      child_work: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
      description: z.string(),
      source: SourceSchema,
    })
    .nullable(),
  ilab_goods: z.array(IlabGoodSchema),
  listed_entities: z.array(ListEntrySchema),
  import_bans: z.array(ImportBanSchema),
  hotlines: z.array(HotlineSchema),
  grants: z.array(GrantSchema),
  reports: z.array(ReportSchema),
  partnerships: z.array(PartnershipSchema),
  news: z.array(NewsSchema),
}).openapi('CountryDetail');

type CountryDetail = z.infer<typeof CountryDetailSchema>;

const listRoute = createRoute({
  method: 'get',
  path: '/api/countries',
  summary: 'Every ISO country with its latest TIP placement and ILAB advancement level',
  request: {
    query: z.object({
      tier: z
        .enum(TIER_FILTERS)
        .optional()
        .openapi({ param: { name: 'tier', in: 'query' }, description: 'Only countries at this placement' }),
      q: z
        .string()
        .max(100)
        .optional()
        .openapi({ param: { name: 'q', in: 'query' }, description: 'Part of the name or ISO code' }),
      ...PagingQuery,
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: pageSchema(CountrySummarySchema) } },
      description: 'A page of countries, by name',
    },
    ...errorResponses,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/countries/{iso3}',
  summary:
    'One country: TIP history, ILAB profile and goods, listed entities, import bans, hotlines, grants, reports',
  request: {
    params: z.object({ iso3: Iso3Param.openapi({ param: { name: 'iso3', in: 'path' }, example: 'CHN' }) }),
  },
  responses: {
    200: { content: { 'application/json': { schema: CountryDetailSchema } }, description: 'The country' },
    ...errorResponses,
    ...notFoundResponse,
  },
});

const INACTIVE = new Set(['revoked', 'modified']);

/**
 * The region-wide ban the screening engine applies to anything made in Xinjiang: the UFLPA's rebuttable
 * presumption, cited as the screening engine cites it. The data gives no date for it, so none is shown.
 */
function uflpaPresumption(ref: AppDeps['ref']) {
  return {
    order_type: 'UFLPA',
    date: '',
    text: 'Uyghur Forced Labor Prevention Act (Public Law 117-78): goods made wholly or in part in the Xinjiang Uyghur Autonomous Region are presumed to be made with forced labour and are barred from import',
    merchandise: 'all goods made wholly or in part in Xinjiang',
    scope: 'region',
    status: 'active',
    source: uflpaLawSource(ref),
  };
}

function tipOf(p: TierPlacement) {
  return { tier: p.tier, year: p.year, note: p.note, source: p.source };
}

/** `GET /api/countries` and `GET /api/countries/{iso3}`. */
export function registerCountries(app: OpenAPIHono, deps: AppDeps): void {
  const { store } = deps;
  const advancement = versionedCache(store, 'countries', async () => {
    const map = new Map<string, string | null>();
    for (const p of await store.rows('countries')) if (p.iso3) map.set(p.iso3, p.advancement_level);
    return map;
  });

  app.openapi(listRoute, async (c) => {
    const { tier, q, limit, cursor } = c.req.valid('query');
    const { ref } = await currentEngine(deps);
    const levels = await advancement();
    const needle = q ? foldText(q) : '';
    const all = ref.countries
      .all()
      .filter(
        (info) =>
          needle === '' ||
          foldText(info.name).includes(needle) ||
          info.iso3.toLowerCase() === needle ||
          info.iso2.toLowerCase() === needle,
      )
      .map((info) => ({
        iso3: info.iso3,
        iso2: info.iso2,
        name: info.name,
        tip: tipOf(ref.tiers.latest(info.iso3)),
        ilab_advancement_level: levels.get(info.iso3) ?? null,
      }))
      .filter((row) => tier === undefined || row.tip.tier === tier)
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return c.json(pageOf(all, limit, cursor), 200);
  });

  // A country page reads seven queries' worth of rows; it is kept until any dataset's version in force
  // changes, and per engine, since the engine is reloaded a little after an import.
  const details = versionedCache(
    store,
    'all',
    async () => new WeakMap<ReferenceData, Map<string, Promise<CountryDetail>>>(),
  );

  app.openapi(detailRoute, async (c) => {
    const { iso3 } = c.req.valid('param');
    const { ref } = await currentEngine(deps);
    const info = ref.countries.get(iso3);
    if (!info) {
      throw new ApiError(404, 'not_found', `no country with ISO alpha-3 code ${iso3}`, { iso3 });
    }
    const byEngine = await details();
    let cache = byEngine.get(ref);
    if (cache === undefined) {
      cache = new Map();
      byEngine.set(ref, cache);
    }
    let detail = cache.get(iso3);
    if (!detail) {
      detail = countryDetail(iso3, info, ref);
      cache.set(iso3, detail);
      detail.catch(() => cache.delete(iso3));
    }
    return c.json(await detail, 200);
  });

  async function countryDetail(iso3: string, info: CountryInfo, ref: ReferenceData): Promise<CountryDetail> {
    const [profile, history, hotlines, grants, reports, partnerships, news] = await Promise.all([
      store.country(iso3),
      store.tierHistory(iso3),
      store.hotlines(iso3),
      store.byCountry('grants', iso3),
      store.byCountry('reports', iso3),
      store.byCountry('partnerships', iso3),
      store.byCountry('news', iso3),
    ]);
    return {
      iso3,
      iso2: info.iso2,
      name: info.name,
      tip: tipOf(ref.tiers.latest(iso3)),
      ilab_advancement_level: profile?.advancement_level ?? null,
      tier_history: history.map((h) => ({ year: h.year, tier: h.tier, note: h.note, source: h.source })),
      ilab_profile: profile
        ? {
            name: profile.name,
            region: profile.region,
            webpage: profile.webpage,
            advancement_level: profile.advancement_level,
            multiple_territories: profile.multiple_territories,
            child_work: profile.child_work ? { ...profile.child_work } : null,
            description: profile.description,
            source: profile.source,
          }
        : null,
      ilab_goods: ref.goods.filter((g) => g.iso3 === iso3).map(({ iso3: _i, country: _c, ...g }) => g),
      listed_entities: ref.listEntries.filter((e) => e.country === iso3),
      import_bans: [
        ...(iso3 === 'CHN' ? [uflpaPresumption(ref)] : []),
        ...ref.wroOrders
          .filter((o) => o.iso3 === iso3 && o.scope !== 'entity' && !INACTIVE.has(o.status))
          .map((o) => ({
            order_type: o.order_type,
            date: o.date,
            text: o.text,
            merchandise: o.merchandise,
            scope: o.scope,
            status: o.status,
            source: o.source,
          })),
      ],
      hotlines,
      grants,
      reports,
      partnerships,
      news: news.map((n) => ({ ...n, undated: n.date === null })),
    };
  }
}
