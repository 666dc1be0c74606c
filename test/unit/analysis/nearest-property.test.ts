// Property: the indexed, incremental nearest search returns exactly the brute-force ranking,
// with and without a river barrier and crossings, for every service filter and mode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../../src/lib/data/schema.ts';
import { DEFAULT_PROJECTION, unproject } from '../../../src/lib/analysis/geo.ts';
import { buildServiceIndex, nearest, nearestBruteForce } from '../../../src/lib/analysis/nearest/index.ts';
import {
  prepareBarriers,
  routeDistance,
  type BarrierCollection,
  type CrossingInput,
  type TravelMode,
} from '../../../src/lib/analysis/route-distance.ts';

const ll = (x: number, y: number) => {
  const [lng, lat] = unproject(DEFAULT_PROJECTION, x, y);
  return { lng, lat };
};
const coord = fc.double({ min: -6000, max: 6000, noNaN: true });
const pointArb = fc.record({
  x: coord,
  y: coord,
  services: fc.subarray([...SERVICES], { minLength: 0, maxLength: 4 }),
  kind: fc.constantFrom('station', 'institution'),
});
const riverArb = fc.array(fc.double({ min: -800, max: 800, noNaN: true }), { minLength: 2, maxLength: 6 });
const crossingArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  modes: fc.subarray(['walk', 'bike', 'car'], { minLength: 1 }),
});
const scenario = fc.record({
  points: fc.array(pointArb, { minLength: 0, maxLength: 120 }),
  river: fc.option(riverArb, { nil: undefined }),
  crossings: fc.array(crossingArb, { maxLength: 4 }),
  qx: coord,
  qy: coord,
  service: fc.option(fc.constantFrom(...SERVICES, '不存在'), { nil: undefined }),
  kinds: fc.option(fc.constantFrom(['station'], ['institution'], ['station', 'institution']), { nil: undefined }),
  mode: fc.constantFrom<TravelMode>('walk', 'bike', 'car'),
  k: fc.integer({ min: 1, max: 9 }),
  detour: fc.double({ min: 1, max: 1.6, noNaN: true }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const points = s.points.map((p, i) => ({ id: `p${i}`, services: p.services, kind: p.kind, ...ll(p.x, p.y) }));
  let barriers: BarrierCollection | null = null;
  const crossings: CrossingInput[] = [];
  if (s.river) {
    // A meandering north–south river: x offsets at evenly spaced y.
    const step = 16000 / (s.river.length - 1);
    const verts = s.river.map((x, j) => [x, -8000 + j * step] as [number, number]);
    barriers = {
      features: [{
        properties: { kind: 'river', name: '黄浦江' },
        geometry: { type: 'LineString', coordinates: verts.map(([x, y]) => { const p = ll(x, y); return [p.lng, p.lat]; }) },
      }],
    };
    s.crossings.forEach((c, j) => {
      const f = c.at * (verts.length - 1);
      const a = verts[Math.min(Math.floor(f), verts.length - 2)];
      const b = verts[Math.min(Math.floor(f), verts.length - 2) + 1];
      const t = f - Math.min(Math.floor(f), verts.length - 2);
      crossings.push({ id: `c${j}`, name: `渡口${j}`, barrier: '黄浦江', modes: c.modes.join(';'), ...ll(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])) });
    });
  }
  return { points, barriers, crossings };
}

