// One whole user file → records, for the import worker: decode, sniff format, map, validate, report.
import { LAYER_FIELDS, type PointLayer, type LayerRecordMap } from './schema';
import { decode, type Encoding } from './decode';
import { parseTable, type Delimiter, type Table } from './parse-table';
import { suggestMapping, type Mapping } from './headers';
import { validateTable, type ValidateStats, type LoadResult } from './validate';
import { importPointGeoJson } from './geojson';
import { guessCrsFromSource, type Crs } from './crs';
import { fileIssue, ImportError, type RowIssue } from './issues';
import type { Bounds } from './coords';
import type { OfficialTown } from './population';

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  layer: PointLayer;
  encoding?: Encoding;
  crs?: Crs;
  mapping?: Mapping;
  fixSwapped?: boolean;
  /** A CSV's empty required cells under a written one (merged cells) take the value above. */
  fillDown?: boolean;
  /** The user states the positions are exact (otherwise rows default to 'approximate'). */
  exactPrecision?: boolean;
  /** District area: points outside are warnings. */
  district?: Bounds;
  /** Words for allowed values (word → value, from data/value-words.json); null: the list could not be loaded (said in a note). */
  words?: Record<string, string> | null;
  /** The district's towns, to read a row's 街镇 written as an alias (浦江 → 浦江镇). */
  towns?: readonly OfficialTown[];
}

export interface ImportProgress {
  phase: 'decode' | 'parse' | 'validate' | 'done';
  done: number;
  total: number;
}

export interface ImportStats extends ValidateStats {
  bytes: number;
  encodingConfidence: number;
  crsGuessed: boolean;
}

export interface ImportResult<T> extends LoadResult<T> {
  format: 'csv' | 'geojson';
  encoding: Encoding;
  /** Null for GeoJSON. */
  delimiter: Delimiter | null;
  headers: string[];
  mapping: Mapping;
  crs: Crs;
  stats: ImportStats;
}

/** Decoded text of a user's file, its CRS (given or guessed from the text) and the notes on both guesses. */
export function readSource(req: Pick<ImportRequest, 'name' | 'bytes' | 'encoding' | 'crs'>) {
  const { text, guess } = decode(req.bytes, req.encoding);
  const encoding = guess.encoding as Encoding;
  // a file's name speaks first (this app exports stations_wgs84.csv), then its text
  const named = req.crs ? undefined : guessCrsFromSource(req.name);
  const guessed = req.crs ? undefined : named ?? guessCrsFromSource(crsHint(req.name, text));
  const crs: Crs = req.crs ?? guessed ?? 'WGS84';
  // the note names where the guess came from: the same bytes under another name may read otherwise
  const byName = named !== undefined;
  const crsNote = guessed && guessed !== 'WGS84'
    ? [fileIssue(`根据${byName ? '文件名' : '表头、标题行或来源列'}推测坐标系为 ${guessed}，已转换为 WGS-84；如不正确请手动指定`, byName ? 'crsFromName' : 'crsFromText', { crs: guessed })]
    : [];
  const encNote = guess.confidence < 0.8 ? [fileIssue(`编码推测为 ${encoding}（把握不大），如出现乱码请手动选择编码`, 'encodingUnsure', { encoding })] : [];
  return { text, guess, encoding, guessed, crs, crsNote, encNote };
}

/**
 * The text that may name a file's CRS: its name, the title lines above a table's header (…坐标来源：
 * 高德地图), the header row (or GeoJSON's members before its features) and the cells of a source or
 * CRS column — not names or addresses: a company called 腾讯 or 百度 says nothing about the coordinates.
 */
export function crsHint(name: string, text: string): string {
  const head = text.slice(0, 16384);
  if (looksLikeJson(name, text)) {
    const cells = [...head.matchAll(/"(?:source|来源|数据来源|坐标系|crs)"\s*:\s*"([^"]*)"/gi)].map((m) => m[1]);
    const top = head.indexOf('"features"');
    return [name, head.slice(0, top < 0 ? 4096 : top), ...cells].join('\n');
  }
  const t = parseTable(head);
  const cols = t.headers.flatMap((h, i) => (/来源|source|坐标|crs/i.test(h) ? [i] : []));
  const lines = head.split(/\r?\n/);
  const titles = (t.titleLines ?? []).map((l) => lines[l - 1] ?? '');
  return [name, ...titles, t.headers.join(','), ...t.rows.slice(0, 100).flatMap((r) => cols.map((i) => r[i] ?? ''))].join('\n');
}

