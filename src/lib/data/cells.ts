// One cell + its FieldDef → a typed value or a bilingual reason why not.
import type { FieldDef } from './schema';
import { halfWidth, parseNumber } from './text';

export type CellResult = { ok: true; value: unknown } | { ok: false; zh: string; en: string };

const PRECISION_WORDS: Record<string, string> = { 精确: 'exact', 准确: 'exact', 近似: 'approximate', 大致: 'approximate', 街镇: 'town' };

function norm(s: string): string {
  return halfWidth(s).trim();
}

/** Split a list cell on ; ； 、 , ， | and drop empties and repeats. */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  for (const part of halfWidth(cell).split(/[;,|]/)) {
    const p = part.trim();
    if (p !== '' && !out.includes(p)) out.push(p);
  }
  return out;
}

function matchValue(values: readonly string[], v: string): string | undefined {
  const n = norm(v);
  const lower = n.toLowerCase();
  return values.find((x) => x === n || x.toLowerCase() === lower) ?? (values.includes(PRECISION_WORDS[n] ?? '') ? PRECISION_WORDS[n] : undefined);
}

/** Convert a non-empty, trimmed cell for a string/number/enum/list field. (lng/lat go through coords.ts.) */
export function convertCell(def: FieldDef, cell: string, decimalComma: boolean): CellResult {
  switch (def.type) {
    case 'number': {
      const n = parseNumber(cell, decimalComma);
      return n === undefined ? { ok: false, zh: `无法解析为数字：${cell}`, en: `cannot parse '${cell}' as a number` } : { ok: true, value: n };
    }
    case 'enum': {
      const v = matchValue(def.values ?? [], cell);
      return v === undefined
        ? { ok: false, zh: `未知取值「${cell}」（可选：${(def.values ?? []).join('、')}）`, en: `unknown value '${cell}' (allowed: ${(def.values ?? []).join(', ')})` }
        : { ok: true, value: v };
    }
    case 'list': {
      const items = splitList(cell);
      const out: string[] = [];
      for (const item of items) {
        const v = matchValue(def.values ?? [], item);
        if (v === undefined)
          return { ok: false, zh: `未知取值「${item}」（可选：${(def.values ?? []).join('、')}）`, en: `unknown value '${item}' (allowed: ${(def.values ?? []).join(', ')})` };
        if (!out.includes(v)) out.push(v);
      }
      if (out.length === 0) return { ok: false, zh: '为空', en: 'is empty' };
      return { ok: true, value: out };
    }
    default:
      return { ok: true, value: cell };
  }
}
