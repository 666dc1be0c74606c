// The worker's `import` request: one planner file → records or shapes, issues, rejected rows and
// a preview of the first rows. Pure (Node tests, Web Worker). ImportError becomes `fatal`.
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import {
  decode,
  importBarriers,
  importFile,
  importTownBoundaries,
  importPopulation,
  guessCrsFromSource,
  crsHint,
  parseTable,
  ImportError,
  makeIssue,
  fileIssue,
  type Mapping,
  type ImportStats,
  type ImportRequest,
} from '../data/index.ts';
import type { Crs, RowIssue } from '../data/load.ts';
import type { IssueMessage } from '../data/issues.ts';
import type { PointLayer, PointRecord } from '../data/schema.ts';
import { townEn, townMatcher, type OfficialTown, type PopulationData, type PopulationShape } from '../data/population.ts';
import type { UserLayer } from './user-store.ts';
import { joinByName } from '../data/areas.ts';

/** An ImportRequest for any user layer, with the bytes as a transferable ArrayBuffer. */
export interface ImportPayload extends Omit<ImportRequest, 'bytes' | 'layer'> {
  /** The file's bytes, transferred to the worker. */
  bytes: ArrayBuffer;
  layer: UserLayer;
  /** Official towns with aliases and codes, to match the town names of a file (and flag unknown ones in a boundary file). */
  towns?: OfficialTown[];
}

export interface ImportOutcome {
  layer: UserLayer;
  name: string;
  format: 'csv' | 'geojson';
  encoding: string;
  encodingConfidence: number;
  delimiter: string | null;
  headers: string[];
  mapping: Mapping;
  crs: Crs;
  crsGuessed: boolean;
  records: PointRecord[];
  shapes: Feature<Polygon | MultiPolygon | LineString>[];
  issues: RowIssue[];
  rejected: { line: number; raw: Record<string, string> }[];
  stats: Pick<ImportStats, 'rows' | 'accepted' | 'rejected' | 'swapped' | 'outside' | 'filled'>;
  /** First rows as written in the file (CSV) or the first records (GeoJSON). */
  preview: { headers: string[]; rows: string[][] };
  /** Rows whose lat/lng look swapped (rejected unless fixSwapped); after a fix, stats.swapped counts them. */
  swapSuspects: number;
  /** Rows refused for an empty required cell under a written one (merged cells); 0 once filled down. */
  fillSuspects?: number;
  /** Layer 'population': the data and which shape the file was read as. */
  population?: PopulationData;
  populationShape?: PopulationShape;
  /** The file could not be read at all (binary, not GeoJSON, …). */
  fatal?: IssueMessage;
}

export interface ImportStep {
  done: number;
  total: number;
  label: string;
}

const PREVIEW_ROWS = 5;

function empty(p: ImportPayload): ImportOutcome {
  return {
    layer: p.layer, name: p.name, format: 'csv', encoding: p.encoding ?? 'utf-8', encodingConfidence: 0, delimiter: null, headers: [], mapping: {},
    crs: p.crs ?? 'WGS84', crsGuessed: false, records: [], shapes: [], issues: [], rejected: [],
    stats: { rows: 0, accepted: 0, rejected: 0, swapped: 0, outside: 0 }, preview: { headers: [], rows: [] }, swapSuspects: 0,
  };
}

function csvPreview(text: string): ImportOutcome['preview'] {
  const t = parseTable(text.slice(0, 20_000));
  return { headers: t.headers, rows: t.rows.slice(0, PREVIEW_ROWS) };
}

/** The rows validate.ts says look swapped, in its one file-level warning (none once they are swapped). */
function swapSuspects(p: ImportPayload, issues: RowIssue[]): number {
  return p.fixSwapped ? 0 : Number(issues.find((i) => i.key === 'swapSuspects')?.vars?.n ?? 0);
}

function importPoints(p: ImportPayload, bytes: Uint8Array, layer: PointLayer, report?: (s: ImportStep) => void): ImportOutcome {
  const res = importFile(
    { ...p, bytes, layer },
    report && ((x) => x.phase === 'validate' && report({ done: x.done, total: x.total, label: 'validate' })),
  );
  const preview =
    res.format === 'csv'
      ? csvPreview(decode(bytes, res.encoding).text)
      : { headers: ['id', 'name', 'lng', 'lat'], rows: res.records.slice(0, PREVIEW_ROWS).map((r) => [r.id, r.name, String(r.lng), String(r.lat)]) };
  const { rows, accepted, rejected, swapped, outside, filled } = res.stats;
  return {
    layer: p.layer, name: p.name, format: res.format, encoding: res.encoding, encodingConfidence: res.stats.encodingConfidence, delimiter: res.delimiter,
    headers: res.headers, mapping: res.mapping, crs: res.crs, crsGuessed: res.stats.crsGuessed, records: res.records as PointRecord[], shapes: [],
    issues: res.issues, rejected: res.rejected, stats: { rows, accepted, rejected, swapped, outside, filled }, preview, swapSuspects: swapSuspects(p, res.issues),
    fillSuspects: Number(res.issues.find((i) => i.key === 'fillSuspects')?.vars?.n ?? 0),
  };
}

