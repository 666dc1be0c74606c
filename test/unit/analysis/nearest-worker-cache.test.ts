import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/lib/worker/handlers.ts';
import type { CoverageCache } from '../../../src/lib/analysis/coverage/index.ts';
import type { NearestPayload } from '../../../src/lib/worker/protocol.ts';

/** Runs the worker's nearest handler to its end, as the worker loop does. */
function run(payload: NearestPayload) {
  const gen = handlers.nearest(payload, { cache: {} as CoverageCache });
  for (;;) {
    const s = gen.next();
    if (s.done) return s.value.result;
  }
}

const query = { lng: 121.35, lat: 31.16, service: '计量', mode: 'walk' as const, k: 3 };
const station = (lng: number) => ({ id: '1', lng, lat: 31.16, services: ['计量'], kind: 'station' });

describe("the worker's nearest index", () => {
  it('is built again when a point moves though the count and file are the same (a corrected file imported under its name)', () => {
    // (what the panel once sent as the cache key: the file names and counts, the same both times)
    const same = { key: '驿站名录.csv:1:0:0' };
    const before = run({ ...same, points: [station(121.36)], barriers: null, crossings: [], query }).rows[0].straightMetres;
    const after = run({ ...same, points: [station(121.38)], barriers: null, crossings: [], query }).rows[0].straightMetres;
    expect(before).toBeGreaterThan(900);
    expect(after / before).toBeCloseTo(3, 1);
  });
});
