// Known answers for the coverage mode's pure helpers: band settings, engine input, table sort, CSV.
import { DEFAULT_SPEED_KMH as TRAVEL_DEFAULTS, speedOrDefault, usableSpeed } from '../../../src/lib/analysis/travel-modes';
import { describe, expect, it } from 'vitest';
import { computeCoverage, DEFAULT_BANDS, DEFAULT_SPEED_KMH, type FacilityPoint, type TownStats } from '../../../src/lib/analysis/coverage/index';
import { bandFallback, bandSettingOf, buildInput, categoryCounts, categoryScopes as scopesOf, dataTowns, defaultSettings, facilityPoints, loadedCounts, notInBands, toBand, type BandSetting } from '../../../src/modes/coverage/settings';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { gapKnown, rowTown, scopedRows, sortTowns, townsCsv } from '../../../src/modes/coverage/town-table';
import { settingsText } from '../../../src/modes/coverage/describe';
import { STRINGS } from '../../../src/modes/coverage/strings';
import { effectiveView, readout } from '../../../src/modes/coverage/view';

const LABELS = { town: '街镇', area: '面积', covered: '覆盖率%', population: '人口覆盖率%', completeness: '平均覆盖率%', allShare: '全部%', gap: '缺口', gapLng: '经度', gapLat: '纬度' };

function town(name: string, share: number, gap: number | null = null): TownStats {
  return {
    name, areaKm2: 2, population: null, completeness: share, allShare: share,
    largestGapAny: gap === null ? null : { areaKm2: gap, point: [121.4, 31.1] },
    largestBlind: null,
    categories: [{ category: '医疗', coveredShare: share, coveredKm2: share * 2, populationShare: null, largestGap: null }],
  };
}

describe('band settings', () => {
  it('turns the default time and distance bands into form values and back', () => {
    const walk = bandSettingOf(DEFAULT_BANDS.医疗);
    expect(walk).toEqual({ kind: 'time', minutes: 15, metres: 1000, mode: 'walk', speedKmh: 4 });
    expect(toBand('医疗', walk)).toEqual({ minutes: 15, mode: 'walk', speedKmh: 4 });
    const school = bandSettingOf(DEFAULT_BANDS.教育);
    expect(school.kind).toBe('distance');
    expect(toBand('教育', school)).toEqual({ metres: 500, mode: 'walk' });
  });
  it('falls back to the default band for an empty or negative field', () => {
    expect(toBand('医疗', { ...bandSettingOf(DEFAULT_BANDS.医疗), minutes: Number.NaN })).toBe(DEFAULT_BANDS.医疗);
    expect(toBand('教育', { ...bandSettingOf(DEFAULT_BANDS.教育), metres: -5 })).toBe(DEFAULT_BANDS.教育);
  });
  it('selects only categories that have facilities when told which exist', () => {
    const s = defaultSettings(true, { 医疗: 3, 质汇驿站: 1 });
    expect(Object.entries(s.selected).filter(([, on]) => on).map(([c]) => c)).toEqual(['医疗', '质汇驿站']);
    expect(s.distanceMode).toBe('barrier');
    expect(defaultSettings(false).distanceMode).toBe('straight');
  });
});

const square = { type: 'Polygon' as const, coordinates: [[[121.40, 31.10], [121.42, 31.10], [121.42, 31.12], [121.40, 31.12], [121.40, 31.10]]] };
const pt = (id: string, lng: number, category: string) => ({ id, name: id, lng, lat: 31.11, precision: 'town' as const, category, status: '在运营' as const });
const pack = {
  facilities: [pt('h1', 121.405, '医疗')],
  stations: [{ ...pt('s1', 121.415, ''), status: '在运营' as const }, { ...pt('s2', 121.41, ''), status: '筹建' as const }],
  outline: { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: square, properties: {} }] },
  boundaries: { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: square, properties: { name: '甲镇' } }] },
  barriers: { type: 'FeatureCollection' as const, features: [] },
  crossings: [],
} as unknown as Parameters<typeof buildInput>[0];