function importShapeFile(p: ImportPayload, bytes: Uint8Array): ImportOutcome {
  const { text, guess } = decode(bytes, p.encoding);
  const guessed = p.crs ? undefined : guessCrsFromSource(crsHint(p.name, text));
  const crs = p.crs ?? guessed ?? 'WGS84';
  const isTowns = p.layer === 'boundaries';
  const r = isTowns ? importTownBoundaries(text, { crs }) : importBarriers(text, { crs });
  const issues = [...r.issues];
  // a town written another way (古美路街道, its code) is read as the official name the app uses
  const towns = isTowns ? (p.towns ?? []) : [];
  const official = townMatcher(towns);
  if ('boundaries' in r)
    r.boundaries.forEach((s, i) => {
      const name = official(s.name) ?? official(s.code);
      if (name && name !== s.name) {
        issues.push({ ...makeIssue('feature', i + 1, undefined, `「${s.name}」读作 ${name}`, 'boundaryAlias', { name: s.name, town: townEn(p.towns, name) }, 'warning'), column: 'name' });
        s.name = name;
      } else if (!name && towns.length)
        issues.push({ ...makeIssue('feature', i + 1, undefined, `「${s.name}」不是闵行区 14 个街镇的正式名称`, 'boundaryName', { name: s.name }, 'warning'), column: 'name' });
    });
  const list = 'boundaries' in r ? joinByName(r.boundaries, (s) => s.name) : r.barriers;
  const names = new Set(list.map((s) => s.name));
  const missing = towns.filter((t) => !names.has(t.name));
  const have = towns.length - missing.length;
  if (missing.length && list.length)
    issues.push(fileIssue(`只有 ${have}/${towns.length} 个街镇有边界；保存后地图上没有这些街镇的区域：${missing.map((t) => t.name).join('、')}`, 'townsWithout', { have, total: towns.length, missing: missing.map((t) => t.en ?? t.name).join(', ') }));
  const shapes = list.map((s) => {
    const properties = { ...s.properties, name: s.name, code: s.code, kind: s.kind || (isTowns ? '' : 'barrier'), source: String(s.properties.source ?? p.name) };
    return { type: 'Feature', properties, geometry: s.geometry } as Feature<Polygon | MultiPolygon | LineString>;
  });
  const bad = new Set(issues.filter((i) => i.severity === 'error' && i.line > 0).map((i) => i.line));
  const rows = shapes.length + bad.size;
  return {
    ...empty(p), format: 'geojson', encoding: guess.encoding === 'binary' ? 'utf-8' : guess.encoding, encodingConfidence: guess.confidence, crs, crsGuessed: guessed !== undefined,
    headers: ['name', 'code', 'kind'], shapes, issues,
    stats: { rows, accepted: shapes.length, rejected: bad.size, swapped: 0, outside: 0 },
    preview: { headers: ['name', 'code', 'kind', 'geometry'], rows: shapes.slice(0, PREVIEW_ROWS).map((s) => [String(s.properties?.name), String(s.properties?.code), String(s.properties?.kind), s.geometry.type]) },
  };
}

function importPopulationFile(p: ImportPayload, bytes: Uint8Array): ImportOutcome {
  const res = importPopulation({ name: p.name, bytes, encoding: p.encoding, crs: p.crs, mapping: p.mapping, fixSwapped: p.fixSwapped, district: p.district, towns: p.towns });
  const rows = res.data.rows as unknown as Record<string, unknown>[];
  const cols = res.shape === 'points' ? ['name', 'lng', 'lat', 'count', 'source'] : ['town', 'population', 'year', 'source'];
  const preview = res.format === 'csv'
    ? csvPreview(decode(bytes, res.encoding).text)
    : { headers: cols, rows: rows.slice(0, PREVIEW_ROWS).map((r) => cols.map((c) => String(r[c] ?? ''))) };
  const { rows: n, accepted, rejected, swapped, outside } = res.stats;
  return {
    ...empty(p), format: res.format, encoding: res.encoding, encodingConfidence: res.stats.encodingConfidence, delimiter: res.delimiter,
    headers: res.headers, mapping: res.mapping, crs: res.crs, crsGuessed: res.stats.crsGuessed, issues: res.issues, rejected: res.rejected,
    stats: { rows: n, accepted, rejected, swapped, outside }, preview, population: res.data, populationShape: res.shape,
    swapSuspects: swapSuspects(p, res.issues),
  };
}

/** Generator for the worker loop: yields coarse progress, returns the outcome (never throws for bad files). */
export function* importJob(p: ImportPayload, report?: (s: ImportStep) => void): Generator<ImportStep, ImportOutcome> {
  const bytes = new Uint8Array(p.bytes);
  // a town's other writings in value-words.json (吳涇鎮 for 吴泾镇: its name in traditional characters) are its aliases too,
  // and one as long as the name also with any of its characters simplified (吴泾鎮, 華漕镇: half-converted files)
  const w = p.words ?? {};
  const mixes = (k: string, v: string) => [...k].reduce((out, c, i) => out.flatMap((o) => [o + c, o + v[i]]), ['']);
  p = { ...p, towns: p.towns?.map((t) => ({ ...t, alias: [t.alias, ...Object.keys(w).filter((k) => w[k] === t.name).flatMap((k) => (k.length === t.name.length ? mixes(k, t.name) : k))].join(';') })) };
  yield { done: 0, total: bytes.length, label: 'parse' };
  try {
    const out =
      p.layer === 'boundaries' || p.layer === 'barriers'
        ? importShapeFile(p, bytes)
        : p.layer === 'population'
          ? importPopulationFile(p, bytes)
          : importPoints(p, bytes, p.layer, report);
    yield { done: bytes.length, total: bytes.length, label: 'done' };
    return out;
  } catch (e) {
    if (e instanceof ImportError) return { ...empty(p), fatal: { zh: e.zh, key: e.key, vars: e.vars } };
    throw e;
  }
}
