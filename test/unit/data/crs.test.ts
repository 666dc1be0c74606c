// CRS conversion at the edge: fixtures in GCJ-02 / BD-09, guessing, and round-trip properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import gcoord from 'gcoord';
import { convert, guessCrsFromSource, type Crs } from '../../../src/lib/data/crs';
import { haversine } from '../../../src/lib/data/coords';
import { importFixture } from './fixture';

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
  ])('%s → %s', (text, crs) => expect(guessCrsFromSource(text)).toBe(crs));
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
