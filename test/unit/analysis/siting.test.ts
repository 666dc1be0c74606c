import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { DEFAULT_PROJECTION, unproject } from '../../../src/lib/analysis/geo.ts';
import type { BarrierCollection } from '../../../src/lib/analysis/route-distance.ts';
import { evaluateSites, gridCandidates, solveSiting } from '../../../src/lib/analysis/siting/index.ts';

const ll = (x: number, y: number) => {
  const [lng, lat] = unproject(DEFAULT_PROJECTION, x, y);
  return { lng, lat };
};
// Demand: three clusters (west 莘庄镇 weight 1 each, middle 七宝镇, east 浦江镇 weight 3 each).
const demand = [
  ...[0, 50, 100].map((d) => ({ ...ll(-3000 + d, 0), weight: 1, town: '莘庄镇' })),
  ...[0, 50].map((d) => ({ ...ll(d, 0), weight: 1, town: '七宝镇' })),
  ...[0, 50].map((d) => ({ ...ll(3000 + d, 0), weight: 3, town: '浦江镇' })),
];
const candidates = [
  { id: 'W', ...ll(-2950, 100) },
  { id: 'M', ...ll(25, 100) },
  { id: 'E', ...ll(3025, 100) },
];
const base = { demand, radiusMetres: 500, detour: 1.3 };

