// A town's headline figures: parsing, the English column, and the bars that compare towns.
import { describe, expect, it } from 'vitest';
import { comparableGroup, figuresIn, parseFigures } from '../../../src/modes/present/figures';
import type { TownRecord } from '../../../src/lib/data/schema';
import { readFileSync } from 'node:fs';
import { parseTownsCsv } from '../../../src/lib/data/load';

function town(name: string, figures: string, figures_en = ''): TownRecord {
  return {
    code: '', name, name_en: '', alias: '', type: '镇', industry: '', industry_en: '', summary: '', summary_en: '',
    figures, figures_en, key_enterprises: '', key_enterprises_en: '', source: '', appendix_order: 0,
  };
}

const A = town('甲镇', '企业: 390余 家 (2024);营收: 78 亿元 (2024)', 'Companies: 390+ (2024);Revenue: 7.8 bn yuan (2024)');
const B = town('乙镇', '营收: >249 亿元 (2024);增速: 6.27 % (2024)', 'Revenue: >24.9 bn yuan (2024);Growth: 6.27 % (2024)');
const C = town('丙镇', '营收: 12.2 亿元 (2024)');

describe('parseFigures', () => {
  it('reads label, value with its qualifier, number, unit and year', () => {
    expect(parseFigures('企业: 390余 家 (2024);增长率: 187.5 % (2023-2024)')).toEqual([
      { label: '企业', value: '390余', num: 390, unit: '家', year: '2024', raw: '企业: 390余 家 (2024)' },
      { label: '增长率', value: '187.5', num: 187.5, unit: '%', year: '2023-2024', raw: '增长率: 187.5 % (2023-2024)' },
    ]);
  });
});

describe('figuresIn', () => {
  it('gives the English figures in English and the figures as written in Chinese', () => {
    expect(figuresIn(A, 'en').map((f) => `${f.label}|${f.value}|${f.unit}`)).toEqual(['Companies|390+|', 'Revenue|7.8|bn yuan']);
    expect(figuresIn(A, 'zh').map((f) => f.label)).toEqual(['企业', '营收']);
  });

  it('falls back to the figures as written when the English lists a different number of figures', () => {
    expect(figuresIn(town('丁镇', '企业: 3 家 (2024);营收: 1 亿元 (2024)', 'Companies: 3 (2024)'), 'en').map((f) => f.label)).toEqual(['企业', '营收']);
    expect(figuresIn(C, 'en').map((f) => f.label)).toEqual(['营收']);
  });
});

describe('comparableGroup', () => {
  it('compares the towns that report the same figure, unit and year', () => {
    expect(comparableGroup([A, B], '甲镇')).toEqual({
      label: '营收', unit: '亿元', year: '2024',
      items: [{ town: '甲镇', value: '78', num: 78 }, { town: '乙镇', value: '>249', num: 249 }],
    });
  });

  it('shows the same comparison in English, with the converted values of each town', () => {
    expect(comparableGroup([A, B], '乙镇', 'en')).toEqual({
      label: 'Revenue', unit: 'bn yuan', year: '2024',
      items: [{ town: '甲镇', value: '7.8', num: 7.8 }, { town: '乙镇', value: '>24.9', num: 24.9 }],
    });
  });

  it('stays as written when a town in the comparison has no English, so units never mix', () => {
    const g = comparableGroup([A, B, C], '甲镇', 'en');
    expect(g?.unit).toBe('亿元');
    expect(g?.items.map((i) => i.num)).toEqual([78, 249, 12.2]);
  });

  it('is null when no other town reports a figure of the town', () => {
    expect(comparableGroup([A, town('戊镇', '人口: 5 万人 (2024)')], '戊镇')).toBeNull();
  });
});

describe('the pack: figures compared as 同口径 have the same scope', () => {
  const towns = parseTownsCsv(readFileSync('data/towns.csv', 'utf8')).records;
  it("浦江镇's 390余 (in 健康城 and other areas) is not set against 华漕镇's 512 (the whole town); their 规上 counts are", () => {
    const g = comparableGroup(towns, '浦江镇');
    expect(g?.label).toBe('规上生物医药企业');
    expect(g?.items.map((i) => [i.town, i.num])).toEqual([['浦江镇', 64], ['华漕镇', 34]]);
    expect(comparableGroup(towns, '华漕镇')?.label).toBe('规上生物医药企业');
  });

  it('makes no other comparison: every one was checked against the white paper (a third data audit)', () => {
    // 颛桥's 62.80 亿元 is its 16 biopharma-chain firms' output, not the town's like 江川's 249 亿元;
    // 新虹's 4 首席质量官 are those in post, 虹桥's 5 the ones cultivated and hired in 2024
    const compared = towns.filter((t) => comparableGroup(towns, t.name)).map((t) => t.name);
    expect(compared).toEqual(['浦江镇', '华漕镇']);
  });
});
