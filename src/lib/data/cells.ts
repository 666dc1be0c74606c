// One cell + its FieldDef → a typed value or the reason why not (src/lib/data/issues.ts's messages).
import type { FieldDef } from './schema';
import type { IssueMessage } from './issues';
import { halfWidth, parseNumber } from './text';

/** ok with a message: the value is usable, and the message is a warning (a list's unknown items left out). */
export type CellResult = ({ ok: true; value: unknown } & (IssueMessage | { key?: undefined })) | ({ ok: false } & IssueMessage);

function norm(s: string): string {
  return halfWidth(s).trim();
}

/** Split a list cell on ; ； 、 , ， | / outside brackets (计量（校准/检定） is one item) and drop empties and repeats. */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let part = '';
  const push = () => {
    const p = part.trim();
    if (p !== '' && !out.includes(p)) out.push(p);
    part = '';
  };
  for (const ch of halfWidth(cell)) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && /[;,|/]/.test(ch)) push();
    else part += ch;
  }
  push();
  return out;
}

/** The value of the words that name no allowed value (公共卫生间 holds 卫生 but is no health facility). */
const NONE = '_none';

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

/** The allowed value a whole (normalised) cell is, or a word for; undefined otherwise. */
function namedValue(values: readonly string[], n: string, words: Record<string, string>): string | undefined {
  const lower = n.toLowerCase();
  const exact = values.find((x) => x === n || x.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const word = words[n] ?? words[lower];
  return word !== undefined && values.includes(word) ? word : undefined;
}

type Match = { value: string; word?: string; others?: string[] } | { none: string } | undefined;

/**
 * An allowed value for a cell: the value itself or a word for it (`words`); otherwise read from
 * the words inside it — the value names and the `*word*` entries. A Chinese name puts its kind last
 * (体育公园 is a park, 老年活动室 a room for the elderly), so the word that ends last decides, the
 * longer of two ending there (动物医院 over 医院); `word` and `others` say how, for the report.
 */
function matchValue(values: readonly string[], v: string, words: Record<string, string> = {}): Match {
  const n = norm(v);
  const lower = n.toLowerCase();
  const named = namedValue(values, n, words);
  if (named !== undefined) return { value: named };
  const found: { w: string; value: string; end: number }[] = [];
  const look = (w: string, value: string) => {
    const i = lower.lastIndexOf(w);
    // an English word whole (cultural is not in agricultural, market not in marketing), a plural too
    if (w && i >= 0 && !(/[a-z]/.test(w) && /[a-z]/.test((lower[i - 1] ?? '') + lower.slice(i + w.length).replace(/^s/, '').charAt(0))))
      found.push({ w, value, end: i + w.length });
  };
  for (const x of values) look(x.toLowerCase(), x);
  for (const [w, value] of containsWords(words)) if (value === NONE || values.includes(value)) look(w, value);
  if (!found.length) return undefined;
  const end = Math.max(...found.map((f) => f.end));
  const last = found.filter((f) => f.end === end);
  const len = Math.max(...last.map((f) => f.w.length));
  const best = last.filter((f) => f.w.length === len);
  const picked = [...new Set(best.map((f) => f.value))];
  if (picked.length > 1) return undefined; // one word listed under two values: the list's fault, not the cell's
  if (picked[0] === NONE) return { none: best[0].w };
  const value = picked[0];
  const others = [...new Set(found.map((f) => f.value))].filter((x) => x !== value && x !== NONE);
  // 医疗卫生, 养老服务: the value named and nothing else, nothing to say
  if (lower.includes(value.toLowerCase()) && !others.length) return { value };
  return { value, word: best[0].w, others };
}

// the allowed values, named in a message (only then: joining them for every cell slowed imports)
const allowedZh = (def: FieldDef) => (def.values ?? []).join('、');
const allowed = (def: FieldDef, cell: string) => ({ cell, allowed: (def.values ?? []).join(', ') });

/** Convert a non-empty, trimmed cell for a string/number/enum/list field. (lng/lat go through coords.ts.) */
export function convertCell(def: FieldDef, cell: string, decimalComma: boolean, words?: Record<string, string>): CellResult {
  switch (def.type) {
    case 'number': {
      const n = parseNumber(cell, decimalComma);
      return n === undefined ? { ok: false, zh: `无法解析为数字：${cell}`, key: 'notNumber', vars: { cell } } : { ok: true, value: n };
    }
    case 'enum': {
      const m = matchValue(def.values ?? [], cell, words);
      if (m && 'none' in m)
        return { ok: false, zh: `「${cell}」含“${m.none}”，不属于任何可选取值（可选：${allowedZh(def)}）`, key: 'noneOf', vars: { ...allowed(def, cell), word: m.none } };
      if (!m) return { ok: false, zh: `未知取值「${cell}」（可选：${allowedZh(def)}）`, key: 'unknownValue', vars: allowed(def, cell) };
      if (!m.word) return { ok: true, value: m.value };
      // read from a word inside the cell: kept, and the report says how it was read
      return m.others?.length
        ? { ok: true, value: m.value, zh: `「${cell}」含${[m.value, ...m.others].join('、')}的词，按末尾的“${m.word}”读作${m.value}`, key: 'readByLastWord', vars: { cell, values: [m.value, ...m.others].join(' and '), value: m.value, word: m.word } }
        : { ok: true, value: m.value, zh: `「${cell}」含“${m.word}”，按${m.value}读入`, key: 'readAs', vars: { cell, word: m.word, value: m.value } };
    }
    case 'list': {
      // unknown items are left out with a warning; the row is kept while one item is known
      const out: string[] = [];
      const unknown: string[] = [];
      const one = (item: string) => {
        const m = matchValue(def.values ?? [], item, words);
        return m && 'value' in m ? m.value : undefined;
      };
      for (const item of splitList(cell)) {
        // 检测 认证: items apart by spaces only, unless the whole is a value or a word for one (quality diagnosis)
        const whole = namedValue(def.values ?? [], norm(item), words ?? {}) !== undefined;
        const parts = !whole && /\s/.test(item) ? item.trim().split(/\s+/) : [item];
        for (const p of parts) {
          const v = one(p);
          if (v === undefined) unknown.push(p);
          else if (!out.includes(v)) out.push(v);
        }
      }
      if (!unknown.length) return out.length ? { ok: true, value: out } : { ok: false, zh: '为空', key: 'empty' };
      const zh = `未知取值「${unknown.join('、')}」（可选：${allowedZh(def)}）`;
      const vars = allowed(def, unknown.join("', '"));
      return out.length ? { ok: true, value: out, zh: `${zh}，已略去`, key: 'unknownLeftOut', vars } : { ok: false, zh, key: 'unknownValue', vars };
    }
    default:
      return { ok: true, value: cell };
  }
}
