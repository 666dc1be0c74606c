// Small text normalisers shared by header matching, number and coordinate parsing.

/** Full-width → half-width (NFKC), ideographic punctuation that NFKC keeps → ASCII. */
export function halfWidth(s: string): string {
  return s.normalize('NFKC').replace(/[。．]/g, '.').replace(/[，、]/g, ',').replace(/[−–—]/g, '-');
}

/** Key used to compare header names: NFKC, lower case, no whitespace/underscores/units in brackets. */
export function headerKey(s: string): string {
  return halfWidth(s)
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/[\s_\-./]/g, '');
}

const FORMULA_START = /^'+[=+\-@\t\r]/;

/**
 * Undo our own export's formula neutralisation: a cell written as `'` + X where X starts with
 * one of = + - @ TAB CR (possibly after further quotes) gets exactly one leading quote removed.
 * Export adds exactly one quote in exactly those cases (see export.ts), so the pair is a bijection.
 */
export function unneutralise(cell: string): string {
  return FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/**
 * Parse a plain number: full-width digits, decimal comma when there is no dot and one comma, and
 * 万 or 亿 after it (27.5万 = 275000, as statistics tables write population).
 */
export function parseNumber(cell: string, decimalComma: boolean): number | undefined {
  let s = halfWidth(cell).replace(/\s+/g, '');
  const unit = /[万亿]$/.test(s) ? (s.endsWith('万') ? 1e4 : 1e8) : 1;
  if (unit > 1) s = s.slice(0, -1);
  if (s === '') return undefined;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && !decimalComma) s = s.replace(/,/g, '');
  else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s) * unit;
  return !Number.isFinite(n) ? undefined : unit > 1 ? Number(n.toPrecision(15)) : n;
}

/** A message with {name} placeholders filled in (an unknown name becomes empty): the UI's and the import issues' English. */
export function fmt(text: string, vars: Record<string, string | number | undefined>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** What went wrong, as text: an Error's message, anything else as it prints. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
