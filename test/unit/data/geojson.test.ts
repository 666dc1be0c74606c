// GeoJSON import: points through the same validator, polygons, lines, projected coordinates.
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { importFixture, errors, reason, english } from './fixture';
import { importTownBoundaries, importBarriers, importPointGeoJson } from '../../../src/lib/data/geojson';
import { ImportError } from '../../../src/lib/data/issues';
import { readFileSync } from 'node:fs';
import { FIXTURES } from './fixture';

const read = (f: string) => readFileSync(FIXTURES + f, 'utf8');

describe('point GeoJSON', () => {
  it('maps properties like CSV columns and reports features by index', () => {
    const res = importFixture('points.geojson', 'facilities');
    expect(res.format).toBe('geojson');
    expect(res.records.map((r) => [r.name, r.lng, r.lat, r.category, r.source])).toEqual([['甲', 121.38, 31.11, '医疗', 'points.geojson']]);
    expect(errors(res.issues).map((i) => [i.line, i.column ?? null])).toEqual([
      [2, null],
      [3, '类别'],
    ]);
    expect(reason(errors(res.issues)[0])).toMatch(/第 2 个要素.*LineString/);
    expect(res.rejected.map((r) => r.line)).toEqual([2, 3]);
  });
  it('converts GCJ-02 points', () => {
    const res = importPointGeoJson('facilities', read('points.geojson'), { crs: 'GCJ02', user: { fileName: 'p' } });
    const [lng, lat] = gcoord.transform([121.38, 31.11], gcoord.GCJ02, gcoord.WGS84); // gcoord stops its inverse at 1e-6°; ours at 1e-9°
    expect(res.records[0].lng).toBeCloseTo(lng, 6);
    expect(res.records[0].lat).toBeCloseTo(lat, 6);
  });
  it('takes a point inside an area feature (a park drawn as a polygon), with a warning', () => {
    const park = { type: 'Feature', properties: { 名称: '公园', 类别: '公园绿地' }, geometry: { type: 'Polygon', coordinates: [[[121.38, 31.1], [121.4, 31.1], [121.4, 31.12], [121.38, 31.12], [121.38, 31.1]]] } };
    const res = importPointGeoJson('facilities', JSON.stringify({ type: 'FeatureCollection', features: [park] }), { user: { fileName: 'p' } });
    expect(res.records.map((r) => [r.name, r.category, +r.lng.toFixed(6), +r.lat.toFixed(6)])).toEqual([['公园', '公园', 121.39, 31.11]]);
    expect(res.issues.filter((i) => i.line > 0).map((i) => [i.line, i.severity, english(i)])).toEqual([[1, 'warning', 'feature 1: is an area; a point inside it (121.39000, 31.11000) stands for it']]);
  });
  it('reads a file in Web Mercator (EPSG:3857 and its older codes) as longitude/latitude and says so; other projected systems stay refused', () => {
    // metres of two Minhang points in EPSG:3857, as gcoord gives them
    const pts = [[121.38, 31.11], [121.52, 31.06]];
    const metres = pts.map((p) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.EPSG3857));
    expect(metres[0][0]).toBeCloseTo(13511959.79, 1);
    const file = (crs: string) =>
      JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: crs } }, features: metres.map((c, i) => ({ type: 'Feature', properties: { 编号: `d${i}`, 名称: `点${i}`, 类别: '医疗' }, geometry: { type: 'Point', coordinates: c } })) });
    for (const crs of ['urn:ogc:def:crs:EPSG::3857', 'EPSG:900913', 'EPSG:102100']) {
      const res = importPointGeoJson('facilities', file(crs), { user: { fileName: 'p' } });
      expect(res.records.map((r) => [r.lng, r.lat])).toEqual(pts.map((p) => [expect.closeTo(p[0], 9), expect.closeTo(p[1], 9)]));
      // (and the file's note that no 位置精度 is given: r3)
      expect(res.issues.map((i) => [i.line, i.severity, english(i)])).toContainEqual([0, 'warning', `coordinates converted from ${crs} (Web Mercator) to WGS-84`]);
      expect(res.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
    }
    const lines = JSON.parse(file('EPSG:3857'));
    lines.features = [{ type: 'Feature', properties: { name: '河' }, geometry: { type: 'LineString', coordinates: metres } }];
    expect((importBarriers(JSON.stringify(lines)).barriers[0].geometry.coordinates as number[][]).map((c) => c.map((x) => +x.toFixed(9)))).toEqual(pts);
    for (const crs of ['EPSG:4549', 'EPSG:23857', 'EPSG:32651']) expect(() => importPointGeoJson('facilities', file(crs))).toThrow(ImportError);
  });
  it('rejects non-GeoJSON JSON with ImportError', () => {
    expect(() => importPointGeoJson('facilities', '{"a":1}')).toThrow(ImportError);
    expect(() => importPointGeoJson('facilities', '{"type":')).toThrow(ImportError);
  });
});

