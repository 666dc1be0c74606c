// Delimited text → header + rows of cells, with the 1-based file line of every row.
// PapaParse does the quoting rules; we only pick the delimiter and track line numbers.
import Papa from 'papaparse';

export type Delimiter = ',' | '\t' | ';' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '|'];

export interface Table {
  headers: string[];
  rows: string[][];
  /** File line (1-based) where each row starts; the header is on `headerLine`. */
  lines: number[];
  headerLine: number;
  delimiter: Delimiter;
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

/** Parse text (already decoded, BOM optional) into a table. Blank lines are skipped but counted. */
export function parseTable(text: string, delimiter?: Delimiter): Table {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter ?? detectDelimiter(src);
  // The first line ending decides (as in PapaParse); cells are trimmed later, so a stray CR is harmless.
  const firstEnd = src.search(/[\r\n]/);
  const newline = firstEnd < 0 || src[firstEnd] === '\n' ? '\n' : src[firstEnd + 1] === '\n' ? '\r\n' : '\r';
  const nlChar = newline === '\r' ? 13 : 10;
  let headers: string[] | undefined;
  let headerLine = 0;
  const rows: string[][] = [];
  const lines: number[] = [];
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
      if (isBlank(row)) return;
      if (!headers) {
        headers = row.map((h) => h.trim());
        headerLine = rowLine;
      } else {
        rows.push(row);
        lines.push(rowLine);
      }
    },
  });
  return { headers: headers ?? [], rows, lines, headerLine, delimiter: d };
}
