import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECTION, unproject } from '../../../src/lib/analysis/geo.ts';
import { buildServiceIndex, nearest } from '../../../src/lib/analysis/nearest/index.ts';
import type { BarrierCollection } from '../../../src/lib/analysis/route-distance.ts';

const ll = (x: number, y: number) => {
  const [lng, lat] = unproject(DEFAULT_PROJECTION, x, y);
  return { lng, lat };
};
const river: BarrierCollection = {
  features: [{
    properties: { kind: 'river', name: '黄浦江' },
    geometry: { type: 'LineString', coordinates: [ll(0, -9000), ll(0, 9000)].map((p) => [p.lng, p.lat]) },
  }],
};
const points = [
  { id: 'east-near', kind: 'station', services: ['计量', '标准'], ...ll(300, 0) },
  { id: 'west-far', kind: 'station', services: ['计量'], ...ll(-1500, 0) },
  { id: 'west-inst', kind: 'institution', services: ['计量', '检验检测'], ...ll(-2000, 0) },
  { id: 'west-std', kind: 'station', services: ['标准'], ...ll(-100, 0) },
];
const index = buildServiceIndex(points);
const origin = ll(-300, 0);

describe('nearest', () => {
  it('ranks by straight × detour without barriers and filters by service', () => {
    const r = nearest(index, { ...origin, service: '计量', mode: 'walk', detour: 1.3, k: 5 });
    expect(r.rows.map((x) => x.id)).toEqual(['east-near', 'west-far', 'west-inst']);
    expect(r.rows[0].straightMetres).toBeCloseTo(600, 6);
    expect(r.rows[0].routeMetres).toBeCloseTo(780, 6);
    // 4.0 km/h walking = 66.67 m/min
    expect(r.rows[0].minutes).toBeCloseTo(780 / (4000 / 60), 6);
  });

  it('honours an edited speed and the kinds filter', () => {
    const r = nearest(index, { ...origin, service: '计量', mode: 'bike', speedKmh: 12, detour: 1, kinds: ['institution'], k: 3 });
    expect(r.rows.map((x) => x.id)).toEqual(['west-inst']);
    expect(r.rows[0].minutes).toBeCloseTo(1700 / 200, 6);
  });

  it('re-ranks when the river must be crossed at a bridge', () => {
    const crossings = [{ id: 'b', name: '闵浦大桥', barrier: '黄浦江', modes: 'walk;bike;car', ...ll(0, 2000) }];
    const r = nearest(index, { ...origin, service: '计量', mode: 'walk', detour: 1, k: 3, barriers: river, crossings });
    expect(r.rows.map((x) => x.id)).toEqual(['west-far', 'west-inst', 'east-near']);
    expect(r.rows[2].via).toEqual(['闵浦大桥']);
    expect(r.rows[2].routeMetres).toBeCloseTo(Math.hypot(300, 2000) * 2, 6);
  });

  it('lists unreachable points last, with a reason, when no crossing serves the mode', () => {
    const crossings = [{ id: 't', name: '隧道', barrier: '黄浦江', modes: 'car', ...ll(0, 0) }];
    const r = nearest(index, { ...origin, service: '计量', mode: 'walk', k: 3, barriers: river, crossings });
    expect(r.rows.map((x) => x.reachable)).toEqual([true, true, false]);
    expect(r.rows[2].routeMetres).toBe(Infinity);
    expect(r.rows[2].reason).toContain('黄浦江');
  });

  it('returns nothing for an unknown service or an empty index', () => {
    expect(nearest(index, { ...origin, service: '不存在' }).rows).toEqual([]);
    expect(nearest(buildServiceIndex([]), { ...origin, service: '计量' }).rows).toEqual([]);
  });
});