describe('engine input', () => {
  it('maps stations to 质汇驿站, planned ones only on request', () => {
    expect(categoryCounts(facilityPoints(pack, false))).toEqual({ 医疗: 1, 质汇驿站: 1 });
    expect(categoryCounts(facilityPoints(pack, true))).toEqual({ 医疗: 1, 质汇驿站: 2 });
  });
  it('leaves out a university campus and a stadium, kinds no band is for, and says how many (review 27)', () => {
    const sub = (id: string, category: string, subtype: string) => ({ ...pt(id, 121.405, category), subtype });
    const p = { ...pack, facilities: [sub('u1', '教育', '高校'), sub('u2', '教育', '高校'), sub('g', '体育', '体育场馆'), sub('k', '教育', '小学'), sub('h', '医疗', '区级医院')] } as unknown as typeof pack;
    expect(categoryCounts(facilityPoints(p, false))).toEqual({ 教育: 1, 医疗: 1, 质汇驿站: 1 });
    expect(notInBands(p)).toEqual([['高校', 2], ['体育场馆', 1]]);
    // the embedded pack's only 教育 and 体育 rows are such: neither is ticked by default
    const s = defaultSettings(true, categoryCounts(facilityPoints({ ...p, facilities: p.facilities.filter((f) => f.id !== 'k') }, false)));
    expect([s.selected.教育, s.selected.体育, s.selected.医疗]).toEqual([false, false, true]);
  });
  it('a tighter band covers less, and a hypothetical facility adds coverage', () => {
    const s = defaultSettings(false, { 医疗: 1 });
    const wide = computeCoverage(buildInput(pack, s));
    s.bands.医疗.minutes = 5;
    const narrow = computeCoverage(buildInput(pack, s));
    const share = (r: typeof wide) => r.towns.at(-1)!.categories[0].coveredShare;
    expect(share(narrow)).toBeLessThan(share(wide));
    const extra: FacilityPoint[] = [{ id: 'x', lng: 121.418, lat: 31.118, category: '医疗' }];
    expect(share(computeCoverage(buildInput(pack, s, extra)))).toBeGreaterThan(share(narrow));
    expect(effectiveView(narrow, 'category', '医疗')).toBe('category');
    expect(effectiveView(narrow, 'category', '公园')).toBe('gaps');
  });
});

