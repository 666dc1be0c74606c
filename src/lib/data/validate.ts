// Rows of cells → typed records (WGS-84), with row-level issues. One validator for every table
// and for both the embedded data pack and a planner's own file.
import { fieldLabel, type FieldDef } from './schema';
import type { Table } from './parse-table';
import type { Mapping } from './headers';
import { suggestFieldMapping } from './headers';
import { makeIssue, fileIssue, type IssueKey, type IssueVars, type RowIssue, type RowKind } from './issues';
import { unneutralise } from './text';
import { convertCell } from './cells';
import { parseCoordinate, inRange, looksProjected, looksSwapped, insideBounds, boundsBox, nearArea, NEAR_KM, type Bounds } from './coords';
import { toWgs84, type Crs } from './crs';
import { NUMBER_DEFAULTS, STRING_LIST_KEYS } from './table-fields';
import { nearDuplicates } from './duplicates';
import { likeNames, townEn, townLike, townMatcher, type OfficialTown } from './population';

/** How far outside its (approximate) town area a point may lie before its 街镇 is questioned. */
const TOWN_SLACK_KM = 2;

export interface LoadResult<T> {
  records: T[];
  issues: RowIssue[];
  rejected: { line: number; raw: Record<string, string> }[];
}

export interface ValidateOptions {
  mapping?: Mapping;
  crs?: Crs;
  fixSwapped?: boolean;
  /** Points outside it are reported as warnings (WGS-84). */
  district?: Bounds;
  /** Set for a user's file: empty `source` defaults to the file name, empty `id` to name#line. */
  user?: { fileName: string; exactPrecision?: boolean };
  /** Decimal comma in number cells (semicolon / tab files). */
  decimalComma?: boolean;
  kind?: RowKind;
  /** Words for allowed values that a planner's file may use (data/value-words.json). */
  words?: Record<string, string>;
  /** The district's towns: a row's 街镇 written as an alias or code (浦江) becomes the official name; another is warned about. */
  officialTowns?: readonly OfficialTown[];
  /**
   * A spreadsheet's merged cells (类别 written once for a block of rows) leave the rows below the
   * first with an empty required cell. Only a value from a list (类别, 状态, 服务) is taken for
   * such a cell, never a name or an id. 'ask': such rows are refused and counted in one note with a
   * button; 'fill': the cell takes the value above it, said on each row. Unset: not looked for.
   */
  fillDown?: 'ask' | 'fill';
}

export interface ValidateStats {
  /** Every data row; those neither accepted nor rejected were left out (a repeated row, a totals line), each said. */
  rows: number;
  accepted: number;
  rejected: number;
  swapped: number;
  outside: number;
  generatedIds: number;
  /** Rows whose empty required cell took the value above it (fillDown 'fill'). */
  filled?: number;
}

export interface Validated<T> extends LoadResult<T> {
  mapping: Mapping;
  stats: ValidateStats;
}

/** The first cell of a spreadsheet's totals line. */
export const TOTALS = /^(合计|总计|小计|共计|total|sum|subtotal)[:：]?$/i;

