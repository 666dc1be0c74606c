import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECTION, unproject } from '../../../src/lib/analysis/geo.ts';
import {
  prepareBarriers,
  routeDistance,
  type BarrierCollection,
  type CrossingInput,
} from '../../../src/lib/analysis/route-distance.ts';

// Fixtures are written in local metres and converted to lng/lat with the same projection.
const ll = (x: number, y: number) => {
  const [lng, lat] = unproject(DEFAULT_PROJECTION, x, y);
  return { lng, lat };
};
const line = (kind: string, name: string, pts: [number, number][]) => ({
  properties: { kind, name },
  geometry: { type: 'LineString' as const, coordinates: pts.map(([x, y]) => { const p = ll(x, y); return [p.lng, p.lat]; }) },
});
const crossing = (id: string, barrier: string, x: number, y: number, modes: string): CrossingInput => ({
  id, name: `桥${id}`, barrier, modes, ...ll(x, y),
});
const river: BarrierCollection = { features: [line('river', '黄浦江', [[0, -5000], [0, 5000]])] };
const h = Math.hypot;

describe('routeDistance', () => {
  const o = ll(-1000, 0);
  const d = ll(1000, 0);

  it('uses straight line × detour when no barrier is crossed', () => {
    const net = prepareBarriers(river, []);
    const r = routeDistance(net, ll(-1000, 0), ll(-200, 600), { detour: 1.3 });
    expect(r.reachable).toBe(true);
    expect(r.via).toEqual([]);
    expect(r.straightMetres).toBeCloseTo(1000, 6);
    expect(r.routeMetres).toBeCloseTo(1300, 6);
  });

  it('goes through the only bridge: |o−bridge| + |bridge−d|, × detour', () => {
    const net = prepareBarriers(river, [crossing('A', '黄浦江', 0, 800, 'walk;bike;car')]);
    const r = routeDistance(net, o, d, { detour: 1.25, mode: 'walk' });
    expect(r.reachable).toBe(true);
    expect(r.via).toEqual(['桥A']);
    expect(r.routeMetres).toBeCloseTo((h(1000, 800) + h(1000, 800)) * 1.25, 6);
  });

  it('skips a crossing whose modes exclude the travel mode', () => {
    const net = prepareBarriers(river, [
      crossing('car', '黄浦江', 0, 100, 'car'),
      crossing('walk', '黄浦江', 0, -2000, 'walk;bike'),
    ]);
    const walk = routeDistance(net, o, d, { detour: 1, mode: 'walk' });
    expect(walk.via).toEqual(['桥walk']);
    expect(walk.routeMetres).toBeCloseTo(2 * h(1000, 2000), 6);
    const car = routeDistance(net, o, d, { detour: 1, mode: 'car' });
    expect(car.via).toEqual(['桥car']);
    expect(car.routeMetres).toBeCloseTo(2 * h(1000, 100), 6);
  });

  it('is unreachable (Infinity, with a reason) when no crossing is usable', () => {
    const net = prepareBarriers(river, [crossing('T', '黄浦江', 0, 0, 'car')]);
    const r = routeDistance(net, o, d, { mode: 'walk' });
    expect(r.reachable).toBe(false);
    expect(r.routeMetres).toBe(Infinity);
    expect(r.reason).toContain('黄浦江');
    expect(routeDistance(prepareBarriers(river, []), o, d).reachable).toBe(false);
  });

  it('chains crossings of two barriers in travel order', () => {
    const two: BarrierCollection = {
      features: [...river.features, line('railway', '铁路', [[1000, -5000], [1000, 5000]])],
    };
    const net = prepareBarriers(two, [
      crossing('R', '黄浦江', 0, 0, 'walk'),
      crossing('L', '铁路', 1000, 500, 'walk'),
    ]);
    const r = routeDistance(net, ll(-500, 0), ll(1500, 0), { detour: 1, mode: 'walk' });
    expect(r.via).toEqual(['桥R', '桥L']);
    expect(r.routeMetres).toBeCloseTo(500 + h(1000, 500) + h(500, 500), 6);
  });

  it('lets an edge touch its own barrier only near the crossing, never another barrier', () => {
    const two: BarrierCollection = {
      features: [...river.features, line('railway', '铁路', [[100, -5000], [100, 5000]])],
    };
    // The bridge is 30 m off the river line (approximate position): still usable.
    const net = prepareBarriers(two, [crossing('A', '黄浦江', -30, 0, 'walk')], { snapMetres: 250 });
    const r = routeDistance(net, ll(-500, 0), ll(50, 0), { detour: 1, mode: 'walk' });
    expect(r.via).toEqual(['桥A']);
    // …but crossing the railway 130 m away still needs a railway crossing.
    expect(routeDistance(net, ll(-500, 0), ll(400, 0), { mode: 'walk' }).reachable).toBe(false);
    // A bridge 600 m off the line is beyond the snap distance and cannot be used to cross.
    const far = prepareBarriers(river, [crossing('F', '黄浦江', -600, 0, 'walk')], { snapMetres: 250 });
    expect(routeDistance(far, ll(-500, 0), ll(500, 0), { mode: 'walk' }).reachable).toBe(false);
  });

  it('ignores barrier kinds that are switched off', () => {
    const two: BarrierCollection = {
      features: [line('expressway', 'S20', [[0, -5000], [0, 5000]])],
    };
    expect(routeDistance(prepareBarriers(two, []), o, d).reachable).toBe(false);
    const net = prepareBarriers(two, [], { kinds: ['river', 'railway'] });
    expect(routeDistance(net, o, d, { detour: 1 }).routeMetres).toBeCloseTo(2000, 6);
  });
});