describe('facilities loaded against the district totals (review 14 M3)', () => {
  const totals = [
    { category: '医疗', subtype: '各级各类医疗机构', district_total: 625, year: 2024, source: 's' },
    { category: '医疗', subtype: '社区卫生服务中心', district_total: 14, year: 2024, source: 's' },
    { category: '养老', subtype: '养老机构', district_total: 77, year: 2024, source: 's' },
    { category: '公园', subtype: '城市公园', district_total: 55, year: 2024, source: 's' },
  ];
  const park = (subtype: string) => ({ category: '公园', subtype }) as DataPack['facilities'][number];
  const packOf = (categoryTotals: typeof totals, facilities: DataPack['facilities']) => ({ categoryTotals, facilities, towns: [], stations: [], institutions: [] }) as unknown as DataPack;
  const pack = packOf(totals, [park('城市公园'), park('城市公园'), park('郊野公园')]);
  it('gives each selected category its count, and the total only where the white paper has one for the whole category', () => {
    expect(loadedCounts({ 医疗: 18, 教育: 2 }, ['医疗', '教育', '养老'], pack, (c) => c)).toEqual({ all: ['医疗 18/625', '教育 2', '养老 0'], short: ['医疗 18/625'] });
  });
  it('compares parks with the city parks\' total by subtype: a country park is not one of the 55 (review 15)', () => {
    expect(loadedCounts({ 公园: 3 }, ['公园'], pack, (c) => c)).toEqual({ all: ['公园 3', '城市公园 2/55'], short: ['城市公园 2/55'] });
  });
  it('compares any category with the totals of the subtypes its facilities have: 城市商业综合体 4/45, an imported 长者照护之家 list (review 17)', () => {
    const more = [...totals, { category: '商业', subtype: '城市商业综合体', district_total: 45, year: 2024, source: 's' }, { category: '养老', subtype: '长者照护之家', district_total: 22, year: 2024, source: 's' }];
    const f = (category: string, subtype: string) => ({ category, subtype }) as DataPack['facilities'][number];
    const p = packOf(more, [...Array(4)].map(() => f('商业', '城市商业综合体')).concat([f('养老', '长者照护之家'), f('养老', '老年活动室')]));
    expect(loadedCounts({ 商业: 4, 养老: 2 }, ['商业', '养老'], p, (c) => c)).toEqual({ all: ['商业 4', '城市商业综合体 4/45', '养老 2', '长者照护之家 1/22'], short: ['城市商业综合体 4/45', '长者照护之家 1/22'] });
  });
  it('counts a type by the white paper\'s fuller name as 数据说明 does: 长者食堂 against 社区长者食堂 (review 23: "no total to compare")', () => {
    const more = [...totals, { category: '养老', subtype: '社区长者食堂', district_total: 192, year: 2024, source: 's' }];
    const f = (subtype: string) => ({ category: '养老', subtype }) as DataPack['facilities'][number];
    expect(loadedCounts({ 养老: 3 }, ['养老'], packOf(more, [f('长者食堂'), f('长者食堂'), f('综合为老服务中心')]), (c) => c).short).toEqual(['社区长者食堂 2/192']);
  });
  it("counts a market once: under its own kind, not under 各类市场 as well, the sum of the kinds (a 菜市场 was in both)", () => {
    const kinds = [['各类市场', 116], ['各类专业市场', 15], ['农副产品批发市场', 5], ['室内菜市场', 96]] as const;
    const more = [...totals, ...kinds.map(([subtype, n]) => ({ category: '商业', subtype, district_total: n, year: 2024, source: 's' }))];
    const f = (subtype: string) => ({ category: '商业', subtype }) as DataPack['facilities'][number];
    expect(loadedCounts({ 商业: 3 }, ['商业'], packOf(more, [f('菜市场'), f('室内菜市场'), f('各类专业市场')]), (c) => c)).toEqual({
      all: ['商业 3', '各类专业市场 1/15', '室内菜市场 2/96'], short: ['各类专业市场 1/15', '室内菜市场 2/96'],
    });
  });
  it('is not short when the lists reach the totals, or no total is known', () => {
    expect(loadedCounts({ 医疗: 625 }, ['医疗'], pack, (c) => c).short).toEqual([]);
    expect(loadedCounts({ 教育: 2 }, ['教育', '养老'], pack, (c) => c).short).toEqual([]);
  });
});

