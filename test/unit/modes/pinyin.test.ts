// The place search's pinyin matcher (src/modes/nearest/pinyin.ts) over the committed readings
// table: known answers, the table covers the pack's names, and properties against pinyin-match
// itself (which the table is built from) and against a naive exhaustive matcher.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import PinyinMatch from 'pinyin-match';
import type { FeatureCollection } from 'geojson';
import { dictionaryTable, hasUnknownHan, mergeTables, pinyinMatch, pinyinTable, type PinyinTable } from '../../../src/modes/nearest/pinyin';
import { parseCrossingsCsv, parseLayerCsv, parseTownsCsv } from '../../../src/lib/data/load';
import placePinyin from '../../../data/place-pinyin.json';
import pinyinDictionary from '../../../data/pinyin-dictionary.json';

const DATA = new URL('../../../data/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DATA), 'utf8');
const table = pinyinTable(placePinyin.readings);
const HAN = /\p{Script=Han}/u;

/** Every name the place search offers for the embedded pack (places.ts), plus crossings and the river. */
const NAMES = [
  ...(['stations', 'institutions', 'enterprises', 'facilities'] as const).flatMap((l) => parseLayerCsv(l, read(`${l}.csv`)).records.map((r) => r.name)),
  ...parseTownsCsv(read('towns.csv')).records.map((r) => r.name),
  ...parseCrossingsCsv(read('crossings.csv')).records.map((r) => r.name),
  ...['town-boundaries.geojson', 'barriers.geojson'].flatMap((f) =>
    (JSON.parse(read(f)) as FeatureCollection).features.map((x) => String(x.properties?.name ?? '')),
  ),
].filter(Boolean);

const pm = (name: string, q: string): [number, number] | null => PinyinMatch.match(name, q) || null;

describe('pinyin matcher: known answers', () => {
  const m = (name: string, q: string) => pinyinMatch(name, q, table);
  it('full syllables, initials and a partial last syllable', () => {
    expect(m('莘庄镇', 'xinzhuang')).toEqual([0, 1]);
    expect(m('莘庄镇', 'xz')).toEqual([0, 1]);
    expect(m('莘庄镇', 'xzz')).toEqual([0, 2]);
    expect(m('莘庄镇', 'xinz')).toEqual([0, 1]);
    expect(m('莘庄镇', 'xinzh')).toEqual([0, 1]);
    expect(m('莘庄镇', 'xinzhuangzhen')).toEqual([0, 2]);
    expect(m('浦江镇', 'pujiangzhen')).toEqual([0, 2]);
    expect(m('浦江镇', 'pjz')).toEqual([0, 2]);
  });
  it('polyphones match by every reading', () => {
    expect(m('莘庄镇', 'shenzhuang')).toEqual([0, 1]);
    expect(m('闵行区', 'minxing')).toEqual([0, 1]);
    expect(m('闵行区', 'minhang')).toEqual([0, 1]);
    expect(m('闵行区', 'mhq')).toEqual([0, 2]);
  });
  it('a match inside the name starts where it starts; case and spaces in the query are ignored', () => {
    expect(m('闵行区莘庄镇', 'xz')).toEqual([3, 4]);
    expect(m('闵行区莘庄镇', 'XinZhuang')).toEqual([3, 4]);
    expect(m('闵行区莘庄镇', 'xin zhuang')).toEqual([3, 4]);
  });
  it('an initial followed by a full syllable also matches (pinyin-match does not)', () => {
    expect(m('莘庄镇', 'xzhuang')).toEqual([0, 1]);
    expect(pm('莘庄镇', 'xzhuang')).toBeNull();
  });
  it('Latin letters in a name match themselves', () => {
    expect(m('ABB电机', 'abbdj')).toEqual([0, 4]);
    expect(m('ABB电机', 'bdianji')).toEqual([2, 4]);
  });
  it('non-matches', () => {
    expect(m('莘庄镇', 'zx')).toBeNull(); // wrong order
    expect(m('莘庄镇', 'xinzhuangx')).toBeNull(); // runs past the name
    expect(m('莘庄镇', 'xzhen')).toBeNull(); // characters must be consecutive
    expect(m('莘庄镇', 'xing')).toBeNull(); // 莘 is xin or shen, and 庄 does not start with g
    expect(m('莘庄镇', '')).toBeNull();
    expect(m('浦江镇', 'zzzz')).toBeNull();
  });
  it('of several matches from the same start, the shortest is returned; whitespace inside a match is skipped', () => {
    const t = pinyinTable({ 先: ['xian'], 西: ['xi'], 安: ['an'] });
    expect(pinyinMatch('先安', 'xian', t)).toEqual([0, 0]);
    expect(pinyinMatch('西安', 'xian', t)).toEqual([0, 1]);
    expect(pinyinMatch('先安安', 'xiana', t)).toEqual([0, 1]); // xian+a, not xi+an+a
    expect(m('莘庄 镇', 'xzz')).toEqual([0, 3]);
    expect(m(' 莘庄', 'xz')).toEqual([1, 2]);
  });
  it('a character missing from the table cannot be matched by pinyin', () => {
    const small: PinyinTable = pinyinTable({ 庄: ['zhuang'] });
    expect(pinyinMatch('莘庄', 'xz', small)).toBeNull();
    expect(pinyinMatch('莘庄', 'zhuang', small)).toEqual([1, 1]);
  });
});

describe('whole dictionary (data/pinyin-dictionary.json) for names outside the pack', () => {
  const dictionary = dictionaryTable(pinyinDictionary.syllables);
  const small = pinyinTable(placePinyin.readings, placePinyin.unknown);

  it('inverts syllable → characters into character → every reading', () => {
    expect(dictionaryTable({ xin: '莘新', shen: '莘深' })).toEqual(
      new Map([
        ['莘', ['xin', 'shen']],
        ['新', ['xin']],
        ['深', ['shen']],
      ]),
    );
    expect([...(dictionary.get('莘') ?? [])].sort()).toEqual(['shen', 'xin']);
    expect(dictionary.size).toBeGreaterThan(6000);
  });

  it('agrees with the pack table on every character both know', () => {
    for (const [ch, readings] of small) {
      if (readings.length) expect([...(dictionary.get(ch) ?? [])].sort(), ch).toEqual([...readings].sort());
    }
  });

  it('is needed only for names with characters the pack table lacks (known-unknown ones excluded)', () => {
    expect(hasUnknownHan(NAMES, small)).toBe(false);
    expect(hasUnknownHan(['鑫淼科技园'], small)).toBe(true);
    expect(hasUnknownHan(['AI Park 2'], small)).toBe(false);
  });

  it('after merging, a planner’s name with new characters is found by pinyin', () => {
    const name = '鑫淼科技园';
    expect(pinyinMatch(name, 'xmkj', small)).toBeNull();
    const merged = mergeTables(small, dictionary);
    expect(pinyinMatch(name, 'xmkj', merged)).toEqual([0, 3]);
    expect(pinyinMatch(name, 'xinmiao', merged)).toEqual([0, 1]);
    expect(merged.get('莘')).toEqual(small.get('莘'));
  });
});

describe('pinyin table (data/place-pinyin.json)', () => {
  it('has every Han character of the pack\'s names, except those pinyin-match does not know', () => {
    const chars = new Set(NAMES.flatMap((n) => [...n].filter((ch) => HAN.test(ch))));
    const missing = [...chars].filter((ch) => !table.has(ch)).sort();
    expect(missing).toEqual([...placePinyin.unknown].sort());
    expect(chars.size).toBeGreaterThan(300);
  });
  it('holds only lower-case a–z readings, and pinyin-match accepts each as that character', () => {
    for (const [ch, readings] of table) {
      expect(readings.length).toBeGreaterThan(0);
      for (const r of readings) {
        expect(r).toMatch(/^[a-z]+$/);
        expect(pm(ch, r)).toEqual([0, 0]);
      }
    }
  });
});

/** Naive reference: try every start and every split of the query into prefixes of readings. */
function naive(name: string, q: string, t: PinyinTable): [number, number] | null {
  const readings = (ch: string): readonly string[] => t.get(ch) ?? (/^[a-z0-9]$/.test(ch.toLowerCase()) ? [ch.toLowerCase()] : []);
  const ends = (i: number, rest: string): number[] => {
    if (i >= name.length) return [];
    if (/\s/.test(name[i])) return ends(i + 1, rest);
    const out: number[] = [];
    for (const r of readings(name[i]))
      for (let k = 1; k <= r.length; k++) {
        if (!rest.startsWith(r.slice(0, k))) break;
        if (k === rest.length) out.push(i);
        else out.push(...ends(i + 1, rest.slice(k)));
      }
    return out;
  };
  for (let s = 0; s < name.length; s++) {
    if (/\s/.test(name[s])) continue;
    const e = ends(s, q);
    if (e.length) return [s, Math.min(...e)];
  }
  return null;
}

/** A pack name, sometimes with a space put in (as in names a planner imports). */
const nameArb = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.tuple(fc.constantFrom(...NAMES), fc.nat()).map(([n, at]) => n.slice(0, 1 + (at % n.length)) + ' ' + n.slice(1 + (at % n.length))),
);

