// CRS conversion at the edge: fixtures in GCJ-02 / BD-09, guessing, and round-trip properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import gcoord from 'gcoord';
import { convert, guessCrsFromSource, type Crs } from '../../../src/lib/data/crs';
import { crsHint, importFile } from '../../../src/lib/data/import';
import { haversine } from '../../../src/lib/data/coords';
import { importFixture, reason } from './fixture';

describe('guessCrsFromSource', () => {
  it.each([
    ['高德地图拾取', 'GCJ02'],
    ['腾讯地图', 'GCJ02'],
    ['AMap POI export', 'GCJ02'],
    ['from Tencent', 'GCJ02'],
    ['百度地图坐标拾取', 'BD09'],
    ['baidu.csv', 'BD09'],
    ['天地图', 'WGS84'],
    ['GPS 实测', 'WGS84'],
    ['WGS-84', 'WGS84'],
    ['白皮书2024 附录十二', undefined],
    // converted: the values are WGS-84, whatever they came from
    ['公开常识；位置：按GCJ-02经gcoord转WGS-84', 'WGS84'],
    ['百度地图坐标（BD-09与GCJ-02，经gcoord转WGS-84）的平均', 'WGS84'],
    ['高德坐标转换为 WGS84', 'WGS84'],
    ['Baidu pick, converted to WGS-84', 'WGS84'],
  ])('%s → %s', (text, crs) => expect(guessCrsFromSource(text)).toBe(crs));
});

describe('crsHint: what may name a CRS', () => {
  it('reads the file name, the header and a source column, not the names of places', () => {
    const guess = (name: string, text: string) => guessCrsFromSource(crsHint(name, text));
    expect(guess('企业名录2025.csv', '名称,经度,纬度\n腾讯科技（上海）有限公司,121.4,31.1\n百度在线,121.41,31.11')).toBeUndefined();
    expect(guess('企业.csv', '名称,经度,纬度,来源\n甲,121.4,31.1,高德地图拾取')).toBe('GCJ02');
    expect(guess('企业.csv', '名称,bd_lng,bd_lat\n甲,121.4,31.1')).toBe('BD09');
    expect(guess('高德POI.csv', '名称,经度,纬度\n甲,121.4,31.1')).toBe('GCJ02');
    const json = (props: string) => `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${props},"geometry":{"type":"Point","coordinates":[121.4,31.1]}}]}`;
    expect(guess('p.geojson', json('{"name":"腾讯大厦"}'))).toBeUndefined();
    expect(guess('p.geojson', json('{"name":"甲","source":"百度地图"}'))).toBe('BD09');
    // an Excel title line above the header (review 6: skipped as a title, and not read for the CRS)
    expect(guess('统计表.csv', '闵行区设施统计（2024年，坐标来源：高德地图）,,\n名称,经度,纬度\n甲,121.4,31.1')).toBe('GCJ02');
  });
  it('the note says where the guess came from: the file name, or the text (the same bytes renamed read otherwise)', () => {
    const note = (name: string, text: string) => importFile({ name, bytes: new TextEncoder().encode(text), layer: 'facilities' }).issues.map(reason).find((r) => /推测坐标系/.test(r));
    const rows = '名称,经度,纬度,类别\n甲,121.4,31.1,医疗';
    expect(note('浦江镇设施_高德.csv', rows)).toMatch(/^根据文件名推测坐标系为 GCJ02/);
    expect(note('浦江镇设施.csv', rows)).toBeUndefined();
    expect(note('设施.csv', '名称,经度,纬度,类别,来源\n甲,121.4,31.1,医疗,百度地图')).toMatch(/^根据表头、标题行或来源列推测坐标系为 BD09/);
  });
});

describe('CRS fixtures', () => {
  it('GCJ-02 input (guessed from 高德) comes out within 1 m of gcoord’s WGS-84', () => {
    const res = importFixture('gcj02-amap.csv', 'facilities');
    expect(res.crs).toBe('GCJ02');
    const [lng, lat] = gcoord.transform([121.385, 31.111], gcoord.GCJ02, gcoord.WGS84);
    expect(haversine(res.records[0].lng, res.records[0].lat, lng, lat)).toBeLessThan(1);
    // and it really moved: GCJ-02 is offset by hundreds of metres in Shanghai
    expect(haversine(res.records[0].lng, res.records[0].lat, 121.385, 31.111)).toBeGreaterThan(200);
  });
  it('a GeoJSON declaring GCJ02 in its crs member is read as GCJ-02 and converted, not refused as projected', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'GCJ02' } },
      features: [{ type: 'Feature', properties: { name: '甲', category: '医疗' }, geometry: { type: 'Point', coordinates: [121.385, 31.111] } }] });
    const res = importFile({ name: '设施.geojson', bytes: new TextEncoder().encode(text), layer: 'facilities' });
    expect(res.crs).toBe('GCJ02');
    expect(res.records).toHaveLength(1);
    const [lng, lat] = gcoord.transform([121.385, 31.111], gcoord.GCJ02, gcoord.WGS84);
    expect(haversine(res.records[0].lng, res.records[0].lat, lng, lat)).toBeLessThan(1);
  });
  it('BD-09 input (guessed from 百度) comes out within 1 m of gcoord’s WGS-84', () => {
    const res = importFixture('bd09-baidu.csv', 'facilities');
    expect(res.crs).toBe('BD09');
    const [lng, lat] = gcoord.transform([121.3915, 31.117], gcoord.BD09, gcoord.WGS84);
    expect(haversine(res.records[0].lng, res.records[0].lat, lng, lat)).toBeLessThan(1);
  });
  it('an explicit crs overrides the guess', () => {
    const res = importFixture('gcj02-amap.csv', 'facilities', { crs: 'WGS84' });
    expect(res.crs).toBe('WGS84');
    expect([res.records[0].lng, res.records[0].lat]).toEqual([121.385, 31.111]);
  });
});