describe('town table', () => {
  const towns = [town('乙镇', 0.2, 1), town('甲镇', 0.8, 3), town('全区', 0.5, 3)];
  it('sorts by a column in both directions and keeps 全区 last', () => {
    expect(sortTowns(towns, { key: 'cat:医疗', dir: -1 }).map((t) => t.name)).toEqual(['甲镇', '乙镇', '全区']);
    expect(sortTowns(towns, { key: 'cat:医疗', dir: 1 }).map((t) => t.name)).toEqual(['乙镇', '甲镇', '全区']);
    expect(sortTowns(towns, { key: 'gap', dir: 1 }).map((t) => t.name)).toEqual(['乙镇', '甲镇', '全区']);
  });
  it('leaves out a town with no cell in the district (an imported 徐汇区: its 0.0 % is no gap, review 14 M4)', () => {
    const outside = { ...town('徐汇区', 0), areaKm2: 0 };
    expect(sortTowns([...towns, outside], { key: 'cat:医疗', dir: 1 }).map((t) => t.name)).toEqual(['乙镇', '甲镇', '全区']);
  });
  it('sorts names by the English (pinyin) names the table is given, since ICU reads 莘 as shen (review 10), and exports names as shown', () => {
    const three = [town('莘庄镇', 0.2), town('吴泾镇', 0.8), town('新虹街道', 0.5), town('全区', 0.5)];
    const en: Record<string, string> = { 莘庄镇: 'Xinzhuang Town', 吴泾镇: 'Wujing Town', 新虹街道: 'Xinhong Subdistrict', 全区: 'Minhang (all)' };
    const label = (n: string) => en[n];
    expect(sortTowns(three, { key: 'name', dir: 1 }).map((t) => t.name)).toEqual(['莘庄镇', '吴泾镇', '新虹街道', '全区']);
    expect(sortTowns(three, { key: 'name', dir: 1 }, 'any', label, 'en').map((t) => t.name)).toEqual(['吴泾镇', '新虹街道', '莘庄镇', '全区']);
    const rows = townsCsv(three, LABELS, (c) => c, undefined, 'any', label).split('\r\n').slice(1).map((l) => l.split(',')[0]);
    expect(rows).toEqual(['Xinzhuang Town', 'Wujing Town', 'Xinhong Subdistrict', 'Minhang (all)']);
  });
  it('names a row in the UI language, the 全区 row too', () => {
    const packTowns = [{ name: '莘庄镇', name_en: 'Xinzhuang Town', industry: '集成电路产业', industry_en: 'Integrated circuits' }];
    expect(['莘庄镇', '全区', '别处'].map((n) => rowTown(packTowns, n, 'en'))).toEqual(['Xinzhuang Town', 'Minhang (all)', '别处']);
    expect(['莘庄镇', '全区'].map((n) => rowTown(packTowns, n, 'zh'))).toEqual(['莘庄镇', '全区']);
  });
  it('exports CSV with a BOM, a header and one row per town, neutralising formula-like names', () => {
    const csv = townsCsv([town('=HYPERLINK()', 0.25), town('全区', 0.5, 1.5)], LABELS);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('街镇,面积,医疗 覆盖率%,平均覆盖率%,全部%,缺口,经度,纬度');
    expect(lines[1]).toBe("'=HYPERLINK(),2.0,25.00,25.00,25.00,0.000,,");
    expect(lines[2]).toBe('全区,2.0,50.00,50.00,50.00,1.500,121.400000,31.100000');
  });
  it("gives a town's area to 0.1 km² (its boundaries are approximate) and 0, not blank, where it has data and no gap, as the table's 0.00 (review 28)", () => {
    const [withData, noData] = [{ ...town('江川路街道', 0.5), areaKm2: 45.6021 }, { ...town('古美街道', 0.5), completeness: null, categories: [] }];
    const lines = townsCsv([withData, noData], LABELS).split('\r\n');
    expect(lines[1]).toBe('江川路街道,45.6,50.00,50.00,50.00,0.000,,');
    expect(lines[2].split(',')[5]).toBe('');
  });
  it("adds each what-if category's share before and after the hypothetical facilities and the km² they add, per town and 全区, as the print's 增加 km² (review 25)", () => {
    const row = (town: string, category: string, beforeShare: number | null, afterShare: number | null, gainKm2 = 0) =>
      ({ town, category, beforeShare, afterShare, beforeKm2: 0, afterKm2: 0, gainKm2, beforePopulationShare: null, afterPopulationShare: null });
    const whatIf = [row('甲镇', '医疗', 0.25, 0.5, 0.5), row('甲镇', '文化', null, 0.125), row('全区', '医疗', 0.25, 0.375, 1.25), row('全区', '文化', 0.1, null)];
    const labels = { ...LABELS, hypothetical: '假设设施', before: '之前%', after: '之后%', gain: '增加 km²', settings: '计算设置' };
    const lines = townsCsv([town('甲镇', 0.5), town('全区', 0.375)], labels, (c) => c, '设置', 'any', (n) => n, whatIf).slice(1).split('\r\n');
    expect(lines[0]).toBe('街镇,面积,医疗 覆盖率%,平均覆盖率%,全部%,缺口,经度,纬度,假设设施 医疗 之前%,假设设施 医疗 之后%,假设设施 医疗 增加 km²,假设设施 文化 之前%,假设设施 文化 之后%,假设设施 文化 增加 km²,计算设置');
    expect(lines[1]).toBe('甲镇,2.0,50.00,50.00,50.00,0.000,,,25.00,50.00,0.500,,12.50,0.000,设置');
    expect(lines[2]).toBe('全区,2.0,37.50,37.50,37.50,0.000,,,25.00,37.50,1.250,10.00,,0.000,设置');
    // no what-if: the table's own columns
    expect(townsCsv([town('甲镇', 0.5)], labels, (c) => c, '设置').slice(1).split('\r\n')[0]).toBe('街镇,面积,医疗 覆盖率%,平均覆盖率%,全部%,缺口,经度,纬度,计算设置');
  });
  it('adds population columns only when population is loaded', () => {
    const t = { ...town('甲镇', 0.5), population: 100, categories: [{ ...town('甲镇', 0.5).categories[0], populationShare: 0.4 }] };
    expect(townsCsv([t], LABELS).split('\r\n')[1]).toBe('甲镇,2.0,50.00,40.00,50.00,50.00,0.000,,');
  });
  it("records the run's settings on every row when given: every band, the distance model, the detour factor", () => {
    const st = defaultSettings(true, { 医疗: 3, 教育: 2 });
    st.bands['医疗'] = { ...st.bands['医疗'], minutes: 10 };
    st.detour = 0.5; // unusable: the default is what ran
    const text = settingsText(STRINGS.zh, st, (c) => c, 'zh');
    expect(text).toBe('医疗 10 分钟 步行 4 km/h；教育 500 米；距离计算：考虑障碍（黄浦江仅经越江设施通过）；绕行系数 1.3');
    const lines = townsCsv([town('甲镇', 0.5)], { ...LABELS, settings: '计算设置' }, (c) => c, text).split('\r\n');
    expect(lines[0].endsWith(',计算设置')).toBe(true);
    expect(lines[1].endsWith(`,${text}`) || lines[1].endsWith(`,"${text}"`)).toBe(true);
  });
});

