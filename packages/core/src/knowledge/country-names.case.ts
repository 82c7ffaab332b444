import Papa from 'papaparse';

/**
 * A name → ISO alpha-3 lookup built from the vendored country tables, for tests of importers that need one
 * (the engine's own resolver is built elsewhere). Tries the name as written, without a parenthesis, the
 * parenthesis alone, "Congo, Republic of the" turned round, and without a leading "The".
 */
export function nameToIso3(countriesCsv: string, altNamesCsv: string): (name: string) => string | null {
  const index = new Map<string, string>();
  const add = (name: string | undefined, iso3: string | undefined): void => {
    if (name && iso3 && !index.has(norm(name))) index.set(norm(name), iso3);
  };
  for (const r of Papa.parse<Record<string, string>>(countriesCsv, { header: true, skipEmptyLines: true })
    .data) {
    for (const c of ['iso_short_name_en', 'cldr_display_name_en', 'unterm_short_en', 'unterm_formal_en']) {
      add(r[c], r.iso_alpha3);
    }
  }
  for (const r of Papa.parse<Record<string, string>>(altNamesCsv, { header: true, skipEmptyLines: true })
    .data) {
    add(r.name_common, r.cca3);
    add(r.name_official, r.cca3);
    for (const alt of (r.alt_spellings ?? '').split('|')) add(alt, r.cca3);
  }
  return (name) => {
    const paren = /\(([^)]*)\)/.exec(name)?.[1] ?? '';
    const bare = name.replace(/\([^)]*\)/g, '');
    const comma = /^([^,]+),\s*(.+)$/.exec(bare);
    const turned = comma ? `${comma[2]} ${comma[1]}` : '';
    for (const candidate of [name, bare, paren, turned, bare.replace(/^the\s+/i, '')]) {
      const hit = candidate ? index.get(norm(candidate)) : undefined;
      if (hit) return hit;
    }
    return null;
  };
}

function norm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
