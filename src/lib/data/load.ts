// The CSV loader contract every layer codes against (embedded data pack and user files alike).
import { LAYER_FIELDS, type PointLayer, type LayerRecordMap, type TownRecord, type CategoryTotalRecord, type CrossingRecord } from './schema';
import { parseTable } from './parse-table';
import { validateTable, type LoadResult } from './validate';
import { TOWN_FIELDS, CATEGORY_TOTAL_FIELDS, CROSSING_FIELDS } from './table-fields';
import type { Crs } from './crs';
import type { FieldDef } from './schema';

export type { RowIssue } from './issues';
export type { LoadResult } from './validate';
export type { Crs } from './crs';

function load<T>(defs: readonly FieldDef[], text: string, opts: { crs?: Crs; mapping?: Record<string, string> } = {}): LoadResult<T> {
  const table = parseTable(text);
  const { records, issues, rejected } = validateTable<T>(defs, table, { ...opts, decimalComma: table.delimiter !== ',' });
  return { records, issues, rejected };
}

export function parseLayerCsv<L extends PointLayer>(layer: L, text: string, opts?: { crs?: Crs; mapping?: Record<string, string> }): LoadResult<LayerRecordMap[L]> {
  return load<LayerRecordMap[L]>(LAYER_FIELDS[layer], text, opts);
}

export function parseTownsCsv(text: string): LoadResult<TownRecord> {
  return load<TownRecord>(TOWN_FIELDS, text);
}

export function parseCategoryTotalsCsv(text: string): LoadResult<CategoryTotalRecord> {
  return load<CategoryTotalRecord>(CATEGORY_TOTAL_FIELDS, text);
}

export function parseCrossingsCsv(text: string): LoadResult<CrossingRecord> {
  return load<CrossingRecord>(CROSSING_FIELDS, text);
}