describe('a category known only in some towns (review 23: a 马桥镇 list of 养老 read as 0 % in the other 13)', () => {
  const f = (id: string, category: string, town: string, lng = 121.4) => ({ id, category, town, lng, lat: 31.1, subtype: '' }) as DataPack['facilities'][number];
  const shipped = [f('a', '医疗', '甲镇'), f('b', '医疗', '乙镇')];
  const towns = [{ name: '甲镇' }, { name: '乙镇' }, { name: '丙镇' }] as DataPack['towns'];
  const empty = { type: 'FeatureCollection', features: [] } as unknown as DataPack['boundaries'];
  const packWith = (facilities: DataPack['facilities']) => ({ towns, boundaries: empty, facilities }) as unknown as DataPack;
  const categoryScopes = (pack: DataPack, embedded: DataPack['facilities'], whatIf: Parameters<typeof scopesOf>[2] = []) => scopesOf(pack, dataTowns(pack, embedded), whatIf);
  it('gives the towns of a category only imported rows have; none for the shipped categories or one in every town', () => {
    const mine = [f('u1', '养老', '甲镇'), f('u2', '养老', '甲镇'), f('u3', '医疗', '丙镇')];
    expect(categoryScopes(packWith([...shipped, ...mine]), shipped)).toEqual({ 养老: new Set(['甲镇']) });
    const everywhere = ['甲镇', '乙镇', '丙镇'].map((t, i) => f(`w${i}`, '养老', t));
    expect(categoryScopes(packWith([...shipped, ...everywhere]), shipped)).toEqual({});
    // the shipped rows of a category replaced by a town's file: that file's towns only
    expect(categoryScopes(packWith([f('u4', '医疗', '乙镇')]), shipped)).toEqual({ 医疗: new Set(['乙镇']) });
    // a what-if facility gives its town data too (the table counts it); rows in no town give none
    expect(categoryScopes(packWith([...shipped, ...mine]), shipped, [{ id: 'h', category: '养老', lng: 121.4, lat: 31.1 }])).toEqual({ 养老: new Set(['甲镇']) });
    expect(categoryScopes(packWith([...shipped, f('x', '体育', '徐汇区')]), shipped)).toEqual({ 体育: new Set() });
    // a what-if of a category the data lacks gives it its town; of a shipped one, nothing; the rows are read once for both
    const pack = packWith([...shipped, ...mine]);
    const rows = dataTowns(pack, shipped);
    expect(scopesOf(pack, rows, [{ id: 'h', category: '体育', lng: 121.4, lat: 31.1 }, { id: 'm', category: '医疗', lng: 121.4, lat: 31.1 }])).toEqual({ 养老: new Set(['甲镇']), 体育: new Set() });
    expect(scopesOf(pack, rows)).toEqual({ 养老: new Set(['甲镇']) });
    expect(rows).toEqual({ 医疗: null, 养老: new Set(['甲镇']) });
  });
  it("blanks the category elsewhere and in 全区, averages a town over the categories it has, and keeps its all-reached share (the engine's, of those categories)", () => {
    const two = (name: string, a: number, b: number): TownStats => {
      const t = town(name, a);
      return { ...t, completeness: (a + b) / 2, categories: [...t.categories, { ...t.categories[0], category: '养老', coveredShare: b }] };
    };
    // the result's scopes: 医疗 everywhere, 养老 in 甲镇 of the grid's towns 甲镇, 乙镇, 丙镇
    const names = ['甲镇', '乙镇', '丙镇'];
    const cats = (...towns: string[]) => [{ scope: null }, { scope: Uint8Array.from(names, (n) => +towns.includes(n)) }];
    const rows = scopedRows([two('甲镇', 0.6, 0.2), two('乙镇', 0.4, 0), two('全区', 0.5, 0.1)], cats('甲镇'), names);
    expect(rows.map((t) => [t.name, t.categories.map((c) => c.coveredShare), t.completeness, t.allShare])).toEqual([
      ['甲镇', [0.6, 0.2], 0.4, 0.6],
      ['乙镇', [0.4, null], 0.4, 0.4],
      ['全区', [0.5, null], 0.5, 0.5],
    ]);
    // blank in the CSV, and sorted after every number, in both directions
    expect(townsCsv(rows, LABELS).split('\r\n')[2]).toBe('乙镇,2.0,40.00,,40.00,40.00,0.000,,');
    // a category's gap is blank where the town has no data for it, 0 where it has and no gap (planner review)
    expect([rows[1], rows[0]].map((t) => gapKnown(t, '养老'))).toEqual([false, true]);
    expect([gapKnown(rows[1], '医疗'), gapKnown(rows[1], 'blind')]).toEqual([true, true]);
    const more = scopedRows([two('甲镇', 0.6, 0.2), two('乙镇', 0.4, 0), two('丙镇', 0.5, 0.1), two('全区', 0.5, 0.1)], cats('甲镇', '丙镇'), names);
    expect(sortTowns(more, { key: 'cat:养老', dir: -1 }).map((t) => t.name)).toEqual(['甲镇', '丙镇', '乙镇', '全区']);
    expect(sortTowns(more, { key: 'cat:养老', dir: 1 }).map((t) => t.name)).toEqual(['丙镇', '甲镇', '乙镇', '全区']);
  });
  it('gives no mean to a town with data for none of the categories shown (0.0 read as a total gap)', () => {
    const [row] = scopedRows([town('乙镇', 0)], [{ scope: Uint8Array.of(1, 0) }], ['甲镇', '乙镇']);
    expect([row.completeness, row.allShare, row.categories[0].coveredShare]).toEqual([null, null, null]);
    expect(townsCsv([row], LABELS).split('\r\n')[1]).toBe('乙镇,2.0,,,,,,');
    expect(['any', 'blind', '医疗'].map((p) => gapKnown(row, p))).toEqual([false, false, false]);
  });
});