/** A run of consecutive table characters in a name, with one reading chosen per character. */
const span = fc
  .tuple(nameArb, fc.nat(), fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }))
  .map(([name, at, len, picks]) => {
    const s = at % name.length;
    const chars = [...name.slice(s, s + len)];
    const cut = chars.findIndex((ch) => !table.has(ch));
    const run = cut < 0 ? chars : chars.slice(0, cut);
    return { name, s, readings: run.map((ch, i) => { const r = table.get(ch)!; return r[picks[i] % r.length]; }) };
  })
  .filter((x) => x.readings.length > 0);

describe('pinyin matcher: properties on the pack\'s names', () => {
  it('queries in pinyin-match\'s forms (all initials; full syllables, last one cut) match in both, starting at the same place or earlier', () => {
    fc.assert(
      fc.property(span, fc.boolean(), fc.nat(), ({ name, s, readings }, initials, cut) => {
        const last = readings[readings.length - 1];
        const q = initials
          ? readings.map((r) => r[0]).join('')
          : readings.slice(0, -1).join('') + last.slice(0, 1 + (cut % last.length));
        const theirs = pm(name, q);
        const ours = pinyinMatch(name, q, table);
        expect(theirs).not.toBeNull();
        expect(ours).not.toBeNull();
        expect(ours![0]).toBeLessThanOrEqual(Math.min(s, theirs![0]));
      }),
      { numRuns: 2000 },
    );
  });
  it('any mix of syllable prefixes matches at the span or earlier', () => {
    fc.assert(
      fc.property(span, fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), ({ name, s, readings }, cuts) => {
        const q = readings.map((r, i) => r.slice(0, 1 + (cuts[i] % r.length))).join('');
        const ours = pinyinMatch(name, q, table);
        expect(ours).not.toBeNull();
        expect(ours![0]).toBeLessThanOrEqual(s);
      }),
      { numRuns: 2000 },
    );
  });
  it('on random, mutated and mixed queries: whatever pinyin-match finds is found, and the result equals the naive reference', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 8 });
    const mixed = fc
      .tuple(span, fc.array(fc.nat(), { minLength: 5, maxLength: 5 }))
      .map(([{ name, readings }, cuts]) => ({ name, q: readings.map((r, i) => r.slice(0, 1 + (cuts[i] % r.length))).join('') }));
    const mutated = fc
      .tuple(span, fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.constantFrom('replace', 'insert', 'delete'))
      .map(([{ name, readings }, at, letter, op]) => {
        const q = readings.join('');
        const i = at % q.length;
        const next = op === 'replace' ? q.slice(0, i) + letter + q.slice(i + 1) : op === 'insert' ? q.slice(0, i) + letter + q.slice(i) : q.slice(0, i) + q.slice(i + 1);
        return { name, q: next };
      });
    const query = fc.oneof(fc.tuple(nameArb, letters).map(([name, q]) => ({ name, q })), mutated, mixed).filter((x) => x.q.length > 0);
    fc.assert(
      fc.property(query, ({ name, q }) => {
        const ours = pinyinMatch(name, q, table);
        expect(ours).toEqual(naive(name, q, table));
        const theirs = pm(name, q);
        if (theirs) {
          expect(ours).not.toBeNull();
          expect(ours![0]).toBeLessThanOrEqual(theirs[0]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
