// Town names kept off the 质汇驿站's rings (scripts/lib/label-point.mjs): the box model, the zoom a
// name is clear from, the style it assumes, and the data pack's label points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  NAME_VIEW,
  RING_GAP,
  RING_STROKE,
  STATION_RADIUS_STOPS,
  TOWN_TEXT_STOPS,
  WIDE_VIEW,
  clearFrom,
  labelPoint,
  nameBox,
  namesOverlap,
  ringClearance,
  ringRadius,
} from '../../../scripts/lib/label-point.mjs';
import { TOWN_TEXT_SIZE } from '../../../src/lib/map/layers/towns';
import { pointRadius } from '../../../src/lib/map/layers/points';
import { STATION_RADIUS } from '../../../src/lib/map/base-layers';
import { precisionLook } from '../../../src/lib/map/circle-look';
import { parseLayerCsv } from '../../../src/lib/data/load';

const DATA = join(import.meta.dirname, '../../../data');
const read = (name: string) => readFileSync(join(DATA, name), 'utf8');
/** [zoom, value, zoom, value] of a linear interpolate expression. */
const stops = (e: unknown) => (e as unknown[]).slice(3);
/** Degrees of longitude that are `px` pixels at `zoom` (512 px tiles). */
const lngPx = (px: number, zoom: number) => (px * 360) / (512 * 2 ** zoom);

describe('the style the label points assume', () => {
  it("is the app's: the town names' size, the stations' radius and a ring's stroke", () => {
    expect(stops(TOWN_TEXT_SIZE)).toEqual(TOWN_TEXT_STOPS.flat());
    expect(stops(pointRadius(STATION_RADIUS))).toEqual(STATION_RADIUS_STOPS.flat());
    expect(precisionLook('#c2185b', 'town')._strokeWidth).toBe(RING_STROKE);
  });
});

describe('a name and a ring in pixels', () => {
  it("measures a name's box as Chromium draws it, to a pixel and a half (江川路街道 71 × 20 px, 吴泾镇 44 × 20 px at zoom 9.34)", () => {
    const near = (v: number, px: number) => expect(Math.abs(v - px)).toBeLessThanOrEqual(1.5);
    const jc = nameBox('江川路街道', 9.34);
    near(2 * jc.halfW, 71);
    near(2 * jc.halfH, 20);
    near(2 * nameBox('吴泾镇', 9.34).halfW, 44);
  });

  it('measures an English name, wrapped past 8 em as the layer wraps it, to 3 px (Jiangchuanlu 88 × 20 px, Xinzhuang / Ind. Zone 68 × 36 px)', () => {
    const near = (v: number, px: number) => expect(Math.abs(v - px)).toBeLessThanOrEqual(3);
    near(2 * nameBox('Jiangchuanlu', 9.34).halfW, 88);
    const xz = nameBox('Xinzhuang Ind. Zone', 9.34);
    near(2 * xz.halfW, 68);
    near(2 * xz.halfH, 36);
  });

  it("tells two names' boxes apart: side by side they overlap until their half widths fit between them", () => {
    const p: [number, number] = [121.4, 31.1];
    const w = nameBox('吴泾镇', 10).halfW + nameBox('马桥镇', 10).halfW;
    expect(namesOverlap(p, '吴泾镇', [p[0] + lngPx(w - 1, 10), p[1]], '马桥镇', 10)).toBe(true);
    expect(namesOverlap(p, '吴泾镇', [p[0] + lngPx(w + 1, 10), p[1]], '马桥镇', 10)).toBe(false);
  });

  it('gives the ring its radius and stroke, growing with the zoom', () => {
    expect(ringRadius(9)).toBeCloseTo(6.5 + 2.2);
    expect(ringRadius(14)).toBeCloseTo(13 + 2.2);
  });

  it('measures the clearance from the box to the ring, or to its centre', () => {
    const c: [number, number] = [121.4, 31.1];
    const { halfW } = nameBox('吴泾镇', 10);
    // a station 30 px to the right of the box's side
    const ring: [number, number] = [c[0] + lngPx(halfW + 30, 10), c[1]];
    expect(ringClearance(c, '吴泾镇', [ring], 10)).toBeCloseTo(30 - ringRadius(10), 5);
    expect(ringClearance(c, '吴泾镇', [ring], 10, true)).toBeCloseTo(30, 5);
    // a station under the name: covered
    expect(ringClearance(c, '吴泾镇', [c], 10)).toBeLessThan(0);
  });

  it('finds the zoom from which a name is clear: later for a nearer station, never for one under it', () => {
    const c: [number, number] = [121.4, 31.1];
    const near: [number, number] = [c[0] + 0.02, c[1]];
    const nearer: [number, number] = [c[0] + 0.012, c[1]];
    const z = clearFrom(c, '吴泾镇', [near]);
    expect(z).toBeGreaterThan(NAME_VIEW);
    expect(clearFrom(c, '吴泾镇', [nearer])).toBeGreaterThan(z);
    expect(ringClearance(c, '吴泾镇', [near], z)).toBeGreaterThanOrEqual(RING_GAP);
    expect(ringClearance(c, '吴泾镇', [near], z - 0.05)).toBeLessThan(RING_GAP);
    expect(clearFrom(c, '吴泾镇', [[c[0] + 0.2, c[1]]])).toBe(NAME_VIEW);
    expect(clearFrom(c, '吴泾镇', [c])).toBe(Infinity);
  });

  it("moves a name off a ring at the town's middle", () => {
    // a 10 × 6 km square town with its one station at the middle, where the name went before
    const [w, s, e, n] = [121.35, 31.07, 121.455, 31.124];
    const town = {
      type: 'Feature' as const,
      properties: { name: '甲镇' },
      geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
    };
    const station: [number, number] = [(w + e) / 2, (s + n) / 2];
    const p = labelPoint(town, [station], [], [station]);
    expect(ringClearance(p, '甲镇', [station], NAME_VIEW)).toBeGreaterThanOrEqual(RING_GAP);
    expect(p[0]).toBeGreaterThan(w);
    expect(p[0]).toBeLessThan(e);
  });
});

describe("the data pack's town names", () => {
  const towns = (JSON.parse(read('town-boundaries.geojson')) as FeatureCollection<Polygon | MultiPolygon>).features;
  const rings = parseLayerCsv('stations', read('stations.csv')).records.map((r) => [r.lng, r.lat] as [number, number]);
  const at = (t: (typeof towns)[number]) => [t.properties?.label_lng, t.properties?.label_lat] as [number, number];

  it("are clear of every station's ring from just below the district's zoom on a wide screen", () => {
    for (const t of towns) expect(ringClearance(at(t), t.properties?.name, rings, WIDE_VIEW), t.properties?.name).toBeGreaterThanOrEqual(RING_GAP);
  });

  it("cover no ring's centre on a phone, and five or more are clear of the rings there too", () => {
    for (const t of towns) expect(ringClearance(at(t), t.properties?.name, rings, NAME_VIEW, true), t.properties?.name).toBeGreaterThanOrEqual(RING_GAP);
    const clear = towns.filter((t) => ringClearance(at(t), t.properties?.name, rings, NAME_VIEW) >= RING_GAP);
    expect(clear.length).toBeGreaterThanOrEqual(5);
  });
});
