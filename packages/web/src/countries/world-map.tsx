import { geoEqualEarth, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { useTierLabel } from '../components/tier-badge.js';
import { useI18n } from '../i18n/i18n-context.js';
import { countryByNumeric, countryName } from './country-table.js';
import { tierStyle } from './tier-scale.js';

const WIDTH = 960;
const HEIGHT = 470;

interface Shape {
  id: string;
  iso3: string | null;
  name: string;
  d: string;
}

function shapes(): Shape[] {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const geo = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], geo);
  const path = geoPath(projection);
  return geo.features.map((f, i) => {
    const c = countryByNumeric(f.id);
    return {
      id: `${f.id ?? 'x'}-${i}`,
      iso3: c?.iso3 ?? null,
      name: f.properties?.name ?? '',
      d: path(f) ?? '',
    };
  });
}

/**
 * The world coloured by each country's latest tier. The SVG is one image with a label; the table on the same
 * page is its text alternative, and every shape carries a tooltip with its name and tier.
 */
export function WorldMap({ tiers, label }: { tiers: ReadonlyMap<string, string>; label: string }) {
  const { lang, t } = useI18n();
  const tierLabel = useTierLabel();
  const drawn = useMemo(shapes, []);
  return (
    <svg className="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {drawn.map((s) => {
        const tier = s.iso3 ? tiers.get(s.iso3) : undefined;
        const style = tierStyle(tier ?? 'not ranked');
        return (
          <path key={s.id} d={s.d} fill={style.fill}>
            <title>{`${s.iso3 ? countryName(s.iso3, lang, s.name) : s.name}: ${tier ? tierLabel(tier) : t('countries.noMapData')}`}</title>
          </path>
        );
      })}
    </svg>
  );
}
