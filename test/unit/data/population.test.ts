// Population import: per-town rows and counted points (CSV and GeoJSON), known answers from the
// population-* fixtures (synthetic test inputs, not real figures).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import { importPopulation } from '../../../src/lib/data/population-import';
import { compareTotal, detectPopulationShape, populationInput, populationTotal, townMatcher, type OfficialTown } from '../../../src/lib/data/population';
import { parseTownsCsv } from '../../../src/lib/data/load';
import { fixtureBytes, TEST_DISTRICT, errors, warnings, reason } from './fixture';

const TOWNS: OfficialTown[] = parseTownsCsv(readFileSync(fileURLToPath(new URL('../../../data/towns.csv', import.meta.url)), 'utf8')).records;

const run = (name: string, extra: Partial<Parameters<typeof importPopulation>[0]> = {}) =>
  importPopulation({ name, bytes: fixtureBytes(name), towns: TOWNS, district: TEST_DISTRICT, ...extra });

describe('population shape detection', () => {
  it('points when longitude and latitude columns are present, towns otherwise', () => {
    expect(detectPopulationShape(['名称', '经度', '纬度', '人数'])).toBe('points');
    expect(detectPopulationShape(['lng', 'lat', 'count'])).toBe('points');
    expect(detectPopulationShape(['街镇', '常住人口'])).toBe('towns');
    expect(detectPopulationShape(['town', 'population', 'x'])).toBe('towns');
    expect(detectPopulationShape(['a', 'b'], { lng: 'a', lat: 'b', count: 'c' })).toBe('points');
  });

  it('matches the official names, aliases and codes of the 14 towns', () => {
    expect(TOWNS).toHaveLength(14);
    const m = townMatcher(TOWNS);
    const cases: [string, string | undefined][] = [
      ['古美路街道', '古美街道'], [' 古美 ', '古美街道'], ['莘庄', '莘庄镇'], ['莘庄工业区', '莘庄工业区'], ['310112114', '浦江镇'], ['月亮镇', undefined],
      // as government lists write them (review 16: 江川路街道办事处 and 浦江镇人民政府 rows were refused)
      ['江川路街道办事处', '江川路街道'], ['浦江镇人民政府', '浦江镇'], ['上海市闵行区浦江镇人民政府', '浦江镇'], ['闵行区七宝镇', '七宝镇'],
      ['莘庄工业区管理委员会', '莘庄工业区'], ['莘庄工业园区', '莘庄工业区'], ['月亮镇人民政府', undefined], ['人民政府', undefined],
    ];
    for (const [cell, town] of cases) expect(m(cell), cell).toBe(town);
  });
});

describe('population in 万人, with a totals row (review 15 M7)', () => {
  const bytes = (t: string) => new TextEncoder().encode(t);
  it('multiplies a count column in 万 by 10,000 and says so; skips a 合计 row with a warning, not an error', () => {
    const r = importPopulation({ name: 'w.csv', bytes: bytes('街镇,常住人口（万人）,统计年份\n莘庄镇,30.5,2020\n七宝镇,12.25,2020\n合计,42.75,2020\n'), towns: TOWNS });
    expect(r.data?.kind === 'towns' && r.data.rows.map((x) => [x.town, x.population])).toEqual([['莘庄镇', 305000], ['七宝镇', 122500]]);
    expect(warnings(r.issues).map((i) => i.zh)).toEqual(['「常住人口（万人）」以万人计，已乘以 10000', '第 4 行为合计行，已跳过']);
    expect(errors(r.issues)).toEqual([]);
    expect(r.stats).toMatchObject({ rows: 3, accepted: 2, rejected: 0 });
  });
  it('reads a plain count column as persons', () => {
    const r = importPopulation({ name: 'p.csv', bytes: bytes('街镇,常住人口\n莘庄镇,305000\n'), towns: TOWNS });
    expect(r.data?.kind === 'towns' && r.data.rows[0].population).toBe(305000);
    expect(r.issues).toEqual([]);
  });
});