/** File-level notes on a parsed table: empty, a header only, title lines skipped above the header. */
export function tableNotes(table: Table): RowIssue[] {
  const titles = table.titleLines ?? [];
  const notes = titles.length
    ? [fileIssue(`第 ${titles.join('、')} 行像标题，已跳过；表头在第 ${table.headerLine} 行`, 'titleSkipped', { lines: titles.join(', '), header: table.headerLine })]
    : [];
  if (table.headers.length === 0) notes.push(fileIssue('文件为空', 'fileEmpty', undefined, 'error'));
  else if (table.rows.length === 0) notes.push(fileIssue('只有表头，没有数据行', 'headerOnly'));
  return notes;
}

/** A file is read as GeoJSON when its name says so or its text starts with '{'. */
export function looksLikeJson(name: string, text: string): boolean {
  return /\.(geo)?json$/i.test(name) || /^\s*\{/.test(text.slice(0, 100));
}

/**
 * Import a planner's file (CSV/TSV/semicolon or GeoJSON, any supported encoding).
 * Never throws for bad rows (they come back as issues/rejected); throws ImportError only for
 * files that are not text (binary) or not parseable GeoJSON. Progress every 5 000 rows.
 */
export function importFile<L extends PointLayer>(req: ImportRequest & { layer: L }, onProgress?: (p: ImportProgress) => void): ImportResult<LayerRecordMap[L]> {
  onProgress?.({ phase: 'decode', done: 0, total: req.bytes.length });
  const { text, guess, encoding, guessed, crs, encNote, crsNote } = readSource(req);
  const base = { fileName: req.name.replace(/^.*[\\/]/, ''), exactPrecision: req.exactPrecision };
  const common = { crs, fixSwapped: req.fixSwapped, district: req.district, user: base, words: req.words ?? undefined, officialTowns: req.towns };
  if (req.words === null) encNote.push(fileIssue('常用写法表未能加载：类别、服务等只认标准取值（如“医疗”“检验检测”）；刷新页面后可重试', 'wordsMissing'));
  const statsOf = (s: ValidateStats): ImportStats => ({ ...s, bytes: req.bytes.length, encodingConfidence: guess.confidence, crsGuessed: guessed !== undefined });

  if (looksLikeJson(req.name, text)) {
    const res = importPointGeoJson(req.layer, text, { ...common, mapping: req.mapping });
    onProgress?.({ phase: 'done', done: res.stats.rows, total: res.stats.rows });
    return { ...res, issues: [...encNote, ...crsNote, ...res.issues], format: 'geojson', encoding, delimiter: null, crs, stats: statsOf(res.stats) };
  }
  onProgress?.({ phase: 'parse', done: 0, total: text.length });
  const table = parseTable(text);
  const total = table.rows.length;
  const mapping = req.mapping ?? suggestMapping(req.layer, table.headers);
  const pre = [...encNote, ...crsNote, ...tableNotes(table)];
  if (table.headers.length === 1 && text.trim() !== '')
    pre.push(fileIssue('只识别出 1 列：分隔符可能不是逗号、制表符或分号', 'oneColumn'));
  const res =
    table.headers.length === 0
      ? { records: [], issues: [], rejected: [], mapping, stats: { rows: 0, accepted: 0, rejected: 0, swapped: 0, outside: 0, generatedIds: 0 } }
      : validateTable<LayerRecordMap[L]>(LAYER_FIELDS[req.layer], table, { ...common, mapping, decimalComma: table.delimiter !== ',', fillDown: req.fillDown ? 'fill' : 'ask' }, (done) =>
          onProgress?.({ phase: 'validate', done, total }),
        );
  onProgress?.({ phase: 'done', done: total, total });
  return {
    records: res.records,
    issues: [...pre, ...res.issues],
    rejected: res.rejected,
    format: 'csv',
    encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    mapping: res.mapping,
    crs,
    stats: statsOf(res.stats),
  };
}

export { ImportError };