describe('nearest search equals brute force', () => {
  it('on random scenarios (service filters, kinds, river + crossings)', () => {
    let withRiver = 0;
    let unreachableSeen = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const { points, barriers, crossings } = build(s);
        const index = buildServiceIndex(points);
        const q = { ...ll(s.qx, s.qy), service: s.service, kinds: s.kinds, mode: s.mode, k: s.k, detour: s.detour, barriers, crossings };
        const fast = nearest(index, q);
        const slow = nearestBruteForce(index, q);
        expect(fast.rows).toEqual(slow.rows);
        expect(fast.examined).toBeLessThanOrEqual(slow.examined);

        // An independent reference: routeDistance for every matching point, sorted.
        const net = prepareBarriers(barriers, crossings);
        const ref = points
          .map((p, i) => ({ p, i, r: routeDistance(net, q, p, { mode: s.mode, detour: s.detour }) }))
          .filter(({ p }) => (s.service === undefined || p.services.includes(s.service as never)) && (!s.kinds || (s.kinds as readonly string[]).includes(p.kind)))
          .sort((a, b) => a.r.routeMetres - b.r.routeMetres || a.r.straightMetres - b.r.straightMetres || a.i - b.i)
          .slice(0, s.k);
        expect(fast.rows.map((r) => r.id)).toEqual(ref.map((x) => x.p.id));
        fast.rows.forEach((row, j) => {
          expect(row.via).toEqual(ref[j].r.via);
          expect(row.reachable).toBe(ref[j].r.reachable);
          if (row.reachable) expect(row.routeMetres).toBeCloseTo(ref[j].r.routeMetres, 6);
        });
        if (barriers) withRiver++;
        if (fast.rows.some((r) => !r.reachable)) unreachableSeen++;
      }),
      { numRuns: 400, seed: 20240501 },
    );
    // The generator must actually exercise the barrier paths.
    expect(withRiver).toBeGreaterThan(50);
    expect(unreachableSeen).toBeGreaterThan(5);
  });

  it('when the river makes straight-line order misleading (query by the bank, far bridges)', () => {
    const bankScenario = fc.record({
      points: fc.array(pointArb, { minLength: 50, maxLength: 400 }),
      qx: fc.double({ min: -400, max: -1, noNaN: true }),
      qy: coord,
      bridges: fc.array(fc.double({ min: -8000, max: 8000, noNaN: true }), { minLength: 0, maxLength: 3 }),
      k: fc.integer({ min: 1, max: 60 }),
      service: fc.option(fc.constantFrom(...SERVICES), { nil: undefined }),
      mode: fc.constantFrom<TravelMode>('walk', 'car'),
    });
    let crossRiverInTop = 0;
    fc.assert(
      fc.property(bankScenario, (s) => {
        const points = s.points.map((p, i) => ({ id: `p${i}`, services: p.services, kind: p.kind, ...ll(p.x, p.y) }));
        const a = ll(0, -9000);
        const b = ll(0, 9000);
        const barriers: BarrierCollection = {
          features: [{ properties: { kind: 'river', name: '黄浦江' }, geometry: { type: 'LineString', coordinates: [[a.lng, a.lat], [b.lng, b.lat]] } }],
        };
        const crossings: CrossingInput[] = s.bridges.map((y, j) => ({ id: `b${j}`, name: `桥${j}`, barrier: '黄浦江', modes: j % 2 ? 'car' : 'walk;bike;car', ...ll(0, y) }));
        const index = buildServiceIndex(points);
        const q = { ...ll(s.qx, s.qy), service: s.service, mode: s.mode, k: s.k, detour: 1.3, barriers, crossings };
        const fast = nearest(index, q);
        expect(fast.rows).toEqual(nearestBruteForce(index, q).rows);
        if (fast.rows.some((r) => r.via.length > 0)) crossRiverInTop++;
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(crossRiverInTop).toBeGreaterThan(30);
  });

  it('on dense data with a river, many seeds, k up to 20', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const s = fc.sample(scenario, { seed, numRuns: 1 })[0];
      const dense = { ...s, points: fc.sample(pointArb, { seed: seed + 1000, numRuns: 600 }), river: s.river ?? [0, 300, -200], k: 20 };
      const { points, barriers, crossings } = build(dense);
      const index = buildServiceIndex(points);
      const q = { ...ll(dense.qx, dense.qy), service: dense.service, mode: dense.mode, k: 20, detour: dense.detour, barriers, crossings };
      expect(nearest(index, q).rows).toEqual(nearestBruteForce(index, q).rows);
    }
  });
});
