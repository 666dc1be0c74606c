// GeoJSON import: point layers (same validator as CSV), town boundaries (polygons), barriers (lines).
import type { MultiPolygon, Polygon } from 'geojson';
import { LAYER_FIELDS, type PointLayer, type LayerRecordMap } from './schema';
import { validateTable, type ValidateOptions, type Validated } from './validate';
import { headerKey } from './text';
import { suggestFieldMapping } from './headers';
import { toWgs84, type Crs } from './crs';
import { fileIssue, makeIssue, ImportError, type RowIssue } from './issues';
import { GEOMETRY_LAT, GEOMETRY_LNG, type Table } from './parse-table';
import { interiorPoint } from './areas';

type Position = number[];
interface Geometry {
  type: string;
  coordinates?: unknown;
}
interface Feature {
  type: 'Feature';
  geometry: Geometry | null;
  properties: Record<string, unknown> | null;
}

const R = 6378137;
const DEG = 180 / Math.PI;
/** Web Mercator metres → [lng, lat] (EPSG:3857's sphere of radius 6378137 m). */
function fromMercator(c: unknown): unknown {
  if (!Array.isArray(c)) return c;
  const [x, y] = c;
  return typeof x === 'number' ? [(x / R) * DEG, Math.atan(Math.sinh(y / R)) * DEG] : c.map(fromMercator);
}

/**
 * Parse GeoJSON text into its list of features (a bare geometry or Feature becomes one feature).
 * A file declaring Web Mercator (EPSG:3857, 900913, 102100) is turned into longitude/latitude, said in `notes`.
 */
export function parseFeatures(text: string, notes: RowIssue[] = []): Feature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`不是有效的 JSON：${(e as Error).message}`, 'badJson', { error: (e as Error).message });
  }
  let o = json as { type?: string; features?: unknown; crs?: { properties?: { name?: string } } };
  const crsName = o?.crs?.properties?.name;
  const mercator = /\b(3857|900913|10210[02])$/.test(String(crsName));
  // GCJ-02 and BD-09 are longitude/latitude too: crsHint reads the same member and they are converted
  if (typeof crsName === 'string' && !mercator && !/4326|CRS84|4490|GCJ-?02|BD-?09/i.test(crsName))
    throw new ImportError(`文件声明的坐标系为 ${crsName}（投影坐标系），请转换为 WGS-84 经纬度`, 'projectedCrs', { crs: crsName });
  if (mercator) {
    o = JSON.parse(text, (k, v) => (k === 'coordinates' ? fromMercator(v) : v));
    notes.push(fileIssue(`坐标由 ${crsName}（Web 墨卡托）换算为 WGS-84`, 'fromMercator', { crs: crsName }));
  }
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as Feature[];
  if (o?.type === 'Feature') return [o as unknown as Feature];
  if (typeof o?.type === 'string' && 'coordinates' in (o as object)) return [{ type: 'Feature', geometry: o as Geometry, properties: {} }];
  throw new ImportError('不是 GeoJSON（需要 FeatureCollection、Feature 或几何对象）', 'notGeoJson');
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join(';');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

const LNG = GEOMETRY_LNG;
const LAT = GEOMETRY_LAT;

/** Point features → layer records, properties mapped like CSV columns. `line` in issues = feature index + 1. */
export function importPointGeoJson<L extends PointLayer>(layer: L, text: string, opts: ValidateOptions = {}): Validated<LayerRecordMap[L]> & { headers: string[] } {
  const skipped: RowIssue[] = [];
  const features = parseFeatures(text, skipped);
  const keys: string[] = [];
  for (const f of features) for (const k of Object.keys(f?.properties ?? {})) if (!keys.includes(k)) keys.push(k);
  const table: Table = { headers: [...keys, LNG, LAT], rows: [], lines: [], headerLine: 0, delimiter: ',' };
  const skippedRaw: Validated<LayerRecordMap[L]>['rejected'] = [];
  features.forEach((f, i) => {
    const props = f?.properties ?? {};
    const cells = keys.map((k) => cellText(props[k]));
    const g = f?.geometry;
    if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates)) {
      // a park or a campus drawn as an area: one point inside it stands for it
      const [x, y] = interiorPoint({ type: 'Feature', properties: {}, geometry: g as Polygon | MultiPolygon });
      const point = `(${x.toFixed(5)}, ${y.toFixed(5)})`;
      skipped.push(makeIssue('feature', i + 1, undefined, `是面要素，取其内部一点 ${point} 作为位置`, 'area', { point }, 'warning'));
      table.rows.push([...cells, String(x), String(y)]);
      table.lines.push(i + 1);
      return;
    }
    if (!g || g.type !== 'Point' || !Array.isArray(g.coordinates)) {
      skipped.push(makeIssue('feature', i + 1, undefined, `不是点要素（${g?.type ?? '无几何'}）`, g?.type == null ? 'noGeometry' : 'notPoint', { type: g?.type }));
      skippedRaw.push({ line: i + 1, raw: Object.fromEntries(keys.map((k, j) => [k, cells[j]])) });
      return;
    }
    const c = g.coordinates as Position;
    table.rows.push([...cells, String(c[0]), String(c[1])]);
    table.lines.push(i + 1);
  });
  const { mapping: userMapping, ...rest } = opts;
  const base = userMapping ?? suggestFieldMapping(LAYER_FIELDS[layer].filter((d) => d.type !== 'lng' && d.type !== 'lat'), keys);
  const mapping = { ...base, lng: LNG, lat: LAT };
  const res = validateTable<LayerRecordMap[L]>(LAYER_FIELDS[layer], table, { ...rest, mapping, kind: 'feature' });
  res.issues.unshift(...skipped);
  res.rejected.unshift(...skippedRaw);
  res.stats.rows += skippedRaw.length;
  res.stats.rejected += skippedRaw.length;
  return { ...res, headers: keys };
}

