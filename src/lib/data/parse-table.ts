// Delimited text → header + rows of cells, with the 1-based file line of every row.
// PapaParse does the quoting rules; we only pick the delimiter and track line numbers.
import Papa from 'papaparse';

export type Delimiter = ',' | '\t' | ';' | '|';

/** The columns a GeoJSON point's coordinates become for the validator (named so in its issues). */
export const GEOMETRY_LNG = '几何经度';
export const GEOMETRY_LAT = '几何纬度';
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '|'];

export interface Table {
  headers: string[];
  rows: string[][];
  /** File line (1-based) where each row starts; the header is on `headerLine`. */
  lines: number[];
  headerLine: number;
  delimiter: Delimiter;
  /** Lines above the header with at most one filled cell (a title such as Excel exports write), skipped. */
  titleLines?: number[];
  /** Each row's number in a spreadsheet (records, not lines: a cell with line breaks is one row). */
  sheetRows?: number[];
}

/** Guess the delimiter from the first lines: the one that splits them into the most, most consistent columns. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const res = Papa.parse<string[]>(sample, { delimiter: d, preview: 30, skipEmptyLines: true });
    const rows = res.data;
    if (rows.length === 0) continue;
    const width = rows[0].length;
    if (width < 2) continue;
    const consistent = rows.filter((r) => r.length === width).length / rows.length;
    const score = consistent * 1000 + Math.min(width, 999);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function isBlank(row: string[]): boolean {
  return row.every((c) => c.trim() === '');
}

const filled = (row: string[]) => row.filter((c) => c.trim() !== '').length;

/** Header cells as column names: a blank one becomes "#n" (its column number), a repeated one "name (2)". */
export function columnNames(row: string[]): string[] {
  const seen = new Set<string>();
  return row.map((h, i) => {
    let name = h.trim() || `#${i + 1}`;
    for (let k = 2; seen.has(name); k++) name = `${h.trim() || `#${i + 1}`} (${k})`;
    seen.add(name);
    return name;
  });
}

/** Parse text (already decoded, BOM optional) into a table. Blank lines are skipped but counted. */
export function parseTable(text: string, delimiter?: Delimiter): Table {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter ?? detectDelimiter(src);
  // The first line ending decides (as in PapaParse); cells are trimmed later, so a stray CR is harmless.
  const firstEnd = src.search(/[\r\n]/);
  const newline = firstEnd < 0 || src[firstEnd] === '\n' ? '\n' : src[firstEnd + 1] === '\n' ? '\r\n' : '\r';
  const nlChar = newline === '\r' ? 13 : 10;
  let headers: string[] | undefined;
  let headRow: string[] = [];
  let headerLine = 0;
  const rows: string[][] = [];
  const lines: number[] = [];
  // rows with at most one filled cell before the first wider one: titles, unless no row is wider
  const leading: { row: string[]; line: number; n: number }[] = [];
  // a sparse row before the header (基本信息,,,空间位置,,: the upper line of a two-line header): a
  // title if the next row is fuller, else the header itself
  let group: { row: string[]; line: number; n: number } | null = null;
  const header = (h: { row: string[]; line: number }) => {
    headRow = h.row;
    headers = columnNames(h.row);
    headerLine = h.line;
  };
  const sheetRows: number[] = [];
  let record = 0;
  let prevCursor = 0;
  let line = 1;
  Papa.parse<string[]>(src, {
    delimiter: d,
    newline: newline as '\r\n',
    skipEmptyLines: false,
    step: (res) => {
      const row = res.data;
      const start = prevCursor;
      const end = res.meta.cursor;
      const rowLine = line;
      for (let i = start; i < end; i++) if (src.charCodeAt(i) === nlChar) line++;
      prevCursor = end;
      record++;
      if (isBlank(row)) return;
      if (headers) {
        rows.push(row);
        lines.push(rowLine);
        sheetRows.push(record);
      } else if (filled(row) <= 1 && leading.length < 5) {
        leading.push({ row, line: rowLine, n: record });
      } else if (!group && filled(row) * 2 < row.length && leading.length < 5) {
        group = { row, line: rowLine, n: record };
      } else if (group && filled(row) <= filled(group.row)) {
        header(group);
        rows.push(row);
        lines.push(rowLine);
        sheetRows.push(record);
      } else {
        if (group) leading.push(group);
        header({ row, line: rowLine });
      }
    },
  });
  if (!headers && group) header(group);
  if (!headers && leading.length > 0) {
    // no wider row: a one-column file, whose first row is its header
    const [head, ...rest] = leading.splice(0);
    headers = columnNames(head.row);
    headerLine = head.line;
    rows.unshift(...rest.map((r) => r.row));
    lines.unshift(...rest.map((r) => r.line));
    sheetRows.unshift(...rest.map((r) => r.n));
  }
  // a column with neither a header nor a value (Excel writes trailing ones) carries nothing: dropped,
  // so the report does not list it as a column left out (review 6, L5)
  const empty = headRow.flatMap((h, i) => (h.trim() === '' && rows.every((r) => !r[i]?.trim()) ? [i] : []));
  if (headers && empty.length) {
    const keep = (r: string[]) => r.filter((_, i) => !empty.includes(i));
    headers = keep(headers);
    for (let k = 0; k < rows.length; k++) rows[k] = keep(rows[k]);
  }
  return { headers: headers ?? [], rows, lines, headerLine, delimiter: d, titleLines: leading.map((r) => r.line), sheetRows };
}