describe('solveSiting', () => {
  it('counts existing stations as "before" and picks the heaviest uncovered cluster', () => {
    const r = solveSiting({ ...base, existing: [ll(-3000, 50)], candidates, k: 1 });
    expect(r.totalWeight).toBe(11);
    expect(r.beforeWeight).toBe(3);
    expect(r.before).toBeCloseTo(3 / 11, 12);
    expect(r.sites.map((s) => s.id)).toEqual(['E']);
    expect(r.sites[0].gain).toBe(6);
    expect(r.sites[0].newlyCovered).toBe(2);
    expect(r.after).toBeCloseTo(9 / 11, 12);
    const towns = Object.fromEntries(r.towns.map((t) => [t.town, t]));
    expect(towns['莘庄镇'].before).toBe(1);
    expect(towns['浦江镇'].before).toBe(0);
    expect(towns['浦江镇'].after).toBe(1);
    expect(towns['七宝镇'].after).toBe(0);
  });

  it('keeps locked sites, never uses excluded ones, and orders by marginal gain', () => {
    const r = solveSiting({ ...base, existing: [], candidates, k: 2, locked: ['W'], excluded: ['E'] });
    expect(r.sites.map((s) => [s.id, s.locked, s.gain])).toEqual([['W', true, 3], ['M', false, 2]]);
    expect(() => solveSiting({ ...base, existing: [], candidates, k: 1, locked: ['nope'] })).toThrow(/not a candidate/);
  });

  it('suggests no site that adds nothing: K = 5 over three candidates and three clusters gives three, and two idle slots', () => {
    const r = solveSiting({ ...base, existing: [], candidates, k: 5 });
    expect(r.sites.map((s) => s.id)).toEqual(['E', 'W', 'M']);
    expect(r.stats.idleSlots).toBe(2);
    // the west cluster already covered by a station: W adds nothing and is left out
    const covered = solveSiting({ ...base, existing: [ll(-3000, 50)], candidates, k: 3 });
    expect(covered.sites.map((s) => s.id)).toEqual(['E', 'M']);
    expect(covered.sites.every((s) => s.gain > 0)).toBe(true);
    expect(covered.stats.idleSlots).toBe(1);
    // a locked site stays even when it adds nothing
    const locked = solveSiting({ ...base, existing: [ll(-3000, 50)], candidates, k: 3, locked: ['W'] });
    expect(locked.sites.map((s) => [s.id, s.gain])).toEqual([['W', 0], ['E', 6], ['M', 2]]);
    expect(locked.stats.idleSlots).toBe(0);
  });

  it('among sites of equal gain, takes the one deepest in the gap, not the first in the list', () => {
    // a 4 km strip of demand with no station; three candidates each reach 5 points, A first in the list at one end
    const strip = Array.from({ length: 41 }, (_, i) => ({ ...ll(i * 100, 0), weight: 1 }));
    const three = [{ id: 'A', ...ll(200, 0) }, { id: 'B', ...ll(2000, 0) }, { id: 'C', ...ll(3800, 0) }];
    const r = solveSiting({ demand: strip, existing: [], candidates: three, k: 1, radiusMetres: 300, detour: 1.3 });
    expect(r.sites.map((x) => [x.id, x.newlyCovered])).toEqual([['B', 5]]);
    // two sites at one spot (equally deep): the list order decides
    const twins = [{ id: 'X', ...ll(2000, 0) }, { id: 'Y', ...ll(2000, 0) }];
    expect(solveSiting({ demand: strip, existing: [], candidates: twins, k: 1, radiusMetres: 300, detour: 1.3 }).sites[0].id).toBe('X');
    expect(solveSiting({ demand: strip, existing: [], candidates: [twins[1], twins[0]], k: 1, radiusMetres: 300, detour: 1.3 }).sites[0].id).toBe('Y');
  });

  it('spreads sites of equal gain over a large gap instead of lining them up along one grid row (review 14 M2)', () => {
    // an 8 km square of demand on a 500 m grid, no station, every cell a candidate: every site well
    // inside adds the same 9 cells, so the answer is one of many equal ones
    const cells = Array.from({ length: 17 * 17 }, (_, k) => ({ x: (k % 17) * 500, y: Math.floor(k / 17) * 500 }));
    const grid = cells.map((c) => ({ ...ll(c.x, c.y), weight: 1 }));
    const cands = cells.map((c) => ({ id: `${c.x},${c.y}`, ...ll(c.x, c.y) }));
    const at = (id: string) => id.split(',').map(Number);
    const solve = (k: number) => solveSiting({ demand: grid, existing: [], candidates: cands, k, radiusMetres: 1000, detour: 1.3 }).sites;
    // one site: in the middle, not where the list starts (the grid's corner) nor one row's end
    const [one] = solve(1);
    expect(Math.hypot(at(one.id)[0] - 4000, at(one.id)[1] - 4000)).toBeLessThanOrEqual(500);
    for (const k of [3, 5]) {
      const sites = solve(k);
      expect(sites.map((s) => s.newlyCovered)).toEqual(Array(k).fill(9));
      const xy = sites.map((s) => at(s.id));
      // not on one row, and no two closer than 1.5 km (side by side along the row they were 1 km apart)
      expect(new Set(xy.map(([, y]) => y)).size, `K = ${k}: ${sites.map((s) => s.id).join(' ')}`).toBeGreaterThan(1);
      const gaps = xy.flatMap((a, i) => xy.slice(i + 1).map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])));
      expect(Math.min(...gaps), `K = ${k}`).toBeGreaterThanOrEqual(1500);
    }
  });

  it('evaluates a moved site (the planner dragged M onto the east cluster)', () => {
    const moved = evaluateSites({ ...base, existing: [] }, [{ id: 'M', ...ll(3000, 0) }]);
    expect(moved.afterWeight).toBe(6);
    expect(moved.sites[0].gain).toBe(6);
  });

  it('does not cover across a river without a usable crossing (barrier-aware coverage)', () => {
    const a = ll(2800, -5000), b = ll(2800, 5000);
    const barriers: BarrierCollection = {
      features: [{ properties: { kind: 'river', name: '黄浦江' }, geometry: { type: 'LineString', coordinates: [[a.lng, a.lat], [b.lng, b.lat]] } }],
    };
    const westOfRiver = [{ id: 'X', ...ll(2650, 0) }];
    const plain = evaluateSites({ ...base, existing: [] }, westOfRiver);
    // Straight: 350 m and 400 m, × 1.3 = 455 m (covered) and 520 m (not).
    expect(plain.afterWeight).toBe(3);
    const blocked = evaluateSites({ ...base, existing: [], barriers, crossings: [], mode: 'walk' }, westOfRiver);
    expect(blocked.afterWeight).toBe(0);
    const crossings = [{ id: 'b', name: '桥', barrier: '黄浦江', modes: 'car', ...ll(2800, 0) }];
    expect(evaluateSites({ ...base, existing: [], barriers, crossings, mode: 'walk' }, westOfRiver).afterWeight).toBe(0);
    // By car through the bridge on the straight line: the same 455 m / 520 m.
    const byCar = evaluateSites({ ...base, existing: [], barriers, crossings, mode: 'car' }, westOfRiver);
    expect(byCar.afterWeight).toBe(3);
  });
});

describe('gridCandidates', () => {
  const square = (x0: number, y0: number, x1: number, y1: number) =>
    [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]].map(([x, y]) => { const p = ll(x, y); return [p.lng, p.lat]; });

  it('keeps the cells whose centres are inside, holes excluded', () => {
    const poly: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10_000, 10_000)] };
    const cells = gridCandidates(poly, 1000);
    expect(cells).toHaveLength(100);
    expect(new Set(cells.map((c) => c.id)).size).toBe(100);
    const holed: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10_000, 10_000), square(4000, 4000, 6000, 6000)] };
    expect(gridCandidates(holed, 1000)).toHaveLength(96);
    const multi = { type: 'MultiPolygon' as const, coordinates: [[square(0, 0, 2000, 2000)], [square(5000, 5000, 6000, 7000)]] };
    expect(gridCandidates(multi, 1000)).toHaveLength(6);
  });
});
