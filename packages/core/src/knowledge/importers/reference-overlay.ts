import { TipwatchError } from '../../errors.js';
import { countRows, parseManifest } from '../../reference/data-manifest.js';
import type { DatasetInfo } from '../../reference/dataset-info.js';
import { checkDatasetShape } from '../../reference/dataset-shapes.js';
import { MANIFEST_FILE } from '../../reference/load-reference-data.js';

/** An imported version's text that stands in for a vendored file when screening. */
export interface ImportedText {
  /** The manifest id of the dataset it replaces (`uflpa_entities`, `tip_tiers`, …). */
  dataset: string;
  /** The text, in the shape of the vendored file. */
  text: string;
  version: number;
  imported_at: string;
  /** The source's date, null when it gives none (the import's date is shown instead, and said so). */
  as_of: string | null;
  source_file: string | null;
}

/**
 * The reference files with each imported text in place of its dataset's vendored file, and the manifest
 * rewritten to match: the rows counted from the new text, the imported `as_of`, the version and file named,
 * and a gap saying so. Pure: `files` is left as it is. Imported texts for datasets the manifest does not
 * list are a TipwatchError.
 */
export function overlayReferenceFiles(
  files: ReadonlyMap<string, string>,
  imported: readonly ImportedText[],
): Map<string, string> {
  const out = new Map(files);
  if (imported.length === 0) return out;
  const manifestText = files.get(MANIFEST_FILE);
  if (manifestText === undefined) throw new TipwatchError('reference_data', `data/${MANIFEST_FILE}: missing`);
  const datasets: DatasetInfo[] = parseManifest(manifestText);
  for (const item of imported) {
    const info = datasets.find((d) => d.id === item.dataset);
    if (!info) {
      throw new TipwatchError(
        'reference_data',
        `imported dataset ${item.dataset} has no entry in data/${MANIFEST_FILE} to replace`,
      );
    }
    const csvRows = info.file.endsWith('.csv') ? checkDatasetShape(info.id, info.file, item.text) : undefined;
    const day = item.imported_at.slice(0, 10);
    info.rows = countRows(info.file, item.text, csvRows);
    info.as_of = item.as_of ?? day;
    info.imported = { version: item.version, imported_at: item.imported_at, source_file: item.source_file };
    info.gaps = [
      `imported version ${item.version}${item.source_file ? ` (${item.source_file})` : ''} of ${day} replaces the vendored file`,
      ...(item.as_of === null ? [`as_of is the import date: the imported file gave none`] : []),
      ...info.gaps.map((g) => `vendored file: ${g}`),
    ];
    out.set(info.file, item.text);
  }
  out.set(MANIFEST_FILE, `${JSON.stringify({ datasets }, null, 2)}\n`);
  return out;
}