describe('round trips within 1 m (property)', () => {
  const shanghaiish = fc.record({ lng: fc.double({ min: 120.8, max: 122.2, noNaN: true }), lat: fc.double({ min: 30.6, max: 31.9, noNaN: true }) });
  const crs = fc.constantFrom<Crs>('GCJ02', 'BD09');
  it('WGS84 → X → WGS84', () => {
    fc.assert(
      fc.property(shanghaiish, crs, ({ lng, lat }, c) => {
        const [x, y] = convert(lng, lat, 'WGS84', c);
        const [bx, by] = convert(x, y, c, 'WGS84');
        return haversine(lng, lat, bx, by) < 1;
      }),
      { numRuns: 500 },
    );
  });
  it('X → WGS84 → X', () => {
    fc.assert(
      fc.property(shanghaiish, crs, ({ lng, lat }, c) => {
        const [x, y] = convert(lng, lat, c, 'WGS84');
        const [bx, by] = convert(x, y, 'WGS84', c);
        return haversine(lng, lat, bx, by) < 1;
      }),
      { numRuns: 500 },
    );
  });
});

describe('the formulas agree with gcoord (property)', () => {
  // across China and beyond its box (where GCJ-02 is WGS-84), every direction
  // not within 0.05° of the edge of the box where the offset applies: there gcoord's own inverse
  // iteration (unbounded) can step in and out of the box for ever
  const nearEdge = (v: number, edges: number[]) => edges.some((e) => Math.abs(v - e) < 0.05);
  const anywhere = fc
    .record({ lng: fc.double({ min: 60, max: 150, noNaN: true }), lat: fc.double({ min: -5, max: 60, noNaN: true }) })
    .filter(({ lng, lat }) => !nearEdge(lng, [72.004, 137.8347]) && !nearEdge(lat, [0.8293, 55.8271]));
  const pair = fc.constantFrom<[Crs, Crs]>(['WGS84', 'GCJ02'], ['GCJ02', 'WGS84'], ['WGS84', 'BD09'], ['BD09', 'WGS84'], ['GCJ02', 'BD09'], ['BD09', 'GCJ02']);
  it('to 1e-9° on the forward transforms; the inverse ones within gcoord’s own stopping error, GCJ-02’s exact to 1e-8°', () => {
    fc.assert(
      fc.property(anywhere, pair, ({ lng, lat }, [from, to]) => {
        const [x, y] = convert(lng, lat, from, to);
        const [gx, gy] = gcoord.transform([lng, lat], gcoord[from], gcoord[to]);
        if (to !== 'WGS84') return Math.abs(x - gx) < 1e-9 && Math.abs(y - gy) < 1e-9;
        // gcoord stops its GCJ-02 inverse at a 1e-6° residual (up to ~15 cm here); ours goes to
        // 1e-9°: converting a GCJ-02 answer back must give the input (BD-09's closed-form pair is
        // itself only approximately inverse, in gcoord as here)
        if (haversine(x, y, gx, gy) >= 0.3) return false;
        if (from !== 'GCJ02') return true;
        const [bx, by] = convert(x, y, 'WGS84', from);
        return Math.abs(bx - lng) < 1e-8 && Math.abs(by - lat) < 1e-8;
      }),
      { numRuns: 3000 },
    );
  });
  it('known answer: 人民广场 WGS-84 (121.4737, 31.2304) → GCJ-02 and BD-09', () => {
    const [gx, gy] = gcoord.transform([121.4737, 31.2304], gcoord.WGS84, gcoord.GCJ02);
    expect(convert(121.4737, 31.2304, 'WGS84', 'GCJ02')).toEqual([gx, gy].map((v) => expect.closeTo(v, 12)));
    // the Shanghai offset is about 0.0045° east and −0.002° north
    expect(gx - 121.4737).toBeCloseTo(0.0045, 3);
    expect(gy - 31.2304).toBeCloseTo(-0.0020, 3);
  });
});
