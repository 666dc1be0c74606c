// Fuzzy place search over the loaded data: Chinese substring, then pinyin (full or initials,
// via pinyin-match, which handles polyphones in ~19 kB gzip), then characters in order.
// Pure; the panel builds the place list.
import PinyinMatch from 'pinyin-match';

export interface Place {
  key: string;
  name: string;
  /** secondary text, e.g. town or kind */
  detail: string;
  lng: number;
  lat: number;
  /** what the place is: enterprise / station / institution / facility / town */
  kind: string;
  /** English name, also searched */
  nameEn?: string;
}

function inOrder(hay: string, needle: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** Lower score = better; undefined = no match. */
export function placeScore(p: Place, raw: string): number | undefined {
  const q = raw.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return undefined;
  const name = p.name.toLowerCase();
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  if (/^[a-z]+$/.test(q)) {
    const m = PinyinMatch.match(p.name, q);
    if (m) return m[0] === 0 ? 3 : 4;
    if (p.nameEn && p.nameEn.toLowerCase().replace(/\s+/g, '').includes(q)) return 5;
  }
  if (inOrder(name, q)) return 6;
  return undefined;
}

export function searchPlaces(places: readonly Place[], query: string, limit = 8): Place[] {
  const scored: { p: Place; s: number; i: number }[] = [];
  places.forEach((p, i) => {
    const s = placeScore(p, query);
    if (s !== undefined) scored.push({ p, s, i });
  });
  scored.sort((a, b) => a.s - b.s || a.p.name.length - b.p.name.length || a.i - b.i);
  return scored.slice(0, limit).map((x) => x.p);
}