function mapCoords(c: unknown, crs: Crs, bad: { projected: boolean }): unknown {
  if (Array.isArray(c) && typeof c[0] === 'number') {
    const [x, y] = c as number[];
    if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) bad.projected = true;
    return toWgs84(x, y, crs);
  }
  return Array.isArray(c) ? c.map((x) => mapCoords(x, crs, bad)) : c;
}

function pick(props: Record<string, unknown>, names: string[]): string {
  const keys = Object.keys(props);
  for (const n of names) {
    const k = keys.find((key) => headerKey(key) === headerKey(n));
    if (k !== undefined && props[k] !== null && props[k] !== undefined) return cellText(props[k]).trim();
  }
  return '';
}

export interface ShapeRecord<G extends string> {
  name: string;
  code: string;
  kind: string;
  geometry: { type: G; coordinates: unknown };
  properties: Record<string, unknown>;
}

export type TownBoundary = ShapeRecord<'Polygon' | 'MultiPolygon'>;
export type BarrierLine = ShapeRecord<'LineString' | 'MultiLineString'>;

function importShapes<G extends string>(text: string, types: readonly G[], crs: Crs, needName: boolean): { shapes: ShapeRecord<G>[]; issues: RowIssue[] } {
  const shapes: ShapeRecord<G>[] = [];
  const issues: RowIssue[] = [];
  const bad = { projected: false };
  parseFeatures(text, issues).forEach((f, i) => {
    const g = f?.geometry;
    if (!g || !types.includes(g.type as G)) {
      issues.push(makeIssue('feature', i + 1, undefined, `几何类型 ${g?.type ?? '无'} 不受支持（需要 ${types.join('/')}）`, g?.type == null ? 'geometryNone' : 'geometryUnsupported', { type: g?.type, types: types.join('/') }));
      return;
    }
    const props = f.properties ?? {};
    const code = pick(props, ['code', 'adcode', '代码', '区划代码', '行政区划代码', 'xzqdm']);
    // a town's name as GIS layers write it (街镇名称, XZQMC, JDMC); failing that its code, read as the town it is
    const name = pick(props, ['name', '名称', '街镇', '街镇名称', '街道名称', '乡镇名称', 'town', 'xzqmc', 'jdmc', 'xzmc']) || (needName ? code : '');
    if (needName && name === '') {
      issues.push(makeIssue('feature', i + 1, undefined, '缺少名称属性（name、名称、街镇名称 或区划代码）', 'noName'));
      return;
    }
    const geometry = { type: g.type as G, coordinates: mapCoords(g.coordinates, crs, bad) };
    shapes.push({ name, code, kind: pick(props, ['kind', 'type', '类型']), geometry, properties: props });
  });
  if (bad.projected)
    return {
      shapes: [],
      issues: [fileIssue('坐标远超经纬度范围，文件似乎使用投影坐标系（如 EPSG:3857 或 CGCS2000 高斯-克吕格），请先转换为 WGS-84 经纬度', 'projectedShapes', undefined, 'error')],
    };
  return { shapes, issues };
}

/** Official town boundaries (Polygon/MultiPolygon with a name) that replace the approximate ones. */
export function importTownBoundaries(text: string, opts: { crs?: Crs } = {}): { boundaries: TownBoundary[]; issues: RowIssue[] } {
  const { shapes, issues } = importShapes(text, ['Polygon', 'MultiPolygon'] as const, opts.crs ?? 'WGS84', true);
  return { boundaries: shapes, issues };
}

/** Barriers (rivers, expressways, railways) as LineString/MultiLineString. */
export function importBarriers(text: string, opts: { crs?: Crs } = {}): { barriers: BarrierLine[]; issues: RowIssue[] } {
  const { shapes, issues } = importShapes(text, ['LineString', 'MultiLineString'] as const, opts.crs ?? 'WGS84', false);
  return { barriers: shapes, issues };
}
