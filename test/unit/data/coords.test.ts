// Coordinate cells, swap detection, bounds and header matching.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { parseCoordinate, looksSwapped, insideBounds, nearArea, districtBounds, NEAR_KM } from '../../../src/lib/data/coords';
import { importFile } from '../../../src/lib/data/import';
import { suggestMapping } from '../../../src/lib/data/headers';
import { parseNumber, unneutralise } from '../../../src/lib/data/text';
import { reason } from './fixture';

describe('parseCoordinate', () => {
  it.each([
    ['121.4567', 121.4567],
    ['-33.5', -33.5],
    ['121,4567', 121.4567],
    ['１２１．４', 121.4],
    ['121°30\'E', 121.5],
    ['121°30′36″', 121.51],
    ['121度30分36秒', 121.51],
    ['东经121度30分', 121.5],
    ['31°15\'S', -31.25],
    ['W 74.5', -74.5],
    ['121° 30.6\'', 121.51],
  ])('%s → %d', (cell, v) => {
    const r = parseCoordinate(cell);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(v, 9);
  });
  it.each(['', 'abc', '121.4.5', '121°75\'', '121,4,5', '12a'])('rejects %j', (cell) => {
    expect(parseCoordinate(cell).ok).toBe(false);
  });
});

describe('parseNumber', () => {
  it.each([
    ['3', false, 3],
    ['-3.5', false, -3.5],
    ['1,234', false, 1234],
    ['1,5', true, 1.5],
    ['１２', false, 12],
    ['x', false, undefined],
    // 万 and 亿, as statistics tables write population (review 14 L1)
    ['27.5万', false, 275000],
    ['1.23万', false, 12300],
    ['３万', false, 30000],
    ['1.2亿', false, 120000000],
    ['万', false, undefined],
    ['2万人', false, undefined],
  ] as const)('%s (decimal comma %s) → %s', (cell, dc, v) => expect(parseNumber(cell, dc)).toBe(v));
});

describe('unneutralise', () => {
  it.each([
    ["'=1", '=1'],
    ["''=1", "'=1"],
    ["'-2", '-2'],
    ["'abc", "'abc"],
    ['=1', '=1'],
  ])('%s → %s', (a, b) => expect(unneutralise(a)).toBe(b));
});

describe('swap and bounds', () => {
  it('looksSwapped', () => {
    expect(looksSwapped(31.1, 121.4)).toBe(true);
    expect(looksSwapped(121.4, 31.1)).toBe(false);
    expect(looksSwapped(10, 170)).toBe(true);
  });
  it('insideBounds with a polygon hole', () => {
    const square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]];
    const b = { polygons: [square] };
    expect(insideBounds(b, 1, 1)).toBe(true);
    expect(insideBounds(b, 5, 5)).toBe(false);
    expect(insideBounds(b, 11, 5)).toBe(false);
  });
});

describe('suggestMapping', () => {
  it('matches Chinese and English aliases ignoring case, spaces, full width and units', () => {
    expect(suggestMapping('stations', ['站点名称', 'ＬＮＧ', ' Latitude ', '服务内容', '状态', '经度(°)'])).toEqual({
      name: '站点名称',
      lng: 'ＬＮＧ',
      lat: ' Latitude ',
      services: '服务内容',
      status: '状态',
    });
    expect(suggestMapping('facilities', ['X', 'Y', '类别', '类型', '街镇', '地址'])).toEqual({
      lng: 'X',
      lat: 'Y',
      category: '类别',
      subtype: '类型',
      town: '街镇',
      address: '地址',
    });
  });
  it('prefers an exact field key over an alias', () => {
    expect(suggestMapping('facilities', ['经度', 'lng'])).toMatchObject({ lng: 'lng' });
  });
});

