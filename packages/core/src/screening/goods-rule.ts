import type { GoodHit } from '../classify/classification.js';
import type { Finding } from '../model/finding.js';
import { type Level, maxLevel } from '../model/level.js';
import type { IlabGood } from '../reference/ilab-good.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { Weights } from './weights.js';

/**
 * The `goods` finding: a good the classifier found in the row, from a country with that good on DOL ILAB's
 * List of Goods Produced by Child Labor or Forced Labor. With `materialOf` (the goods the row names, as
 * `Thread/Yarn`), the good is their material (cotton of cotton yarn): the finding says so
 * (`Cotton from Pakistan, the material of the Thread/Yarn: …`, `details.material_of`).
 */
export function createGoodsRule(
  ref: ReferenceData,
  weights: Weights,
): (goods: readonly GoodHit[], iso3: string | null, materialOf?: string) => Finding[] {
  const index = new Map<string, IlabGood>();
  for (const g of ref.goods) index.set(`${g.good}\u0001${g.iso3}`, g);
  const name = (iso3: string) => ref.countries.get(iso3)?.name ?? iso3;
  return (goods, iso3, materialOf) => {
    if (iso3 === null || goods.length === 0) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const hit of goods) {
      if (seen.has(hit.good)) continue;
      seen.add(hit.good);
      const row = index.get(`${hit.good}\u0001${iso3}`);
      if (row === undefined) continue;
      const { level, labels } = classify(row, weights, name);
      out.push({
        kind: 'goods',
        level,
        summary:
          `${row.good} from ${name(iso3)}${materialOf === undefined ? '' : `, the material of the ${materialOf}`}: ` +
          `ILAB list, ${labels.join(', ')} (found via ${hit.via})`,
        source: row.source,
        details: {
          good: row.good,
          iso3,
          via: hit.via,
          child_labor: row.child_labor,
          forced_labor: row.forced_labor,
          forced_child_labor: row.forced_child_labor,
          produced_with_exploitative_inputs: row.produced_with_exploitative_inputs,
          input_source_iso3: row.input_source_iso3,
          ...(materialOf === undefined ? {} : { material_of: materialOf }),
        },
      });
    }
    return out;
  };
}

function classify(
  row: IlabGood,
  weights: Weights,
  name: (iso3: string) => string,
): { level: Level; labels: string[] } {
  const w = weights.levels.goods;
  const labels: string[] = [];
  let level: Level | null = null;
  const add = (on: boolean, label: string, lv: Level) => {
    if (!on) return;
    labels.push(label);
    level = level === null ? lv : maxLevel(level, lv);
  };
  add(row.child_labor, 'child labour', w.child_labor);
  add(row.forced_labor, 'forced labour', w.forced_labor);
  add(row.forced_child_labor, 'forced child labour', w.forced_child_labor);
  const from = row.input_source_iso3 === null ? '' : ` from ${name(row.input_source_iso3)}`;
  add(
    row.produced_with_exploitative_inputs,
    `produced with exploitative inputs${from}`,
    w.produced_with_exploitative_inputs,
  );
  // A list row always carries at least one flag; should one not, it is still a listed good.
  return { level: level ?? w.child_labor, labels: labels.length > 0 ? labels : ['listed'] };
}
