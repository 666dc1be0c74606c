// Pinyin matching for the place search, over a small table of readings instead of a whole pinyin
// dictionary: data/place-pinyin.json lists, for every Han character in the names of the embedded
// data pack, its toneless readings (all polyphones) as pinyin-match knows them
// (scripts/build-pinyin.mjs; docs/decisions/0008-pinyin-table.md).
//
// A query of Latin letters matches a name when consecutive characters of the name consume the
// whole query from left to right, each character by a non-empty prefix of one of its readings:
// the full syllable ("xinzhuang" → 莘庄), its initial ("xz"), or anything in between ("xinz",
// "xinzh", "xzhuang"); a polyphone by any of its readings (莘 xin or shen, 行 xing or hang).
// Latin letters and digits in a name consume themselves, whitespace inside a match is skipped.
// This accepts every match pinyin-match accepts (full syllables with a partial last one, or all
// initials) and a few more mixes, such as an initial followed by a full syllable ("xzhuang").
// The result is the range of name indices matched, like pinyin-match's `match`: the leftmost start
// and, from it, the shortest match.
//
// Names a planner imported may hold characters outside the table: then the panel also loads the
// whole dictionary (data/pinyin-dictionary.json, ~6,800 characters, 18 kB gzip, data not code)
// once and merges it in (hasUnknownHan, dictionaryTable, mergeTables). A character pinyin-match
// does not know (e.g. 塚) cannot be matched by pinyin; typing the Chinese still finds every name
// (substring search in place-search.ts). Pure: no DOM.

/** Han character → its toneless readings in lower-case a–z (ü written v, as pinyin-match does). */
export type PinyinTable = ReadonlyMap<string, readonly string[]>;

/**
 * The table from the `readings` object of data/place-pinyin.json; characters listed as unknown
 * (not in the dictionary either) are kept with no reading, so they never ask for the dictionary.
 */
export function pinyinTable(
  readings: Readonly<Record<string, readonly string[]>>,
  unknown: readonly string[] = [],
): PinyinTable {
  const table = new Map<string, readonly string[]>(Object.entries(readings));
  for (const ch of unknown) if (!table.has(ch)) table.set(ch, []);
  return table;
}

/** The table from data/pinyin-dictionary.json's `syllables` (syllable → its characters). */
export function dictionaryTable(syllables: Readonly<Record<string, string>>): PinyinTable {
  const byChar = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(syllables)) {
    for (const ch of chars) {
      const list = byChar.get(ch);
      if (!list) byChar.set(ch, [syllable]);
      else if (!list.includes(syllable)) list.push(syllable);
    }
  }
  return byChar;
}

/** Both tables in one; `first` wins where both know a character. */
export function mergeTables(first: PinyinTable, second: PinyinTable): PinyinTable {
  const out = new Map(second);
  for (const [ch, r] of first) out.set(ch, r);
  return out;
}

const HAN = /\p{Script=Han}/u;

/** Whether some name has a Han character the table does not know (then load the dictionary). */
export function hasUnknownHan(names: Iterable<string>, table: PinyinTable): boolean {
  for (const name of names) for (const ch of name) if (HAN.test(ch) && !table.has(ch)) return true;
  return false;
}

const SKIP = null;
const ALNUM = /^[a-z0-9]$/;
const SPACE = /^\s$/;

/** What each name position can consume: its readings, SKIP for whitespace, [] for nothing. */
function readingsOf(name: string, table: PinyinTable): (readonly string[] | typeof SKIP)[] {
  const out: (readonly string[] | typeof SKIP)[] = [];
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (SPACE.test(ch)) { out.push(SKIP); continue; }
    const lower = ch.toLowerCase();
    out.push(table.get(ch) ?? (ALNUM.test(lower) ? [lower] : []));
  }
  return out;
}

/** Length of the common prefix of `reading` and `query` from `at`. */
function common(reading: string, query: string, at: number): number {
  let n = 0;
  while (n < reading.length && at + n < query.length && reading[n] === query[at + n]) n++;
  return n;
}

/**
 * Where `query` (Latin letters; case and spaces ignored) matches `name` by pinyin:
 * [first, last] index of the matched characters, or null.
 */
export function pinyinMatch(name: string, query: string, table: PinyinTable): [number, number] | null {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (!q || !name) return null;
  const reads = readingsOf(name, table);
  const n = name.length;
  const m = q.length;
  // last[i * m + j]: index of the last character of the shortest match of q[j..] starting at
  // name position i; -1 none; undefined not computed yet.
  const last = new Array<number | undefined>(n * m);
  const from = (i: number, j: number): number => {
    if (i >= n) return -1;
    const key = i * m + j;
    const known = last[key];
    if (known !== undefined) return known;
    const r = reads[i];
    let best = -1;
    if (r === SKIP) best = from(i + 1, j);
    else {
      for (const reading of r) {
        const len = common(reading, q, j);
        if (len === 0) continue;
        if (j + len === m) { best = i; break; }
        for (let k = len; k >= 1; k--) {
          const end = from(i + 1, j + k);
          if (end >= 0 && (best < 0 || end < best)) best = end;
        }
      }
    }
    last[key] = best;
    return best;
  };
  for (let start = 0; start < n; start++) {
    if (reads[start] === SKIP) continue;
    const end = from(start, 0);
    if (end >= 0) return [start, end];
  }
  return null;
}
