// Records → CSV (UTF-8 BOM, formula-safe) / GeoJSON; rejected rows → CSV with line and reason.
import type { FeatureCollection, Point } from 'geojson';
import type { FieldDef } from './schema';
import { issueReason, type IssueTemplates, type RowIssue } from './issues';

const TRIGGER = /^'*[=+\-@\t\r]/;

/**
 * Neutralise a text cell against spreadsheet formula injection: if it starts with = + - @ TAB CR,
 * or with quotes followed by one of those, prefix exactly one `'`. `unneutralise` (text.ts) undoes
 * exactly this, so our own export re-imports to identical records. Number columns are not passed
 * through here: a legit -3.5 stays a number.
 */
export function neutralise(cell: string): string {
  return TRIGGER.test(cell) ? `'${cell}` : cell;
}

function cellOf(def: FieldDef, v: unknown): string {
  if (def.type === 'number' || def.type === 'lng' || def.type === 'lat') return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
  if (Array.isArray(v)) return neutralise(v.join(';'));
  return neutralise(v === undefined || v === null ? '' : String(v));
}

/** A cell as PapaParse's `unparse` writes it with its defaults: quoted, its quotes doubled, when it
 *  holds a quote, a line break, a BOM or a comma, or starts or ends with a space (docs/decisions/0016). */
const cell = (v: string) => (/["\r\n\uFEFF,]|^ | $/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * CSV text as every export of the app writes it: a UTF-8 BOM (so Excel shows Chinese), a header
 * row, CRLF line ends, each row as wide as the header; cells quoted only where needed. The same
 * text as PapaParse's `unparse` (test/unit/data/export.test.ts compares them).
 */
export function csvText(fields: readonly string[], data: readonly (readonly string[])[]): string {
  // (a header alone ends its line, as PapaParse's does)
  return '\uFEFF' + [fields, ...data].map((r) => fields.map((_, i) => cell(r[i] ?? '')).join(',')).join('\r\n') + (data.length ? '' : '\r\n');
}

/** CSV text with a UTF-8 BOM (so Excel shows Chinese), header = field keys, CRLF line ends. */
export function recordsToCsv<T extends object>(defs: readonly FieldDef[], records: readonly T[]): string {
  const rows = records.map((r) => defs.map((d) => cellOf(d, (r as Record<string, unknown>)[d.key])));
  return csvText(defs.map((d) => d.key), rows);
}

/** UTF-8 bytes of recordsToCsv, ready for a download Blob. */
export function recordsToCsvBytes<T extends object>(defs: readonly FieldDef[], records: readonly T[]): Uint8Array {
  return new TextEncoder().encode(recordsToCsv(defs, records));
}

export interface PointFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Record<string, unknown> }[];
}

/** Items with a position as GeoJSON points, their properties from `props`. */
export function pointsFc<T extends { lng: number; lat: number }>(items: readonly T[], props: (t: T, i: number) => Record<string, unknown>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: items.map((t, i) => ({ type: 'Feature', properties: props(t, i), geometry: { type: 'Point', coordinates: [t.lng, t.lat] } })),
  };
}

/** Point records → GeoJSON (WGS-84); every field but lng/lat becomes a property. */
export function recordsToGeoJson<T extends { lng: number; lat: number }>(records: readonly T[]): PointFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: records.map((r) => {
      const { lng, lat, ...properties } = r;
      return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties };
    }),
  };
}

/**
 * Rejected rows → CSV: line, reason (all errors of that line, plus file-level errors, "中文 / English"
 * with the English templates `en`), then the original columns.
 */
export function rejectedToCsv(headers: readonly string[], rejected: readonly { line: number; raw: Record<string, string> }[], issues: readonly RowIssue[], en: IssueTemplates): string {
  const reasons = new Map<number, string[]>();
  for (const i of issues) {
    if (i.severity !== 'error') continue;
    const list = reasons.get(i.line) ?? [];
    list.push(issueReason(i, en));
    reasons.set(i.line, list);
  }
  const fileLevel = reasons.get(0) ?? [];
  const data = rejected.map((r) => [String(r.line), [...fileLevel, ...(reasons.get(r.line) ?? [])].join('; '), ...headers.map((h) => neutralise(r.raw[h] ?? ''))]);
  return csvText(['line', 'reason', ...headers], data);
}