describe('readout', () => {
  it('shows minutes for a time band and metres for a distance band', () => {
    expect(readout({ minutes: 4.26, distanceMetres: 220 }, false)).toBe('4.3 min');
    expect(readout({ minutes: 12.6, distanceMetres: 700 }, false)).toBe('12.6 min');
    expect(readout({ minutes: 15.04, distanceMetres: 700 }, false)).toBe('15.1 min'); // over a 15-minute band: not '15'
    expect(readout({ minutes: 15, distanceMetres: 700 }, false)).toBe('15.0 min');
    expect(readout({ minutes: 117.2, distanceMetres: 7000 }, false)).toBe('118 min');
    expect(readout({ minutes: 333, distanceMetres: 22000 }, false)).toBe('5.6 h'); // rounded up too
    expect(readout({ minutes: 120, distanceMetres: 8000 }, false)).toBe('2.0 h');
    expect(readout({ minutes: 9, distanceMetres: 612.4 }, true)).toBe('612 m');
    expect(readout({ minutes: 9, distanceMetres: 23854 }, true)).toBe('23.9 km');
    expect(readout({ minutes: null, distanceMetres: null }, false)).toBeNull();
  });
});

describe('bandFallback: what the panel says is used when a band number is not valid', () => {
  const base = bandSettingOf(DEFAULT_BANDS['医疗']);
  it('is null for valid values and equals the band the engine gets otherwise', () => {
    expect(bandFallback('医疗', { ...base, minutes: 10 })).toBeNull();
    const cases: BandSetting[] = [
      { ...base, minutes: 0 },
      { ...base, minutes: Number.NaN },
      { ...base, minutes: 12, speedKmh: -1 },
      { ...base, kind: 'distance', metres: 0 },
      // beyond the form's maximum: a typing slip (500 minutes would cover the whole district)
      { ...base, minutes: 500 },
      { ...base, kind: 'distance', metres: 50000 },
      { ...base, minutes: 12, speedKmh: 400 },
    ];
    for (const c of cases) {
      const f = bandFallback('医疗', c);
      expect(f).not.toBeNull();
      expect(f).toEqual(toBand('医疗', c));
    }
    expect(bandFallback('医疗', { ...base, minutes: 12, speedKmh: -1 })).toEqual({ minutes: 12, mode: 'walk', speedKmh: DEFAULT_SPEED_KMH.walk });
    expect(bandFallback('医疗', { ...base, minutes: 0 })).toEqual(DEFAULT_BANDS['医疗']);
    expect(bandFallback('医疗', { ...base, minutes: 500 })).toEqual(DEFAULT_BANDS['医疗']);
    expect(bandFallback('医疗', { ...base, minutes: 120 })).toBeNull();
  });
});

