// Helpers for benchmarks' synthetic inputs (never real places): a seeded generator, so every
// run measures the same data, and metres → lng/lat around the district's projection origin.
import { DEFAULT_PROJECTION, unproject } from '../../src/lib/analysis/geo.ts';

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A point `x`, `y` metres east/north of the projection origin, as lng/lat. */
export function ll(x: number, y: number): { lng: number; lat: number } {
  const [lng, lat] = unproject(DEFAULT_PROJECTION, x, y);
  return { lng, lat };
}
