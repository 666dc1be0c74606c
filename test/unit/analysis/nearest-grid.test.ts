// The bucket-grid search (rings, router-free path without barriers) against brute force on
// dense data, ties, clustered points and queries far outside the points' extent.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECTION, unproject } from '../../../src/lib/analysis/geo.ts';
import { buildServiceIndex, nearest, nearestBruteForce, type ServicePoint } from '../../../src/lib/analysis/nearest/index.ts';
import type { BarrierCollection } from '../../../src/lib/analysis/route-distance.ts';

const ll = (x: number, y: number) => {
  const [lng, lat] = unproject(DEFAULT_PROJECTION, x, y);
  return { lng, lat };
};
function rng(seed: number) {
  return () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
}
const same = (index: ReturnType<typeof buildServiceIndex>, q: Parameters<typeof nearest>[1]) => {
  const fast = nearest(index, q), slow = nearestBruteForce(index, q);
  expect(fast.rows).toEqual(slow.rows);
  return fast;
};

describe('grid nearest search', () => {
  const rnd = rng(99);
  // clustered: most points in two small clusters, a few spread widely
  const points: ServicePoint[] = Array.from({ length: 3000 }, (_, i) => {
    const c = i % 10 < 4 ? [0, 0] : i % 10 < 8 ? [5000, -3000] : [(rnd() * 2 - 1) * 20000, (rnd() * 2 - 1) * 20000];
    const spread = i % 10 < 8 ? 300 : 0;
    return { id: `p${i}`, kind: i % 3 ? 'institution' : 'station', services: i % 2 ? ['计量'] : ['标准', '计量'], ...ll(c[0] + (rnd() * 2 - 1) * spread, c[1] + (rnd() * 2 - 1) * spread) };
  });
  const index = buildServiceIndex(points);

  it('equals brute force for random queries inside and far outside the extent, with and without filters', () => {
    for (let n = 0; n < 300; n++) {
      const far = n % 5 === 0 ? 200_000 : 25_000;
      const q = { ...ll((rnd() * 2 - 1) * far, (rnd() * 2 - 1) * far), k: 1 + (n % 25), service: n % 3 === 0 ? undefined : n % 3 === 1 ? '标准' : '计量', kinds: n % 4 === 0 ? ['station'] : undefined };
      same(index, q);
    }
  });

  it('breaks ties in straight distance by input order (coincident points and a ring of equal distances)', () => {
    const tied: ServicePoint[] = [];
    for (let i = 0; i < 12; i++) tied.push({ id: `c${i}`, kind: 'station', services: ['计量'], ...ll(1000, 1000) });
    for (let i = 0; i < 16; i++) {
      const a = (2 * Math.PI * i) / 16;
      tied.push({ id: `r${i}`, kind: 'station', services: ['计量'], ...ll(500 * Math.cos(a), 500 * Math.sin(a)) });
    }
    const idx = buildServiceIndex([...tied].reverse());
    for (const k of [1, 3, 5, 11, 12, 13, 20, 40]) {
      same(idx, { ...ll(1000, 1000), k, service: '计量' });
      same(idx, { ...ll(0, 0), k });
    }
  });

  it('a barrier collection with no blocking kind uses the router-free path and still equals brute force', () => {
    const river: BarrierCollection = { features: [{ properties: { kind: 'river', name: 'x' }, geometry: { type: 'LineString', coordinates: [[ll(0, -9000).lng, ll(0, -9000).lat], [ll(0, 9000).lng, ll(0, 9000).lat]] } }] };
    for (let n = 0; n < 50; n++) {
      const q = { ...ll((rnd() * 2 - 1) * 8000, (rnd() * 2 - 1) * 8000), k: 5, barriers: river, crossings: [], detour: 1.2 };
      same(index, q);
      same(index, { ...q, barriers: { features: [] } });
    }
  });
});