describe('one "15-minute ride" across the modes', () => {
  it('生活圈覆盖 uses the walking and cycling speeds of 找服务, 驿站选址 and the closing slide', async () => {
    const trip = (await import('../../../src/lib/analysis/travel-modes')).DEFAULT_SPEED_KMH;
    const { thresholdMetres } = await import('../../../src/lib/analysis/coverage/index');
    expect(DEFAULT_SPEED_KMH.walk).toBe(trip.walk);
    expect(DEFAULT_SPEED_KMH.bike).toBe(trip.bike);
    // the station band reaches as far as the closing slide's "≤ 15 分钟（{metres} 米）"
    expect(thresholdMetres(DEFAULT_BANDS['质汇驿站'], 1)).toBeCloseTo((trip.bike * 1000 * 15) / 60, 9);
  });
});

describe('speeds typed into a panel', () => {
  it('are used from 1 to 120 km/h; otherwise the mode default is', () => {
    expect([1, 13, 120].map(usableSpeed)).toEqual([true, true, true]);
    expect([0, -5, 0.5, 121, NaN].map(usableSpeed)).toEqual([false, false, false, false, false]);
    expect(speedOrDefault(15, 'bike')).toBe(15);
    expect(speedOrDefault(0, 'walk')).toBe(TRAVEL_DEFAULTS.walk);
    expect(speedOrDefault(500, 'car')).toBe(TRAVEL_DEFAULTS.car);
  });
});
