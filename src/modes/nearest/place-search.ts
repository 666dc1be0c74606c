// Fuzzy place search over the loaded data: Chinese substring, then pinyin (full, initials or a
// mix, polyphones; pinyin.ts, over the readings the panel loads — the pack's table, plus the
// whole dictionary when a planner's names need it), then characters in order.
// Pure; the panel builds the place list.
import { pinyinMatch, type PinyinTable } from './pinyin';

export interface Place {
  key: string;
  name: string;
  /** secondary text, e.g. town or kind */
  detail: string;
  lng: number;
  lat: number;
  /** what the place is: enterprise / station / institution / facility / town */
  kind: string;
  /** a facility's type (地铁站, 社区卫生服务中心 …), shown beside its name */
  type?: string;
  /** English name, also searched */
  nameEn?: string;
  /** other names, also searched (a town's 古美路街道 for 古美街道) */
  aliases?: string[];
}

function inOrder(hay: string, needle: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** Lower score = better; undefined = no match. Without a pinyin table (not loaded yet) pinyin
 * matching is skipped. */
export function placeScore(p: Place, raw: string, pinyin: PinyinTable | null = null): number | undefined {
  const q = raw.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return undefined;
  const name = p.name.toLowerCase();
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  if (p.aliases?.some((a) => a.toLowerCase().includes(q))) return 2;
  // the name followed by the place's type, as people write it: 莘庄地铁站 or 莘庄地铁 for 莘庄站 (a 地铁站)
  const type = p.type?.toLowerCase();
  if (type) {
    for (const suffix of new Set([type, type.replace(/站$/, '')])) {
      const head = suffix && q.endsWith(suffix) ? q.slice(0, -suffix.length) : '';
      if (head && name.startsWith(head)) return 2;
    }
  }
  if (/^[a-z]+$/.test(q)) {
    const m = pinyin && [p.name, ...(p.aliases ?? [])].map((n) => pinyinMatch(n, q, pinyin)).find(Boolean);
    if (m) return m[0] === 0 ? 3 : 4;
  }
  const en = p.nameEn?.toLowerCase().replace(/\s+/g, '');
  // (a name needed: "metro" or "station" alone named every station, in no order: review 21)
  const bare = q.replace(/metro|subway|stations?/g, '');
  if (en && /^[a-z'’]+$/.test(q) && bare.length > 1) {
    // "Xinzhuang metro station" for Xinzhuang Station, a 地铁站; "Renji South" for Renji Hospital South Campus
    const words = raw.toLowerCase().split(/\s+/).filter(Boolean);
    if (en.includes(q) || (p.type === '地铁站' && en.includes(bare)) || (words.length > 1 && words.every((w) => en.includes(w)))) return 5;
  }
  if (inOrder(name, q)) return 6;
  return undefined;
}

export function searchPlaces(places: readonly Place[], query: string, pinyin: PinyinTable | null = null, limit = 8): Place[] {
  const scored: { p: Place; s: number; i: number }[] = [];
  places.forEach((p, i) => {
    // the better of the query and the query past a pasted address's 上海市闵行区, which names no place
    // (review 23), but begins names such as 闵行区吴泾医院 (its code review)
    const s = Math.min(...[query, query.replace(/^\s*(上海市)?(闵行区)?/, '')].map((q) => placeScore(p, q, pinyin) ?? 9));
    if (s < 9) scored.push({ p, s, i });
  });
  scored.sort((a, b) => a.s - b.s || a.p.name.length - b.p.name.length || a.i - b.i);
  // a pasted address (上海市闵行区浦江镇江月路1000号) names no place the data has, but its town: that town (the panel says a
  // town is its representative point, approximate), not nothing (review)
  return scored.length ? scored.slice(0, limit).map((x) => x.p) : places.filter((p) => p.kind === 'town' && query.includes(p.name)).slice(0, 1);
}
