// The app's own bounding box and interior point, checked against Turf (which the app no longer
// bundles: docs/decisions/0009-area-geometry.md) on the data pack and on random polygons.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import fc from 'fast-check';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { bboxOf, interiorPoint, townLabelPoint } from '../../../src/lib/data/areas';

const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const outline = read('district-outline.geojson');
const towns = read('town-boundaries.geojson');
const poly = (ring: number[][], props: Record<string, unknown> = {}): Feature<Polygon> => turf.polygon([ring], props);

/** A star-shaped ring around (cx, cy): n vertices at random radii (concave, never self-crossing). */
const star = fc
  .record({
    cx: fc.double({ min: 121, max: 122, noNaN: true }),
    cy: fc.double({ min: 30.9, max: 31.3, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.002, max: 0.05, noNaN: true }), { minLength: 3, maxLength: 40 }),
  })
  .map(({ cx, cy, radii }) => {
    const ring = radii.map((r, i) => {
      const a = (2 * Math.PI * i) / radii.length;
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    });
    return poly([...ring, ring[0]]);
  });

describe('bboxOf', () => {
  it('equals Turf’s bbox for the district, every town and random polygons', () => {
    expect(bboxOf(outline)).toEqual(turf.bbox(outline));
    for (const t of towns.features) expect(bboxOf(t)).toEqual(turf.bbox(t));
    fc.assert(fc.property(star, (p) => { expect(bboxOf(p)).toEqual(turf.bbox(p)); }));
  });
});

describe('interiorPoint', () => {
  it('is inside every town polygon and inside random star polygons', () => {
    for (const t of towns.features) expect(turf.booleanPointInPolygon(interiorPoint(t), t), String(t.properties?.name)).toBe(true);
    fc.assert(fc.property(star, (p) => turf.booleanPointInPolygon(interiorPoint(p), p)));
  });
  it('is the centroid of a square and stays inside shapes whose centroid is outside (a U, a ring with a hole)', () => {
    const [x, y] = interiorPoint(poly([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]));
    expect(x).toBeCloseTo(1, 12);
    expect(y).toBeCloseTo(1, 12);
    const u = poly([[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]);
    expect(turf.booleanPointInPolygon(turf.centroid(u), u)).toBe(false); // why the fallback exists
    expect(turf.booleanPointInPolygon(interiorPoint(u), u)).toBe(true);
    const holed = turf.polygon([[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]]);
    expect(turf.booleanPointInPolygon(interiorPoint(holed), holed)).toBe(true);
  });
  it('takes the largest part of a MultiPolygon', () => {
    const m = turf.multiPolygon([[[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10.1], [10, 10]]], [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]]);
    const [x, y] = interiorPoint(m);
    expect(x).toBeCloseTo(1, 9);
    expect(y).toBeCloseTo(1, 9);
  });
});

describe('townLabelPoint', () => {
  it('prefers the point the data gives', () => {
    const t = towns.features[0];
    expect(townLabelPoint(t)).toEqual([t.properties?.label_lng, t.properties?.label_lat]);
    expect(townLabelPoint(poly([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]], { name: 'x' }))).toEqual([1, 1]);
  });
});
