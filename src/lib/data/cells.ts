// One cell + its FieldDef → a typed value or a bilingual reason why not.
import type { FieldDef } from './schema';
import { halfWidth, parseNumber } from './text';

/** ok with zh/en: the value is usable, and the message is a warning (a list's unknown items left out). */
export type CellResult = { ok: true; value: unknown; zh?: string; en?: string } | { ok: false; zh: string; en: string };

function norm(s: string): string {
  return halfWidth(s).trim();
}

/** Split a list cell on ; ； 、 , ， | / and drop empties and repeats. */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  for (const part of halfWidth(cell).split(/[;,|/]/)) {
    const p = part.trim();
    if (p !== '' && !out.includes(p)) out.push(p);
  }
  return out;
}

/** The `*word*` entries of a word map (a cell containing the word), found once per map. */
const containsCache = new WeakMap<Record<string, string>, [string, string][]>();
function containsWords(words: Record<string, string>): [string, string][] {
  let list = containsCache.get(words);
  if (!list) {
    list = Object.entries(words)
      .filter(([w]) => w.length > 2 && w.startsWith('*') && w.endsWith('*'))
      .map(([w, value]) => [w.slice(1, -1).toLowerCase(), value]);
    containsCache.set(words, list);
  }
  return list;
}

/**
 * An allowed value for a cell: the value itself, a word for it (`words`), the one value the cell
 * starts with (医疗卫生 → 医疗), or, `inferred`, the one value whose `*word*` the cell contains
 * (老年活动室 → 养老 by *老年*); undefined when none or more than one value fits.
 */
function matchValue(values: readonly string[], v: string, words: Record<string, string> = {}): { value: string; inferred?: string } | undefined {
  const n = norm(v);
  const lower = n.toLowerCase();
  const exact = values.find((x) => x === n || x.toLowerCase() === lower);
  if (exact !== undefined) return { value: exact };
  const word = words[n] ?? words[lower];
  if (word !== undefined && values.includes(word)) return { value: word };
  const starts = values.filter((x) => n.startsWith(x));
  if (starts.length === 1 && n.length > 1) return { value: starts[0] };
  const hits = containsWords(words).filter(([w, value]) => lower.includes(w) && values.includes(value));
  const found = [...new Set(hits.map(([, value]) => value))];
  return found.length === 1 ? { value: found[0], inferred: hits.find(([, value]) => value === found[0])![0] } : undefined;
}

/** Convert a non-empty, trimmed cell for a string/number/enum/list field. (lng/lat go through coords.ts.) */
export function convertCell(def: FieldDef, cell: string, decimalComma: boolean, words?: Record<string, string>): CellResult {
  switch (def.type) {
    case 'number': {
      const n = parseNumber(cell, decimalComma);
      return n === undefined ? { ok: false, zh: `无法解析为数字：${cell}`, en: `cannot parse '${cell}' as a number` } : { ok: true, value: n };
    }
    case 'enum': {
      const v = matchValue(def.values ?? [], cell, words);
      if (v === undefined) return { ok: false, zh: `未知取值「${cell}」（可选：${(def.values ?? []).join('、')}）`, en: `unknown value '${cell}' (allowed: ${(def.values ?? []).join(', ')})` };
      // read from a word inside the cell: kept, and the report says how it was read
      return v.inferred
        ? { ok: true, value: v.value, zh: `「${cell}」含“${v.inferred}”，按${v.value}读入`, en: `'${cell}' contains '${v.inferred}', read as ${v.value}` }
        : { ok: true, value: v.value };
    }
    case 'list': {
      // unknown items are left out with a warning; the row is kept while one item is known
      const out: string[] = [];
      const unknown: string[] = [];
      for (const item of splitList(cell)) {
        const v = matchValue(def.values ?? [], item, words)?.value;
        if (v === undefined) unknown.push(item);
        else if (!out.includes(v)) out.push(v);
      }
      if (!unknown.length) return out.length ? { ok: true, value: out } : { ok: false, zh: '为空', en: 'is empty' };
      const zh = `未知取值「${unknown.join('、')}」（可选：${(def.values ?? []).join('、')}）`;
      const en = `unknown value '${unknown.join("', '")}' (allowed: ${(def.values ?? []).join(', ')})`;
      return out.length ? { ok: true, value: out, zh: `${zh}，已略去`, en: `${en}, left out` } : { ok: false, zh, en };
    }
    default:
      return { ok: true, value: cell };
  }
}
