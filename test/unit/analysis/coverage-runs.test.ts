import { describe, expect, it } from 'vitest';
import { buildBarrierModel, computeCoverage, type BarrierInput, type CoverageInput, type CoverageResult, type GapInfo } from '../../../src/lib/analysis/coverage/index.ts';
import { paintReach } from './coverage-paint-reference.ts';
import { populationGrid } from '../../../src/lib/analysis/coverage/population.ts';
import { sourceCoords } from '../../../src/lib/analysis/coverage/provider.ts';
import { discRuns, intersectRuns, townGaps, type RowRuns, type TownRuns } from '../../../src/lib/analysis/coverage/runs.ts';
import { facility, line, ll, rect, towns } from '../../fixtures/coverage/geometry.ts';
import { refLabels, refTownStats, type RefGap } from './coverage-reference.ts';

function rng(seed: number) {
  return () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
}

/** An irregular (star-shaped) district outline, metres around the fixture origin. */
function blob(rnd: () => number, r: number) {
  const ring = Array.from({ length: 23 }, (_, k) => {
    const a = (2 * Math.PI * k) / 23, s = r * (0.55 + 0.45 * rnd());
    return ll(s * Math.cos(a), s * Math.sin(a));
  });
  ring.push(ring[0]);
  return { type: 'Feature' as const, properties: { name: 'D' }, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
}

function scenario(seed: number): CoverageInput {
  const rnd = rng(seed);
  const R = 3000 + 3000 * rnd();
  const cats = ['医疗', '公园', '教育', '体育'];
  const nFac = Math.floor(rnd() * 60);
  const facilities = Array.from({ length: nFac }, (_, k) => facility(`f${k}`, (rnd() * 2 - 1) * R, (rnd() * 2 - 1) * R, cats[Math.floor(rnd() * (k % 5 === 0 ? 2 : 4))]));
  // towns: overlapping rectangles (the first listed wins) that leave part of the district in no town
  const t = towns(rect(-R, -R, 0, R * 0.8, 'W'), rect(-R * 0.3, -R, R, 0, 'SE'), rect(0, 0, R, R, 'NE'));
  return {
    district: { outline: blob(rnd, R), towns: t }, facilities, categories: cats, cellSize: 60 + Math.floor(rnd() * 80),
    bands: { 医疗: { metres: 300 + rnd() * 1500 }, 公园: { metres: 100 + rnd() * 500 }, 教育: { minutes: 10, mode: 'walk' }, 体育: { metres: 2000 + 3000 * rnd() } },
    distanceMode: 'straight',
    population: { kind: 'points', points: Array.from({ length: 50 }, () => { const [lng, lat] = ll((rnd() * 2 - 1) * R, (rnd() * 2 - 1) * R); return { lng, lat, count: 1 + Math.floor(rnd() * 100) }; }) },
  };
}

function expectGap(got: GapInfo | null, ref: RefGap | null): void {
  if (!ref) { expect(got).toBeNull(); return; }
  expect(got).not.toBeNull();
  expect(got!.areaKm2).toBe(ref.areaKm2);
  expect(ref.ties).toContainEqual(got!.point);
}

function expectSameStats(r: CoverageResult, input: CoverageInput): void {
  const pop = input.population ? populationGrid(r.grid, input.population, []) : null;
  const ref = refTownStats(r.grid, r.categories.map((c) => c.reach), pop);
  const count = new Uint8Array(r.count.length);
  for (const c of r.categories) for (let k = 0; k < count.length; k++) count[k] += c.reach[k];
  expect(r.count).toEqual(count);
  expect(r.towns.length).toBe(ref.length);
  r.towns.forEach((t, k) => {
    const e = ref[k];
    expect([t.name, t.areaKm2, t.population, t.completeness, t.allShare]).toEqual([e.name, e.areaKm2, e.population, e.completeness, e.allShare]);
    t.categories.forEach((c, q) => {
      const ec = e.categories[q];
      expect([c.coveredShare, c.coveredKm2, c.populationShare]).toEqual([ec.coveredShare, ec.coveredKm2, ec.populationShare]);
      expectGap(c.largestGap, ec.largestGap);
    });
    expectGap(t.largestGapAny, e.largestGapAny);
    expectGap(t.largestBlind, e.largestBlind);
  });
}

describe('coverage statistics on row runs equal the cell-by-cell reference', () => {
  it('straight-line: painted reach and every statistic, 25 random districts', () => {
    let methods = new Set<string>();
    for (let s = 1; s <= 25; s++) {
      const input = scenario(s * 7919);
      const r = computeCoverage(input);
      methods = new Set([...methods, ...r.categories.map((c) => c.method)]);
      for (const c of r.categories) {
        if (c.method !== 'discs') continue;
        const src = input.facilities.filter((f) => f.category === c.category);
        const { u, v } = sourceCoords(r.grid, src);
        expect(c.reach).toEqual(paintReach(r.grid.width, r.grid.height, u, v, c.thresholdMetres / r.grid.cellSize, null));
      }
      expectSameStats(r, input);
    }
    expect(methods).toEqual(new Set(['discs', 'edt'])); // both reach methods were exercised
  });

  it('barrier-aware: every statistic, with a river and one bridge', () => {
    for (let s = 1; s <= 8; s++) {
      const input = scenario(s * 104729);
      const [lng, lat] = ll(0, 500);
      // a meandering river plus a closed loop (an island region)
      const barriers: BarrierInput = { type: 'FeatureCollection', features: [
        line('river', [-9000, -2000], [0, 300], [2000, -600], [9000, 2500]),
        line('river', [-1500, 1500], [-500, 1500], [-500, 2500], [-1500, 2500], [-1500, 1500]),
      ] };
      const crossings = [{ id: 'b', name: '桥', lng, lat, modes: 'walk;bike' }];
      const r = computeCoverage({ ...input, distanceMode: 'barrier', barriers, crossings });
      expect(r.distanceMode).toBe('barrier');
      const model = buildBarrierModel(r.grid, barriers, crossings, ['river'], Math.max(150, 2 * r.grid.cellSize));
      expect(model.label).toEqual(refLabels(model.label.map((l) => (l < 0 ? 1 : 0)) as unknown as Uint8Array, r.grid.width, r.grid.height));
      for (const c of r.categories) {
        const src = input.facilities.filter((f) => f.category === c.category);
        const { u, v } = sourceCoords(r.grid, src);
        const barrier = { model, region: c.sourceRegion!, crossingDist: c.crossingDist! };
        if (c.method === 'discs') expect(c.reach).toEqual(paintReach(r.grid.width, r.grid.height, u, v, c.thresholdMetres / r.grid.cellSize, barrier));
      }
      expectSameStats(r, input);
    }
  });
});

describe('row runs', () => {
  const cells = (x: RowRuns, w: number) => {
    const out: number[] = [];
    for (let j = 0; j + 1 < x.start.length; j++) for (let k = x.start[j]; k < x.start[j + 1]; k++) for (let i = x.a[k]; i <= x.b[k]; i++) out.push(j * w + i);
    return out;
  };
  it('merges overlapping and touching disc spans into disjoint sorted runs', () => {
    const u = Float64Array.from([2, 4.5, 20]), v = Float64Array.from([2, 2, 2]);
    const r = discRuns(u, v, 1.5, 30, 5);
    expect([...r.a.subarray(r.start[2], r.start[3])]).toEqual([1, 19]);
    expect([...r.b.subarray(r.start[2], r.start[3])]).toEqual([6, 21]);
  });
  it('intersection and town gaps follow set algebra', () => {
    const w = 10;
    const x: RowRuns = { start: Int32Array.from([0, 2]), a: Int32Array.from([0, 6]), b: Int32Array.from([3, 9]) };
    const y: RowRuns = { start: Int32Array.from([0, 1]), a: Int32Array.from([2]), b: Int32Array.from([7]) };
    expect(cells(intersectRuns(x, y), w)).toEqual([2, 3, 6, 7]);
    const spans: TownRuns = { start: Int32Array.from([0, 3]), a: Int32Array.from([0, 4, 8]), b: Int32Array.from([3, 7, 9]), t: Int16Array.from([0, -1, 1]) };
    const g = townGaps(spans, y);
    expect(cells(g, w)).toEqual([0, 1, 8, 9]);
    expect([...g.t]).toEqual([0, 1]);
  });
});