describe('per-town population CSV', () => {
  const r = run('population-towns.csv');

  it('accepts the good rows with official names, thousands separators and the file name as default source', () => {
    expect(r.shape).toBe('towns');
    expect(r.data.kind).toBe('towns');
    const rows = r.data.rows as { town: string; population: number; year: number | null; source: string }[];
    expect(rows.map((x) => [x.town, x.population, x.year])).toEqual([
      ['江川路街道', 1000, 2020],
      ['古美街道', 2000, 2020],
      ['新虹街道', 3000, 2020],
      ['莘庄工业区', 6000, 2021],
    ]);
    expect(rows[2].source).toBe('population-towns.csv');
    expect(populationTotal(r.data)).toBe(12000);
    expect(r.stats).toMatchObject({ rows: 8, accepted: 4, rejected: 4 });
  });

  it('rejects a negative count, an unknown town, a non-number and a repeated town, by line', () => {
    expect(r.rejected.map((x) => x.line)).toEqual([5, 6, 7, 8]);
    expect(r.rejected[1].raw['街镇']).toBe('月亮镇');
    expect(Object.keys(r.rejected[0].raw)).toEqual(['街镇', '常住人口', '年份', '来源']);
    const byLine = (n: number) => errors(r.issues).filter((i) => i.line === n).map((i) => reason(i)).join(' ');
    expect(byLine(5)).toMatch(/负数/);
    expect(byLine(6)).toMatch(/月亮镇.*不是闵行区 14 个街镇/);
    expect(byLine(7)).toMatch(/无法解析为数字/);
    expect(byLine(8)).toMatch(/与第 3 行重复/);
    expect(errors(r.issues).find((i) => i.line === 5)?.column).toBe('常住人口');
  });

  it('names the town a name one character off likely means, and still rejects the row', () => {
    const bytes = new TextEncoder().encode('街镇,人口\n梅龙镇,100\n火星镇,100\n梅陇镇,50');
    const res = importPopulation({ name: 'p.csv', bytes, towns: TOWNS, district: TEST_DISTRICT });
    expect(res.rejected.map((x) => x.line)).toEqual([2, 3]);
    expect(errors(res.issues).map((i) => reason(i))).toEqual([
      "第 2 行「街镇」「梅龙镇」不是闵行区 14 个街镇的正式名称或别名（是否为梅陇镇？） / line 2, column '街镇': '梅龙镇' is not one of the 14 official town names or their aliases (did you mean 梅陇镇?)",
      "第 3 行「街镇」「火星镇」不是闵行区 14 个街镇的正式名称或别名 / line 3, column '街镇': '火星镇' is not one of the 14 official town names or their aliases",
    ]);
    expect(res.data.rows).toEqual([{ town: '梅陇镇', population: 50, year: null, source: 'p.csv' }]);
  });

  it('warns about mixed years', () => {
    expect(warnings(r.issues).some((i) => i.line === 0 && /2020、2021/.test(reason(i)))).toBe(true);
  });

  it('gives the coverage engine counts keyed by official name', () => {
    expect(populationInput(r.data)).toEqual({ kind: 'towns', counts: { 江川路街道: 1000, 古美街道: 2000, 新虹街道: 3000, 莘庄工业区: 6000 } });
  });

  it('English headers and aliases (莘庄 vs 莘庄工业区管委会)', () => {
    const a = run('population-towns-aliases.csv');
    expect(a.data.rows.map((x) => ('town' in x ? x.town : ''))).toEqual(['莘庄镇', '莘庄工业区']);
    expect(errors(a.issues)).toEqual([]);
  });

  it('without a town list, names are kept as written', () => {
    const a = run('population-towns.csv', { towns: undefined });
    expect(a.data.rows.map((x) => ('town' in x ? x.town : ''))).toContain('月亮镇');
  });

  it('a file with no count column rejects every row', () => {
    const bytes = new TextEncoder().encode('街镇,备注\n江川路街道,x\n');
    const a = importPopulation({ name: 'x.csv', bytes, towns: TOWNS });
    expect(a.data.rows).toEqual([]);
    expect(a.rejected.map((x) => x.line)).toEqual([2]);
    expect(reason(errors(a.issues)[0])).toMatch(/缺少必填列.*population/);
  });
});

