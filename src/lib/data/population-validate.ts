// Rows of a population file → TownPopulation / PopulationPoint records. The shared validator
// (validate.ts) parses cells and coordinates; on top of it: negative counts, town names against
// the official names and aliases (unknown = error), the same town twice (later rows rejected),
// mixed years (warning).
import { TOTALS, validateTable, type ValidateOptions, type Validated } from './validate';
import { suggestFieldMapping, type Mapping } from './headers';
import { fileIssue, makeIssue, type IssueKey, type IssueVars, type RowIssue } from './issues';
import type { FieldDef } from './schema';
import { GEOMETRY_LAT, GEOMETRY_LNG, type Table } from './parse-table';
import {
  likeNames, populationFields, townEn, townLike, townMatcher,
  type OfficialTown, type PopulationData, type PopulationPoint, type PopulationShape, type TownPopulation,
} from './population';

/** Hidden column carrying each row's file line through the shared validator. */
const LINE = '@line';
const LINE_FIELD: FieldDef = { key: '__line', type: 'number', required: true, aliases: [] };

export interface PopulationValidateOptions extends ValidateOptions {
  /** The official towns (names, aliases, codes); without them town names are not checked. */
  towns?: readonly OfficialTown[];
}

export interface PopulationValidated extends Omit<Validated<TownPopulation | PopulationPoint>, 'records'> {
  shape: PopulationShape;
  data: PopulationData;
}

function withLines(table: Table): Table {
  const n = table.headers.length;
  const rows = table.rows.map((r, i) => {
    const row = r.length === n ? [...r] : r.length < n ? [...r, ...Array<string>(n - r.length).fill('')] : r.slice(0, n);
    row.push(String(table.lines[i]));
    return row;
  });
  return { ...table, headers: [...table.headers, LINE], rows };
}

export function validatePopulationTable(table: Table, shape: PopulationShape, opts: PopulationValidateOptions = {}): PopulationValidated {
  const kind = opts.kind ?? 'line';
  const fields = populationFields(shape);
  const userMapping: Mapping = opts.mapping ?? suggestFieldMapping(fields, table.headers);
  const res = validateTable<Record<string, unknown>>([...fields, LINE_FIELD], withLines(table), { ...opts, mapping: { ...userMapping, __line: LINE } });
  const mapping = { ...res.mapping };
  delete mapping.__line;
  const rawOf = new Map<number, Record<string, string>>();
  table.rows.forEach((row, i) => rawOf.set(table.lines[i], Object.fromEntries(table.headers.map((h, j) => [h, row[j] ?? '']))));
  const issues: RowIssue[] = [...res.issues];
  const rejected = res.rejected.map((r) => {
    const raw = { ...r.raw };
    delete raw[LINE];
    return { line: r.line, raw };
  });
  const countKey = shape === 'points' ? 'count' : 'population';
  const col = (key: string) => ({ header: mapping[key] ?? key, key });
  // a count column in 万 (常住人口（万人）, 人口(万)): read as persons it was 10,000 times too small
  const countHeader = mapping[countKey] ?? '';
  const scale = /万/.test(countHeader) ? 10_000 : 1;
  if (scale > 1) issues.push(fileIssue(`「${countHeader}」以万人计，已乘以 10000`, 'countInWan', { header: countHeader }));
  const reject = (line: number, key: string, zh: string, template: IssueKey, vars: IssueVars) => {
    issues.push(makeIssue(kind, line, col(key), zh, template, vars));
    rejected.push({ line, raw: rawOf.get(line) ?? {} });
  };
  const match = opts.towns?.length ? townMatcher(opts.towns) : null;
  const firstLine = new Map<string, number>();
  const towns: TownPopulation[] = [];
  const points: PopulationPoint[] = [];
  const years = new Set<number>();

  for (const rec of res.records) {
    const line = rec.__line as number;
    const count = Math.round((rec[countKey] as number) * scale * 100) / 100;
    if (count < 0) {
      reject(line, countKey, `人口不能为负数：${count}`, 'negativeCount', { count });
      continue;
    }
    if (shape === 'points') {
      points.push({ name: String(rec.name ?? ''), lng: rec.lng as number, lat: rec.lat as number, count, source: String(rec.source) });
      continue;
    }
    const written = String(rec.town);
    if (TOTALS.test(written.trim())) {
      issues.push(makeIssue(kind, line, undefined, '为合计行，已跳过', 'totalsRow', undefined, 'warning'));
      continue;
    }
    const town = match ? match(written) : written;
    if (town === undefined) {
      const like = townLike(opts.towns!, written);
      if (like.length) reject(line, 'town', `「${written}」不是闵行区 14 个街镇的正式名称或别名（是否为${likeNames(like)}？）`, 'townNotOfficialLike', { town: written, like: likeNames(like, true) });
      else reject(line, 'town', `「${written}」不是闵行区 14 个街镇的正式名称或别名`, 'townNotOfficial', { town: written });
      continue;
    }
    const first = firstLine.get(town);
    if (first !== undefined) {
      reject(line, 'town', `街镇「${town}」与第 ${first} 行重复，只使用第 ${first} 行`, 'townRepeated', { town: townEn(opts.towns, town), first });
      continue;
    }
    firstLine.set(town, line);
    const year = typeof rec.year === 'number' && rec.year > 0 ? rec.year : null;
    if (year !== null) years.add(year);
    towns.push({ town, population: count, year, source: String(rec.source) });
  }
  if (years.size > 1) {
    const list = [...years].sort();
    issues.push(fileIssue(`各行年份不同（${list.join('、')}），合计的人口可能不属于同一时点`, 'yearsDiffer', { years: list.join(', ') }));
  }
  rejected.sort((a, b) => a.line - b.line);
  const accepted = shape === 'points' ? points.length : towns.length;
  const stats = { ...res.stats, accepted, rejected: rejected.length };
  const data: PopulationData = shape === 'points' ? { kind: 'points', rows: points } : { kind: 'towns', rows: towns };
  return { shape, data, issues, rejected, mapping, stats };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * Point features with a count property → a table for the validator (lng/lat as hidden columns,
 * line = feature index + 1); non-Point features are reported and rejected.
 */
export function populationFeatureTable(features: readonly { geometry: { type: string; coordinates?: unknown } | null; properties: Record<string, unknown> | null }[]): {
  table: Table;
  keys: string[];
  issues: RowIssue[];
  rejected: { line: number; raw: Record<string, string> }[];
} {
  const keys: string[] = [];
  for (const f of features) for (const k of Object.keys(f?.properties ?? {})) if (!keys.includes(k)) keys.push(k);
  const table: Table = { headers: [...keys, GEOMETRY_LNG, GEOMETRY_LAT], rows: [], lines: [], headerLine: 0, delimiter: ',' };
  const issues: RowIssue[] = [];
  const rejected: { line: number; raw: Record<string, string> }[] = [];
  features.forEach((f, i) => {
    const cells = keys.map((k) => cellText(f?.properties?.[k]));
    const g = f?.geometry;
    if (!g || g.type !== 'Point' || !Array.isArray(g.coordinates)) {
      issues.push(makeIssue('feature', i + 1, undefined, `不是点要素（${g?.type ?? '无几何'}）`, g?.type == null ? 'noGeometry' : 'notPoint', { type: g?.type }));
      rejected.push({ line: i + 1, raw: Object.fromEntries(keys.map((k, j) => [k, cells[j]])) });
      return;
    }
    const c = g.coordinates as number[];
    table.rows.push([...cells, String(c[0]), String(c[1])]);
    table.lines.push(i + 1);
  });
  return { table, keys, issues, rejected };
}
