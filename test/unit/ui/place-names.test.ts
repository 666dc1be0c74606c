import { describe, expect, it } from 'vitest';
import { industryInLocale, keyEnterprisesIn, shortEnglishName, townInLocale } from '../../../src/lib/i18n/place-names';
import { townNamed } from '../../../src/lib/io/pack-records';

const towns = [
  { name: '浦江镇', name_en: 'Pujiang Town', industry: '生物医药（基因）产业', industry_en: 'Biopharmaceuticals (gene technology)' },
  { name: '新虹街道', name_en: '', industry: '食品产业', industry_en: '' },
];

describe('place names in the UI language', () => {
  it("lists a town's key enterprises in English only when the English names match them one for one", () => {
    const t = { key_enterprises: '锐翌生物;思路迪；因美纳', key_enterprises_en: 'Ruiyi Biotech;3D Medicines;Illumina' };
    expect(keyEnterprisesIn(t, 'en')).toEqual(['Ruiyi Biotech', '3D Medicines', 'Illumina']);
    expect(keyEnterprisesIn(t, 'zh')).toEqual(['锐翌生物', '思路迪', '因美纳']);
    // a planner's file with one name missing: the Chinese, not a list that pairs the wrong names
    expect(keyEnterprisesIn({ ...t, key_enterprises_en: 'Ruiyi Biotech;Illumina' }, 'en')).toEqual(['锐翌生物', '思路迪', '因美纳']);
    expect(keyEnterprisesIn({ key_enterprises: '', key_enterprises_en: '' }, 'en')).toEqual([]);
  });

  it('names an industry no town has from the English of the pack\'s words, or the vocabulary', () => {
    const names = { 食品产业: 'Food industry', 空间信息: 'Spatial information' };
    expect(industryInLocale(towns, '食品产业', 'en', names)).toBe('Food industry');
    expect(industryInLocale(towns, '空间信息', 'en', names)).toBe('Spatial information');
    expect(industryInLocale(towns, '空间信息', 'zh', names)).toBe('空间信息');
    expect(industryInLocale(towns, '检验检测', 'en')).toBe('Testing & inspection');
  });

  it('gives the English town and industry names in English, the Chinese ones in Chinese', () => {
    expect(townInLocale(towns, '浦江镇', 'en')).toBe('Pujiang Town');
    expect(townInLocale(towns, '浦江镇', 'zh')).toBe('浦江镇');
    expect(industryInLocale(towns, '生物医药（基因）产业', 'en')).toBe('Biopharmaceuticals (gene technology)');
    expect(industryInLocale(towns, '生物医药（基因）产业', 'zh')).toBe('生物医药（基因）产业');
  });

  it('keeps a name without an English one, or unknown to the pack, as it is', () => {
    expect(townInLocale(towns, '新虹街道', 'en')).toBe('新虹街道');
    expect(townInLocale(towns, '某某镇', 'en')).toBe('某某镇');
    expect(industryInLocale(towns, '某某产业', 'en')).toBe('某某产业');
    expect(townInLocale(towns, '', 'en')).toBe('');
  });
});

describe('townNamed: a town by any of its names', () => {
  const towns = [
    { name: '浦江镇', name_en: 'Pujiang Town', alias: '浦江', code: '310112114' },
    { name: '莘庄工业区', name_en: 'Xinzhuang Industrial Zone', alias: '', code: '310112501' },
  ];
  it.each([
    ['浦江镇', '浦江镇'],
    [' 浦江 ', '浦江镇'],
    ['310112114', '浦江镇'],
    ['PUJIANG TOWN', '浦江镇'],
    ['pujiang', '浦江镇'],
    ['Xinzhuang Ind. Zone', '莘庄工业区'],
    ['蒲江镇', null],
    ['Town', null],
  ])('%s → %s', (given, name) => expect(townNamed(towns, given)).toBe(name));
  it('writes the short English names the map uses', () => {
    expect(shortEnglishName('Jiangchuanlu Subdistrict')).toBe('Jiangchuanlu');
    expect(shortEnglishName('Xinzhuang Industrial Zone')).toBe('Xinzhuang Ind. Zone');
  });
});