describe('point GeoJSON issues', () => {
  it('name the geometry\'s coordinates, not a hidden column (「@lng」 leaked into the report: review 15)', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a', name: '甲', services: '计量', status: '在运营', source: '测试' }, geometry: { type: 'Point', coordinates: [500, 31.1] } }] });
    const r = importPointGeoJson('stations', text);
    expect(errors(r.issues).map((i) => i.zh)).toEqual(['第 1 个要素「几何经度」超出经纬度范围：500']);
    expect(english(errors(r.issues)[0])).not.toContain('@');
  });
});

describe('polygon and line GeoJSON', () => {
  it('town boundaries need a name; non-polygons are reported', () => {
    const res = importTownBoundaries(read('towns.geojson'));
    expect(res.boundaries.map((b) => [b.name, b.code, b.geometry.type])).toEqual([['测试街道', '310112999', 'Polygon']]);
    expect(res.issues.map((i) => i.line)).toEqual([2, 3]);
  });
  it('reads the name properties GIS layers use, else the code; says which it accepts (review 16)', () => {
    const square = { type: 'Polygon', coordinates: [[[121.3, 31.1], [121.31, 31.1], [121.31, 31.11], [121.3, 31.1]]] };
    const fc = (props: Record<string, unknown>[]) => JSON.stringify({ type: 'FeatureCollection', features: props.map((properties) => ({ type: 'Feature', properties, geometry: square })) });
    const res = importTownBoundaries(fc([{ 街镇名称: '七宝镇', 代码: '310112102' }, { XZQMC: '华漕镇' }, { JDMC: '江川路街道' }, { OBJECTID: 4, 行政区划代码: '310112114' }, { OBJECTID: 5 }]));
    expect(res.boundaries.map((b) => [b.name, b.code])).toEqual([['七宝镇', '310112102'], ['华漕镇', ''], ['江川路街道', ''], ['310112114', '310112114']]);
    expect(res.issues.map((i) => [i.line, i.zh])).toEqual([[5, '第 5 个要素缺少名称属性（name、名称、街镇名称 或区划代码）']]);
    // a barrier needs no name: its code is not made one
    expect(importBarriers(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'x1' }, geometry: { type: 'LineString', coordinates: [[121.3, 31.1], [121.4, 31.1]] } }] })).barriers[0].name).toBe('');
  });
  it('projected polygons → one clear error, nothing imported', () => {
    const res = importTownBoundaries(read('projected.geojson'));
    expect(res.boundaries).toEqual([]);
    expect(res.issues).toHaveLength(1);
    expect(reason(res.issues[0])).toMatch(/projected CRS/);
  });
  it('barriers as lines, converted from GCJ-02', () => {
    const res = importBarriers(read('barriers.geojson'), { crs: 'GCJ02' });
    expect(res.barriers.map((b) => [b.name, b.kind])).toEqual([['测试河', 'river']]);
    const first = (res.barriers[0].geometry.coordinates as number[][])[0];
    const want = gcoord.transform([121.3, 31.1], gcoord.GCJ02, gcoord.WGS84);
    expect(first[0]).toBeCloseTo(want[0], 6);
    expect(first[1]).toBeCloseTo(want[1], 6);
  });
});