describe('population points', () => {
  it('CSV: coordinates and counts validated, outside points warned, negatives and blanks rejected', () => {
    const r = run('population-points.csv');
    expect(r.shape).toBe('points');
    const rows = r.data.rows as { name: string; lng: number; lat: number; count: number }[];
    expect(rows.map((x) => [x.name, x.count])).toEqual([['A小区', 120], ['B小区', 80.5], ['G小区', 40]]);
    expect(rows[0]).toMatchObject({ lng: 121.38, lat: 31.11 });
    expect(populationTotal(r.data)).toBeCloseTo(240.5, 9);
    // F小区 lies in Beijing: rejected as a wrong coordinate; G小区 ~2 km outside: kept, warned
    expect(r.rejected.map((x) => x.line)).toEqual([4, 5, 6, 7]);
    expect(warnings(r.issues).some((i) => i.line === 8 && /区界之外/.test(reason(i)))).toBe(true);
    expect(populationInput(r.data)).toEqual({ kind: 'points', points: rows.map((x) => ({ lng: x.lng, lat: x.lat, count: x.count })) });
  });

  it('CSV: GCJ-02 coordinates are converted to WGS-84 like any other layer', () => {
    const r = run('population-points.csv', { crs: 'GCJ02' });
    const a = r.data.rows[0] as { lng: number; lat: number };
    expect(Math.abs(a.lng - 121.38)).toBeGreaterThan(0.002);
    expect(r.crs).toBe('GCJ02');
  });

  it('GeoJSON: Point features with a count property; non-points and bad counts rejected by feature', () => {
    const r = run('population-points.geojson');
    expect(r.format).toBe('geojson');
    const rows = r.data.rows as { name: string; count: number; source: string }[];
    expect(rows.map((x) => [x.name, x.count])).toEqual([['P1', 100], ['P2', 250]]);
    expect(rows[1].source).toBe('population-points.geojson');
    expect(r.rejected.map((x) => x.line)).toEqual([3, 4]);
    expect(r.stats).toMatchObject({ rows: 4, accepted: 2, rejected: 2 });
    expect(errors(r.issues).map((i) => i.line).sort()).toEqual([3, 4]);
  });

  it('GeoJSON in Web Mercator: converted, and the report says from which system, as for the other layers', () => {
    // metres of a Minhang point in EPSG:3857, as gcoord gives them
    const metres = gcoord.transform([121.42, 31.12], gcoord.WGS84, gcoord.EPSG3857);
    const fc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:3857' } }, features: [{ type: 'Feature', properties: { name: 'M1', count: 100 }, geometry: { type: 'Point', coordinates: metres } }] };
    const r = importPopulation({ name: 'p.geojson', bytes: new TextEncoder().encode(JSON.stringify(fc)) });
    const [p] = r.data.rows as { lng: number; lat: number }[];
    expect([p.lng, p.lat].map((x) => +x.toFixed(6))).toEqual([121.42, 31.12]);
    expect(r.issues.map((i) => [i.line, i.severity, reason(i)])).toContainEqual([0, 'warning', '坐标由 EPSG:3857（Web 墨卡托）换算为 WGS-84 / coordinates converted from EPSG:3857 (Web Mercator) to WGS-84']);
  });
});

describe('total vs. a reference total', () => {
  it('ratio and a 10 % tolerance', () => {
    expect(compareTotal(2_653_489, 2_653_489)).toEqual({ ratio: 1, far: false });
    expect(compareTotal(12_000, 2_653_489).far).toBe(true);
    expect(compareTotal(2_400_000, 2_653_489).far).toBe(false);
    expect(compareTotal(2_300_000, 2_653_489).far).toBe(true);
    expect(compareTotal(5, 0).far).toBe(true);
  });
});