export function validateTable<T>(defs: readonly FieldDef[], table: Table, opts: ValidateOptions = {}, onRow?: (done: number) => void): Validated<T> {
  const kind = opts.kind ?? 'line';
  const mapping = opts.mapping ?? suggestFieldMapping(defs, table.headers);
  const issues: RowIssue[] = [];
  const records: T[] = [];
  const lines: number[] = [];
  const rejected: LoadResult<T>['rejected'] = [];
  const stats: ValidateStats = { rows: table.rows.length, accepted: 0, rejected: 0, swapped: 0, outside: 0, generatedIds: 0 };
  const col = defs.map((d) => (mapping[d.key] === undefined ? -1 : table.headers.indexOf(mapping[d.key])));
  const user = opts.user;
  const box = opts.district && boundsBox(opts.district);
  const raw = (row: string[]) => Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? '']));

  const missing = defs.filter((d, i) => d.required && col[i] < 0 && !(user && (d.key === 'source' || d.key === 'id')));
  for (const [key, h] of Object.entries(mapping))
    if (!table.headers.includes(h)) issues.push(fileIssue(`映射的列「${h}」不存在`, 'mappedMissing', { header: h, field: key }, 'error'));
  if (missing.length > 0) {
    const names = missing.map((d) => `${fieldLabel(d)}(${d.key})`);
    issues.push(fileIssue(`缺少必填列：${names.join('、')}`, 'requiredMissing', { keys: missing.map((d) => d.key).join(', ') }, 'error'));
    table.rows.forEach((row, i) => rejected.push({ line: table.lines[i], raw: raw(row) }));
    stats.rejected = table.rows.length;
    return { records, issues, rejected, mapping, stats };
  }
  const lngIdx = defs.findIndex((d) => d.type === 'lng');
  const latIdx = defs.findIndex((d) => d.type === 'lat');
  // one column for both (坐标 "121.35,31.03", full-width digits too): longitude first; a
  // latitude-first pair is then caught as swapped, and a bad cell reported once
  const oneColumn = lngIdx >= 0 && col[lngIdx] >= 0 && col[lngIdx] === col[latIdx];
  const crs = opts.crs ?? 'WGS84';
  let projected = 0;
  let swappedSeen = 0;
  const townOf = opts.officialTowns?.length ? townMatcher(opts.officialTowns) : null;
  const areaOf = new Map(opts.officialTowns?.flatMap((t) => (t.area && ('bbox' in t.area || t.area.polygons.length) ? [[t.name, [t.area, boundsBox(t.area)]] as const] : [])));
  const townIdx = defs.findIndex((d) => d.key === 'town');
  const townCell = { header: table.headers[col[townIdx]] ?? 'town', key: 'town' };

  const seen = new Map<string, number>();
  // the last cell written in each field's column, for a merged cell's rows below its first
  const above = defs.map(() => '');
  // required list values (类别, 状态, 服务) are the cells a merge may have left empty; never a name or a position
  const fillable = defs.map((d) => d.required && (d.type === 'enum' || d.type === 'list'));
  const fillFields = new Set<string>();
  let fillSeen = 0;
  let filled = 0;
  // a planner's rows given no precision (no column, an empty cell): shown as approximate, said once (review 27: silently)
  let unsaid = 0;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const line = table.lines[r];
    const sheetRow = table.sheetRows?.[r];
    // a blank row between (sheet rows not consecutive) ends a merged cell's block (code review 17)
    if (sheetRow !== undefined && sheetRow - (table.sheetRows![r - 1] ?? sheetRow - 1) > 1) above.fill('');
    // a spreadsheet's totals line (合计, 8, , ,) without a full position: skipped with one note, as title
    // lines are, not reported once per empty cell
    if (TOTALS.test(row.find((c) => c.trim() !== '')?.trim() ?? '') && lngIdx >= 0 && [col[lngIdx], col[latIdx]].some((c) => !row[c]?.trim())) {
      issues.push(makeIssue(kind, line, undefined, '为合计行，已跳过', 'totalsRow', undefined, 'warning', sheetRow));
      continue;
    }
    // a row the same as an earlier one in every column read (a pasted block twice): imported once,
    // said, and still counted in stats.rows (rows = accepted + rejected + left out, as a planner counts
    // the sheet's rows); with the merged cells filled, as filled (two rows that differ only by the merge are one)
    const key = col.map((c, i) => (opts.fillDown === 'fill' && fillable[i] && above[i] && !unneutralise(row[c] ?? '').trim() ? above[i] : (row[c] ?? ''))).join('\u0001');
    const twin = seen.get(key);
    if (twin !== undefined) {
      issues.push(makeIssue(kind, line, undefined, `与第 ${twin} 行完全相同，已略去`, 'sameRow', { first: twin }, 'warning', sheetRow));
      continue;
    }
    const rec: Record<string, unknown> = {};
    let bad = false;
    const pair = oneColumn ? unneutralise(row[col[lngIdx]] ?? '').trim().normalize('NFKC').split(/\s*[,;、\s]\s*/) : null;
    /** An issue with field `d` (column `i`) on this row; an error rejects the row. */
    const note = (d: FieldDef, i: number, zh: string, key: IssueKey, vars?: IssueVars, severity: 'error' | 'warning' = 'error') => {
      issues.push(makeIssue(kind, line, { header: col[i] >= 0 ? table.headers[col[i]] : d.key, key: d.key }, zh, key, vars, severity, sheetRow));
      if (severity === 'error') bad = true;
    };
    const err = (d: FieldDef, i: number, zh: string, key: IssueKey, vars?: IssueVars) => note(d, i, zh, key, vars);
    let fillRow = false;
    let fillDone = false;
    let approx = false;
    for (let i = 0; i < defs.length; i++) {
      const d = defs[i];
      let cell = col[i] >= 0 ? unneutralise(row[col[i]] ?? '').trim() : '';
      const from = d.orFrom && cell === '' ? unneutralise(row[col[defs.findIndex((x) => x.key === d.orFrom)]] ?? '').trim() : '';
      if (cell !== '') above[i] = cell;
      // an empty 类别 read from the row's 设施类型, as when the file has no 类别 (review 19); under a
      // written 类别 (merged cells?) only when the type names a category (review 22: a library read as
      // the 养老 above it)
      else if (from && (!above[i] || convertCell(d, from, false, opts.words).ok)) cell = from;
      else if (opts.fillDown && fillable[i] && above[i]) {
        if (opts.fillDown === 'ask') {
          fillRow = true;
          fillFields.add(table.headers[col[i]]);
        } else {
          cell = above[i];
          fillDone = true;
          note(d, i, `为空，沿用上方的「${cell}」（合并单元格）`, 'filledDown', { cell }, 'warning');
        }
      }
      if (d.type === 'lng' || d.type === 'lat') {
        const c = parseCoordinate(pair?.length === 2 ? pair[i === lngIdx ? 0 : 1] : cell);
        if (c.ok) rec[d.key] = c.value;
        else if (pair && i === latIdx && bad) continue;
        else err(d, i, cell === '' ? '为空' : `无法解析：${cell}`, cell === '' ? 'empty' : 'unparsable', { cell });
        continue;
      }
      if (cell !== '') {
        const v = convertCell(d, cell, opts.decimalComma ?? false, opts.words);
        if (v.ok) {
          rec[d.key] = STRING_LIST_KEYS.has(d.key) && Array.isArray(v.value) ? v.value.join(';') : v.value;
          if (v.key) note(d, i, v.zh, v.key, v.vars, 'warning');
          // kept as written, but 驿站选址 counts a firm's weight of 0 or less as 1: said (review 24: silently)
          else if (d.key === 'weight' && (v.value as number) <= 0) note(d, i, '应大于 0，驿站选址中按 1 计', 'weightNotPositive', undefined, 'warning');
          continue;
        }
        // (a list leaves out its unknown items itself; one with none it knows most often means a wrong column)
        if (d.required || d.type === 'list') {
          err(d, i, v.zh, v.key, v.vars);
          continue;
        }
        // an optional number or word it cannot read (权重 written 高) loses its value, not the row: said, then as if empty
        note(d, i, `${v.zh}，已略去`, v.key === 'notNumber' ? 'notNumberLeftOut' : 'unknownLeftOut', v.vars, 'warning');
      }
      if (d.key === 'source' && user) rec.source = user.fileName;
      else if (d.key === 'id' && user) {
        rec.id = `${user.fileName}#${line}`;
      } else if (d.key === 'precision') {
        rec.precision = user?.exactPrecision ? 'exact' : 'approximate';
        approx = !!user && !user.exactPrecision;
      }
      else if (d.required) err(d, i, '为空（必填）', 'emptyRequired');
      else rec[d.key] = d.type === 'number' ? (NUMBER_DEFAULTS[d.key] ?? 0) : d.type === 'list' ? [] : '';
      if (d.type === 'list' && STRING_LIST_KEYS.has(d.key) && !bad) rec[d.key] = '';
    }
    let outside = false;
    if (!bad && lngIdx >= 0 && latIdx >= 0) {
      let lng = rec.lng as number;
      let lat = rec.lat as number;
      if (looksSwapped(lng, lat)) {
        swappedSeen++;
        if (opts.fixSwapped) {
          [lng, lat] = [lat, lng];
          stats.swapped++;
        }
      }
      const outOfRange = !inRange('lng', lng) || !inRange('lat', lat);
      if (outOfRange) {
        if (looksProjected(lng) || looksProjected(lat)) projected++;
        const d = inRange('lng', lng) ? defs[latIdx] : defs[lngIdx];
        const i = d === defs[latIdx] ? latIdx : lngIdx;
        const value = d.type === 'lat' ? lat : lng;
        err(d, i, `超出经纬度范围：${value}`, 'outOfRange', { value });
      } else {
        // the point as the file gives it (after any swap the import made), to be found there (review 24: the converted one was not)
        const point = `(${lng.toFixed(5)}, ${lat.toFixed(5)})`;
        [lng, lat] = toWgs84(lng, lat, crs);
        rec.lng = lng;
        rec.lat = lat;
        if (opts.district && box && !insideBounds(opts.district, lng, lat)) {
          // within reach of a 15-minute trip across the boundary: kept; farther: a wrong coordinate
          if (!nearArea(opts.district, lng, lat, NEAR_KM, box)) err(defs[lngIdx], lngIdx, `位置 ${point} 离闵行区超过 ${NEAR_KM} km，多半是坐标有误`, 'farAway', { point, km: NEAR_KM });
          else {
            stats.outside++;
            outside = true;
            issues.push(makeIssue(kind, line, undefined, `位置 ${point} 在区界之外（${NEAR_KM} km 以内，保留）`, 'outside', { point, km: NEAR_KM }, 'warning', sheetRow));
          }
        }
      }
    }
    if (!bad && townOf && typeof rec.town === 'string' && rec.town !== '') {
      const official = townOf(rec.town);
      const [area, areaBox] = (official && areaOf.get(official)) || [];
      if (official) rec.town = official;
      // a 街镇 far from where the point lies (a copied row, a wrong town): said, as both stay as given
      // (the town areas are approximate, so only beyond TOWN_SLACK_KM; review 12 M3)
      if (area && typeof rec.lng === 'number' && !insideBounds(area, rec.lng, rec.lat as number) && !nearArea(area, rec.lng, rec.lat as number, TOWN_SLACK_KM, areaBox))
        issues.push(makeIssue(kind, line, townCell, `写的是${official}，但位置离该镇近似范围超过 ${TOWN_SLACK_KM} km，请核对街镇或坐标`, 'townFar', { town: townEn(opts.officialTowns, official!), km: TOWN_SLACK_KM }, 'warning', sheetRow));
      // a name one character off an official one (梅龙镇) is named with it, not corrected (review 13 L6)
      const like = official ? [] : townLike(opts.officialTowns!, rec.town as string);
      // outside the district no town area holds the point: the name stays as written, and is said so
      const shown = outside ? '位置在区界外，街镇按所写显示' : '按位置所在街镇显示';
      if (like.length) issues.push(makeIssue(kind, line, townCell, `「${rec.town}」不是闵行区街镇名称（是否为${likeNames(like)}？），${shown}`, outside ? 'townUnknownLikeOutside' : 'townUnknownLike', { town: rec.town as string, like: likeNames(like, true) }, 'warning', sheetRow));
      else if (!official) issues.push(makeIssue(kind, line, townCell, `「${rec.town}」不是闵行区街镇名称，${shown}`, outside ? 'townUnknownOutside' : 'townUnknown', { town: rec.town as string }, 'warning', sheetRow));
    }
    if (fillRow) fillSeen++;
    if (fillDone && !bad) filled++;
    if (bad) {
      rejected.push({ line, raw: raw(row) });
      stats.rejected++;
    } else {
      records.push(rec as T);
      lines.push(line);
      // the rows used that were given a 编号 (review 26: the refused ones were counted too)
      if (user && rec.id === `${user.fileName}#${line}`) stats.generatedIds++;
      if (approx) unsaid++;
      seen.set(key, line);
    }
    if (onRow && (r + 1) % 5000 === 0) onRow(r + 1);
  }
  stats.accepted = records.length;
  if (filled > 0) stats.filled = filled;
  if (fillSeen > 0)
    issues.push(fileIssue(`${fillSeen} 行的${[...fillFields].map((h) => `「${h}」`).join('')}为空而上方有值，像是合并单元格；可点击“沿用上方的值”`, 'fillSuspects', { n: fillSeen, columns: [...fillFields].join(', ') }));
  else if (filled > 0) issues.push(fileIssue(`已为 ${filled} 行沿用上方单元格的值（合并单元格）`, 'filledRows', { n: filled }));
  if (swappedSeen > 0 && !opts.fixSwapped)
    issues.push(fileIssue(`${swappedSeen} 行的经纬度疑似颠倒（纬度约 121、经度约 31）；可点击“交换这些行的经纬度”`, 'swapSuspects', { n: swappedSeen }));
  else if (stats.swapped > 0) issues.push(fileIssue(`已交换 ${stats.swapped} 行的经纬度`, 'swapped', { n: stats.swapped }));
  // the whole file in metres only when most rows say so: a few wild cells are those rows' problem (review 6, L6)
  if (projected * 2 > stats.rows)
    issues.push(fileIssue(`${projected} 行的坐标远超经纬度范围，文件似乎使用投影坐标系（如 EPSG:3857 或高斯-克吕格），请先转换为 WGS-84 经纬度`, 'projectedRows', { n: projected }, 'error'));
  if (stats.generatedIds > 0) issues.push(fileIssue(`${stats.generatedIds} 行没有编号，已按“文件名#行号”生成`, 'idsGenerated', { n: stats.generatedIds }));
  if (unsaid) issues.push(fileIssue(`${unsaid} 行未注明位置精度，按近似显示；可加「位置精度」列：精确、近似、估计、街镇`, 'precisionUnsaid', { n: unsaid }));
  issues.push(...nearDuplicates(records as Record<string, unknown>[], lines, kind));
  return { records, issues, rejected, mapping, stats };
}
