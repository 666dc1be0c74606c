// Import outcome → store entries (facilities split by category), and any layer → CSV / GeoJSON text.
import { LAYER_FIELDS, type FacilityRecord, type PointLayer, type PointRecord } from '../data/schema';
import { csvText, neutralise, pointsFc, recordsToCsv, recordsToGeoJson, rejectedToCsv } from '../data/export';
import { POPULATION_POINT_FIELDS, POPULATION_TOWN_FIELDS } from '../data/population';
import { issueReason, type IssueTemplates } from '../data/issues';
import type { DataPack } from './pack-types';
import type { ImportOutcome } from './import-job';
import type { MergeMode, UserEntry } from './user-store';

/** A file's name without its folders, as entries keep it. */
const fileNameOf = (name: string) => name.replace(/^.*[\\/]/, '');

export function outcomeToEntries(o: ImportOutcome, mode: MergeMode, now: Date = new Date()): UserEntry[] {
  const base = {
    layer: o.layer, fileName: fileNameOf(o.name), importedAt: now.toISOString(), mode, crs: o.crs, encoding: o.encoding,
    rows: o.stats.rows, rejected: o.stats.rejected, issues: o.issues.slice(0, 500),
  };
  if (o.layer === 'population') return [{ ...base, key: 'population', records: [], shapes: [], population: o.population ?? { kind: 'towns', rows: [] } }];
  // one entry per file (and category): a second file adds to the first, the same file again replaces it;
  // town boundaries are one set
  if (o.layer !== 'facilities') return [{ ...base, key: o.layer === 'boundaries' ? o.layer : `${o.layer}:${base.fileName}`, records: o.records, shapes: o.shapes }];
  const byCat = new Map<string, PointRecord[]>();
  for (const r of o.records) {
    const c = (r as FacilityRecord).category;
    const list = byCat.get(c);
    if (list) list.push(r);
    else byCat.set(c, [r]);
  }
  // in the order 我的数据 and 数据说明 list them (sortEntries), the file's problems with the first only:
  // counted once, not again under each category (planner review)
  return [...byCat].sort(([a], [b]) => (a < b ? -1 : 1)).map(([category, records], i) => ({ ...base, key: `facilities:${category}:${base.fileName}`, category, records, shapes: [], issues: i ? [] : base.issues }));
}

/**
 * The files imported before into the same layer as a new file (other than the file itself), each
 * with its rows and how many of the new records share an id or a name with it: a corrected list
 * under a new name would otherwise be shown beside the old one, every count doubled.
 */
export function earlierFiles(
  user: readonly UserEntry[],
  layer: string,
  fileName: string,
  records: readonly PointRecord[],
): { name: string; rows: number; shared: number }[] {
  if (layer === 'boundaries' || layer === 'population') return []; // one set each: always replaced
  const name = fileNameOf(fileName);
  // a plain number (a row number written as 编号) is in every file: it says nothing about sameness
  const keys = (r: PointRecord) => [`n:${r.name}`, ...(/^\d{1,5}$/.test(r.id) ? [] : [`i:${r.id}`])];
  const byFile = new Map<string, UserEntry[]>();
  for (const e of user) if (e.layer === layer && e.fileName !== name) byFile.set(e.fileName, [...(byFile.get(e.fileName) ?? []), e]);
  return [...byFile].map(([file, entries]) => {
    const seen = new Set(entries.flatMap((e) => e.records.flatMap(keys)));
    return {
      name: file,
      rows: entries.reduce((n, e) => n + e.records.length + e.shapes.length, 0),
      shared: records.filter((r) => keys(r).some((k) => seen.has(k))).length,
    };
  });
}

/**
 * What saving a file again replaces: the layer's entries from a file of the same name, their rows
 * and the coordinate systems they were read in (a CRS changed by mistake moves every point).
 */
export function sameFile(user: readonly UserEntry[], layer: string, fileName: string): { rows: number; crs: string[] } | null {
  const name = fileNameOf(fileName);
  const es = user.filter((e) => e.layer === layer && e.fileName === name);
  return es.length ? { rows: es.reduce((n, e) => n + e.records.length + e.shapes.length, 0), crs: [...new Set(es.map((e) => e.crs))] } : null;
}

export type ExportLayer = PointLayer | 'boundaries' | 'barriers' | 'population';

/** CSV (UTF-8 BOM, formula-safe) of a point layer as shown now. */
export function layerCsv(pack: DataPack, layer: PointLayer): string {
  return recordsToCsv(LAYER_FIELDS[layer], pack[layer] as readonly object[]);
}

/** The population in use as CSV: town,population,year,source or name,lng,lat,count,source (empty when none). */
export function populationCsv(pack: DataPack): string {
  const d = pack.population?.data;
  const fields = d?.kind === 'points' ? POPULATION_POINT_FIELDS : POPULATION_TOWN_FIELDS;
  const rows = (d?.rows ?? []).map((r) => ('year' in r && r.year === null ? { ...r, year: '' } : r));
  return recordsToCsv(fields, rows as readonly object[]);
}

export function layerGeoJson(pack: DataPack, layer: ExportLayer): string {
  if (layer === 'population') {
    const d = pack.population?.data;
    return JSON.stringify(pointsFc(d?.kind === 'points' ? d.rows : [], (r) => ({ name: r.name, count: r.count, source: r.source })));
  }
  if (layer === 'boundaries') return JSON.stringify(pack.boundaries);
  if (layer === 'barriers') return JSON.stringify(pack.barriers);
  return JSON.stringify(recordsToGeoJson(pack[layer] as readonly PointRecord[]));
}

/** The rows an import could not use, with their reasons in both languages (`en`: the issues' English templates). */
export function rejectedCsv(o: ImportOutcome, en: IssueTemplates): string {
  return rejectedToCsv(o.headers, o.rejected, o.issues, en);
}

/** Every issue of an import (errors and warnings) as CSV: line (empty for the whole file's), column, severity, reason ("中文 / English"). */
export function issuesCsv(o: ImportOutcome, en: IssueTemplates): string {
  const data = o.issues.map((i) => [i.line ? String(i.line) : '', neutralise(i.column ?? ''), i.severity, neutralise(issueReason(i, en))]);
  return csvText(['line', 'column', 'severity', 'reason'], data);
}