describe('nearArea: within 5 km of the district outline, not of its bounding box', () => {
  const outline = JSON.parse(readFileSync('data/district-outline.geojson', 'utf8')) as FeatureCollection<Polygon>;
  const district = districtBounds(outline);
  const edge = turf.polygonToLine(outline.features[0]) as Feature<GeoJSON.LineString>;
  const km = (lng: number, lat: number) => turf.pointToLineDistance(turf.point([lng, lat]), edge, { units: 'kilometers' });

  it('refuses the places a review found accepted: 人民广场, 陆家嘴, 张江, 松江新城 (7–11 km away, inside the widened box)', () => {
    for (const [lng, lat] of [[121.4737, 31.2304], [121.5, 31.24], [121.59, 31.2], [121.6, 31.3]]) {
      expect(km(lng, lat)).toBeGreaterThan(NEAR_KM + 2);
      expect(nearArea(district, lng, lat, NEAR_KM), `${lng}, ${lat}`).toBe(false);
    }
    expect(nearArea(district, 121.3, 31.0, NEAR_KM)).toBe(true); // 2.2 km south of the outline
  });

  it('agrees with Turf on 400 points around the district (those within 50 m of 5 km left out)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const lng = 121.1 + rnd() * 0.6;
      const lat = 30.85 + rnd() * 0.55;
      if (insideBounds(district, lng, lat)) continue;
      const d = km(lng, lat);
      if (Math.abs(d - NEAR_KM) < 0.05) continue;
      expect(nearArea(district, lng, lat, NEAR_KM), `${lng}, ${lat}: ${d} km`).toBe(d <= NEAR_KM);
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('an import against the real outline keeps a facility 2 km out and rejects one at 人民广场', () => {
    const csv = '名称,类别,经度,纬度\n近处,医疗,121.3,31.0\n人民广场,医疗,121.4737,31.2304\n';
    const r = importFile({ name: 'f.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', district });
    expect(r.records.map((x) => x.name)).toEqual(['近处']);
    expect(r.rejected.map((x) => x.line)).toEqual([3]);
  });
});

describe("a row's 街镇 against where its point lies (review 12 M3)", () => {
  const boundaries = JSON.parse(readFileSync('data/town-boundaries.geojson', 'utf8')) as FeatureCollection<Polygon>;
  const towns = boundaries.features.map((f) => ({
    name: String(f.properties!.name),
    alias: f.properties!.name === '浦江镇' ? '浦江' : '',
    area: districtBounds({ features: [f] }),
  }));
  const run = (rows: string[]) =>
    importFile({ name: 'f.csv', bytes: new TextEncoder().encode(['名称,类别,街镇,经度,纬度', ...rows].join('\n')), layer: 'facilities', towns });

  it('questions a town its point lies far from, and only that row; both stay as given', () => {
    // a point deep inside 浦江镇, over 2.2 km from its every edge
    const pujiang = boundaries.features.find((f) => f.properties!.name === '浦江镇')!;
    const rim = turf.polygonToLine(pujiang) as Feature<GeoJSON.LineString>;
    const [w, s, e, n] = turf.bbox(pujiang);
    let deep: number[] | null = null;
    for (let x = w; x < e && !deep; x += 0.005)
      for (let y = s; y < n && !deep; y += 0.005)
        if (turf.booleanPointInPolygon([x, y], pujiang) && turf.pointToLineDistance([x, y], rim, { units: 'kilometers' }) > 2.2) deep = [x, y];
    expect(deep).not.toBeNull();
    const r = run([
      `深处,医疗,浦江镇,${deep![0]},${deep![1]}`,
      '浦江内,医疗,浦江镇,121.541882,31.037341', // 浦江镇's label point
      '写错镇,医疗,浦江,121.349095,31.162853', // 七宝镇's label point, ~22 km away
      '边界外一点,医疗,浦江镇,121.5,31.1', // near 浦江镇 but perhaps across its approximate edge
    ]);
    expect(r.records.map((x) => [x.name, x.town])).toEqual([['深处', '浦江镇'], ['浦江内', '浦江镇'], ['写错镇', '浦江镇'], ['边界外一点', '浦江镇']]);
    const questioned = r.issues.filter((i) => /近似范围超过/.test(reason(i)));
    expect(questioned.map((i) => i.line)).toEqual([4]);
    expect(reason(questioned[0])).toContain('第 4 行「街镇」写的是浦江镇，但位置离该镇近似范围超过 2 km，请核对街镇或坐标');
    expect(questioned[0].severity).toBe('warning');
  });

  it('says nothing when the towns come without areas', () => {
    const r = importFile({ name: 'f.csv', bytes: new TextEncoder().encode('名称,类别,街镇,经度,纬度\n写错镇,医疗,浦江镇,121.349095,31.162853\n'), layer: 'facilities', towns: towns.map(({ name, alias }) => ({ name, alias })) });
    expect(r.issues.filter((i) => /近似范围超过/.test(reason(i)))).toEqual([]);
  });
});
