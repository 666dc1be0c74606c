// Row-level problems found while importing a file, with bilingual (Chinese / English) reasons.

export type Severity = 'error' | 'warning';

export interface RowIssue {
  /** 1-based line number in the file (the header is line 1); 0 = the whole file. For GeoJSON: feature index + 1. */
  line: number;
  /** The column (header name as written in the file) the issue is about. */
  column?: string;
  /** "中文说明 / English explanation" (both: the downloadable issue list and the tests read this). */
  reason: string;
  /** The same in one language, for the report on screen (absent in entries saved by older versions). */
  zh?: string;
  en?: string;
  severity: Severity;
}

/** An issue's explanation in the UI language. */
export function issueText(i: RowIssue, locale: 'zh' | 'en'): string {
  return (locale === 'en' ? i.en : i.zh) ?? i.reason;
}

/** The only error type the import pipeline throws (e.g. a binary file, an unknown encoding). */
export class ImportError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'ImportError';
  }
}

/** How a row is named in messages: a CSV line or a GeoJSON feature. */
export type RowKind = 'line' | 'feature';

/** `row`: the spreadsheet row, named too when it differs from the file line (a cell above holds line breaks). */
export function where(kind: RowKind, n: number, row = n): { zh: string; en: string } {
  if (n === 0) return { zh: '文件', en: 'file' };
  if (kind === 'feature') return { zh: `第 ${n} 个要素`, en: `feature ${n}` };
  return row === n ? { zh: `第 ${n} 行`, en: `line ${n}` } : { zh: `第 ${n} 行（Excel 第 ${row} 行）`, en: `line ${n} (Excel row ${row})` };
}

export function makeIssue(
  kind: RowKind,
  line: number,
  column: { header: string; key: string } | undefined,
  zh: string,
  en: string,
  severity: Severity = 'error',
  row?: number,
): RowIssue {
  const w = where(kind, line, row);
  const zhCol = column ? `「${column.header}」` : '';
  const enCol = column ? `, column '${column.header}'` : '';
  const zhText = `${w.zh}${zhCol}${zh}`;
  const enText = `${w.en}${enCol}: ${en}`;
  const issue: RowIssue = { line, reason: `${zhText} / ${enText}`, zh: zhText, en: enText, severity };
  if (column) issue.column = column.header;
  return issue;
}

export function fileIssue(zh: string, en: string, severity: Severity = 'warning'): RowIssue {
  return { line: 0, reason: `${zh} / ${en}`, zh, en, severity };
}
