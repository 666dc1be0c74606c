// A 街镇 (or a ?town= link) one slip off a town's name: the town it most likely means is named, or
// every town equally near; English names with or without Town / Subdistrict, pinyin with tone marks.
// Known answers over the 14 towns of data/towns.csv, given as the import mode gives them (English as aliases).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTownsCsv } from '../../../src/lib/data/load';
import { likeNames, townLike, townMatcher } from '../../../src/lib/data/population';
import { importFile } from '../../../src/lib/data/import';

const TOWNS = parseTownsCsv(readFileSync('data/towns.csv', 'utf8')).records.map((t) => ({ name: t.name, alias: `${t.alias};${t.name_en}`, en: `${t.name_en} (${t.name})`, code: t.code }));
const like = (cell: string) => townLike(TOWNS, cell).map((t) => t.name);

describe('townLike: the towns a name one slip off means', () => {
  it.each([
    // a letter missing, extra or wrong, with or without Town / Subdistrict, any case
    ['Pujian', ['浦江镇']],
    ['pujian town', ['浦江镇']],
    ['Meilog', ['梅陇镇']],
    ['Meilongg Town', ['梅陇镇']],
    ['Pujiang Towm', ['浦江镇']],
    ['Gumai Subdistrict', ['古美街道']],
    ['Qibo', ['七宝镇']],
    // an/ang, in/ing alike (the commonest pinyin slip): Pujian is Pujiang, not Pujin; Pujing is Pujin
    ['Pujing', ['浦锦街道']],
    ['Xinzhuan', ['莘庄镇']],
    // tone marks aside
    ['Pǔjiān', ['浦江镇']],
    // a character wrong, missing or extra
    ['梅龙镇', ['梅陇镇']],
    ['马乔镇', ['马桥镇']],
    ['浦江镇镇', ['浦江镇']],
    ['颛镇', ['颛桥镇']],
    // two towns equally near: both, in the file's order
    ['浦锦镇', ['浦锦街道', '浦江镇']],
    ['华桥镇', ['马桥镇', '颛桥镇', '虹桥镇', '华漕镇']],
    // nothing near, or too short to say
    ['月亮镇', []],
    ['Pudong', []],
    ['镇', []],
    ['Town', []],
  ])('%s → %j', (cell, towns) => expect(like(cell)).toEqual(towns));

  it('reads pinyin written with tone marks as the English name', () => {
    const m = townMatcher(TOWNS);
    expect(m('Pǔjiāng Town')).toBe('浦江镇');
    expect(m('Qībǎo')).toBe('七宝镇');
    expect(m('Méilǒng Zhèn')).toBeUndefined();
  });

  it('names the towns in a message: 或 in Chinese, or in English', () => {
    const two = townLike(TOWNS, '浦锦镇');
    expect(likeNames(two)).toBe('浦锦街道或浦江镇');
    expect(likeNames(two, true)).toBe('Pujin Subdistrict (浦锦街道) or Pujiang Town (浦江镇)');
  });

  it("says both towns in an import's note on a 街镇 two towns are one character from", () => {
    const csv = '名称,街镇,经度,纬度,类别\n甲,浦锦镇,121.50,31.08,医疗\n乙,Pujian,121.50,31.08,医疗';
    const res = importFile({ name: 't.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', towns: TOWNS });
    expect(res.issues.filter((i) => i.key === 'townUnknownLike').map((i) => [i.line, i.zh, i.vars?.like])).toEqual([
      [2, '第 2 行「街镇」「浦锦镇」不是闵行区街镇名称（是否为浦锦街道或浦江镇？），按位置所在街镇显示', 'Pujin Subdistrict (浦锦街道) or Pujiang Town (浦江镇)'],
      [3, '第 3 行「街镇」「Pujian」不是闵行区街镇名称（是否为浦江镇？），按位置所在街镇显示', 'Pujiang Town (浦江镇)'],
    ]);
  });
});
