// One whole user file → records, for the import worker: decode, sniff format, map, validate, report.
import { LAYER_FIELDS, type PointLayer, type LayerRecordMap } from './schema';
import { decode, type Encoding } from './decode';
import { parseTable, type Delimiter } from './table';
import { suggestMapping, type Mapping } from './headers';
import { validateTable, type ValidateStats, type LoadResult } from './validate';
import { importPointGeoJson } from './geojson';
import { guessCrsFromSource, type Crs } from './crs';
import { fileIssue, ImportError } from './issues';
import type { Bounds } from './coords';

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  layer: PointLayer;
  encoding?: Encoding;
  crs?: Crs;
  mapping?: Mapping;
  fixSwapped?: boolean;
  /** The user states the positions are exact (otherwise rows default to 'approximate'). */
  exactPrecision?: boolean;
  /** District area: points outside are warnings. */
  district?: Bounds;
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
  const guessed = req.crs ? undefined : guessCrsFromSource(`${req.name}\n${text.slice(0, 4096)}`);
  const crs: Crs = req.crs ?? guessed ?? 'WGS84';
  const crsNote = guessed && guessed !== 'WGS84'
    ? [fileIssue(`根据文件内容推测坐标系为 ${guessed}，已转换为 WGS-84；如不正确请手动指定`, `guessed CRS ${guessed} from the file's text and converted to WGS-84; override it if wrong`)]
    : [];
  const encNote = guess.confidence < 0.8 ? [fileIssue(`编码推测为 ${encoding}（把握不大），如出现乱码请手动选择编码`, `encoding guessed as ${encoding} with low confidence; choose it by hand if the text looks garbled`)] : [];
  return { text, guess, encoding, guessed, crs, crsNote, encNote };
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
  const common = { crs, fixSwapped: req.fixSwapped, district: req.district, user: base };
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
  const pre = [...encNote, ...crsNote];
  if (table.headers.length === 0) pre.push(fileIssue('文件为空', 'the file is empty', 'error'));
  else if (total === 0) pre.push(fileIssue('只有表头，没有数据行', 'the file has a header but no data rows'));
  if (table.headers.length === 1 && text.trim() !== '')
    pre.push(fileIssue('只识别出 1 列：分隔符可能不是逗号、制表符或分号', 'only one column found: the delimiter may not be comma, tab or semicolon'));
  const res =
    table.headers.length === 0
      ? { records: [], issues: [], rejected: [], mapping, stats: { rows: 0, accepted: 0, rejected: 0, swapped: 0, outside: 0, generatedIds: 0 } }
      : validateTable<LayerRecordMap[L]>(LAYER_FIELDS[req.layer], table, { ...common, mapping, decimalComma: table.delimiter !== ',' }, (done) =>
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
