// Row-level problems found while importing a file. Each carries its Chinese, whole, and its English
// as a key of ui-en.json's section `issues` with the values to fill in: the English is fetched with
// the UI's English (src/lib/io/ui-en.ts), for the report in English and for the bilingual lists a
// planner downloads, so the JavaScript carries none of it (docs/decisions/0013-issue-english.md).
import type UI_EN from '../i18n/ui-en.json';
import { fmt } from './text';

export type Severity = 'error' | 'warning';

/** A template of ui-en.json's section `issues` (a type only: the file is never bundled). */
export type IssueKey = keyof (typeof UI_EN)['issues'];
export type IssueVars = Record<string, string | number | undefined>;

/** The English templates, once fetched (`issueTemplates()` in src/lib/i18n/catalog.ts); empty before. */
export type IssueTemplates = Partial<Record<string, string>>;

/** A message: its Chinese, and its English as a template and the values for its {placeholders}. */
export interface IssueMessage {
  zh: string;
  key: IssueKey;
  vars?: IssueVars;
}

export interface RowIssue extends Partial<IssueMessage> {
  /** 1-based line number in the file (the header is line 1); 0 = the whole file. For GeoJSON: feature index + 1. */
  line: number;
  /** The column (header name as written in the file) the issue is about. */
  column?: string;
  severity: Severity;
  /** A row's or feature's issue: the template of where it is, before the message (and `column` when vars.column is set). */
  at?: 'line' | 'row' | 'feature';
  /** Saved by older versions: "中文 / English", and with `zh` the English alone. */
  reason?: string;
  en?: string;
}

/** What an issue's text is made of (a fatal message's too). */
export type IssueText = Omit<RowIssue, 'line' | 'severity'>;

/** An issue's (or a fatal message's) English; '' without the templates (entries of older versions: their own). */
export function issueEnglish(i: IssueText, t: IssueTemplates): string {
  const text = i.key && t[i.key];
  if (!text) return i.en ?? '';
  return fmt(i.at ? `${t[i.at]}${i.vars?.column === undefined ? '' : t.column}: ${text}` : text, i.vars ?? {});
}

/** An issue without where it is (第 5 行「权重」, line 5, column '权重'), for one that stands for many lines (groupIssues). */
export function placeless(i: IssueText): IssueText {
  const zh = i.zh?.replace(/^第 \d+ (行(（Excel 第 \d+ 行）)?|个要素)/, '');
  return { ...i, at: undefined, zh: i.column && zh?.startsWith(`「${i.column}」`) ? zh.slice(i.column.length + 2) : zh };
}

/** A file's problems as the import report and 数据说明 count them: refused rows ✖, warnings ⚠. */
export function issueTally(issues: readonly Pick<RowIssue, 'severity'>[]): string {
  const n = issues.filter((i) => i.severity === 'error').length;
  return `${n} ✖ · ${issues.length - n} ⚠`;
}

/** An issue's explanation in the UI language (the Chinese should the English be missing). */
export function issueText(i: IssueText, locale: 'zh' | 'en', t: IssueTemplates): string {
  return (locale === 'en' && issueEnglish(i, t)) || i.zh || i.reason || '';
}

/** "中文 / English", as the downloadable lists give an issue (the Chinese alone if the English did not load). */
export function issueReason(i: IssueText, t: IssueTemplates): string {
  const en = issueEnglish(i, t);
  return i.reason ?? (en ? `${i.zh} / ${en}` : (i.zh ?? ''));
}

/** The only error type the import pipeline throws (e.g. a binary file, an unknown encoding). */
export class ImportError extends Error implements IssueMessage {
  constructor(
    readonly zh: string,
    readonly key: IssueKey,
    readonly vars?: IssueVars,
  ) {
    super(zh);
    this.name = 'ImportError';
  }
}

/** How a row is named in messages: a CSV line or a GeoJSON feature. */
export type RowKind = 'line' | 'feature';

/**
 * An issue of line (or feature) `line`; `row`: the spreadsheet row, named too when it differs
 * from the file line (a cell above holds line breaks).
 */
export function makeIssue(
  kind: RowKind,
  line: number,
  column: { header: string; key: string } | undefined,
  zh: string,
  key: IssueKey,
  vars: IssueVars = {},
  severity: Severity = 'error',
  row = line,
): RowIssue {
  const place = kind === 'feature' ? `第 ${line} 个要素` : `第 ${line} 行${row === line ? '' : `（Excel 第 ${row} 行）`}`;
  const header = column?.header;
  return {
    line,
    column: header,
    zh: `${place}${column ? `「${header}」` : ''}${zh}`,
    key,
    vars: { ...vars, line, row, column: header },
    at: kind === 'feature' ? 'feature' : row === line ? 'line' : 'row',
    severity,
  };
}

export function fileIssue(zh: string, key: IssueKey, vars?: IssueVars, severity: Severity = 'warning'): RowIssue {
  return { line: 0, zh, key, vars, severity };
}

/** Two issues' values alike but for the line and row, key for key in the same order (so groupIssues' JSON of them is one). */
function sameValues(a: IssueVars = {}, b: IssueVars = {}): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((x, n) => x === kb[n] && (x === 'line' || x === 'row' || a[x] === b[x]));
}

/**
 * The same issue on many rows as one entry (severity, template, column and values alike: only the
 * line differs): the first, its lines as runs ('2–40', '45') and how many lines; a file's notes
 * (line 0) stay one each. 1,000 rows with 权重 written 高 are one entry, not 1,000; 卫生站 read as
 * 医疗 and 老年人活动点 read as 养老 stay two, each to be checked.
 */
export function groupIssues(issues: readonly RowIssue[]): [RowIssue, string[], number][] {
  const m = new Map<unknown, [RowIssue, number[][]]>();
  // each template's last issue and its entry: the next with the same values but line and row (most
  // often the next row's) joins it without writing its values as JSON (100,000 warnings: ~0.4 s → ~0.1 s, npm run bench)
  const last = new Map<unknown, [RowIssue, [RowIssue, number[][]]]>();
  issues.forEach((i, k) => {
    const p = i.line ? last.get(i.key) : undefined;
    let g = p && p[0].severity === i.severity && sameValues(p[0].vars, i.vars) ? p[1] : undefined;
    if (!g) {
      const id = i.line ? JSON.stringify([i.severity, i.key, { ...i.vars, line: 0, row: 0 }]) : k;
      g = m.get(id) ?? m.set(id, [i, []]).get(id)!;
    }
    if (i.line) last.set(i.key, [i, g]);
    const r = g[1].at(-1);
    // (a kind's lines come in order; one line twice, as near two earlier rows, is named once)
    if (r && i.line - r[1] < 2) r[1] = i.line;
    else g[1].push([i.line, i.line]);
  });
  return [...m.values()].map(([i, runs]) => [i, runs.map(([a, b]) => (a < b ? `${a}–${b}` : `${a}`)), runs.reduce((n, [a, b]) => n + b - a + 1, 0)]);
}
