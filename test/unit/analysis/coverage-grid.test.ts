import { describe, expect, it } from 'vitest';
import { distanceTransform } from '../../../src/lib/analysis/coverage/edt.ts';
import { categoryRaster, compositeRaster, computeCoverage, gapRaster } from '../../../src/lib/analysis/coverage/index.ts';
import { createProjection } from '../../../src/lib/analysis/projection.ts';
import { facility, ll, rect, towns } from '../../fixtures/coverage/geometry.ts';

/** Vincenty's inverse formula on the WGS-84 ellipsoid (reference geodesic distance, metres). */
function vincenty(a: [number, number], b: [number, number]): number {
  const A = 6378137, f = 1 / 298.257223563, B = A * (1 - f), R = Math.PI / 180;
  const L = (b[0] - a[0]) * R;
  const U1 = Math.atan((1 - f) * Math.tan(a[1] * R)), U2 = Math.atan((1 - f) * Math.tan(b[1] * R));
  const [s1, c1, s2, c2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lam = L, sinS = 0, cosS = 0, sig = 0, cos2a = 0, cos2m = 0;
  for (let k = 0; k < 100; k++) {
    const sl = Math.sin(lam), cl = Math.cos(lam);
    sinS = Math.hypot(c2 * sl, c1 * s2 - s1 * c2 * cl);
    cosS = s1 * s2 + c1 * c2 * cl;
    sig = Math.atan2(sinS, cosS);
    const sinA = (c1 * c2 * sl) / sinS;
    cos2a = 1 - sinA * sinA;
    cos2m = cosS - (2 * s1 * s2) / cos2a;
    const C = (f / 16) * cos2a * (4 + f * (4 - 3 * cos2a));
    const prev = lam;
    lam = L + (1 - C) * f * sinA * (sig + C * sinS * (cos2m + C * cosS * (-1 + 2 * cos2m * cos2m)));
    if (Math.abs(lam - prev) < 1e-13) break;
  }
  const u2 = (cos2a * (A * A - B * B)) / (B * B);
  const AA = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const BB = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const dS = BB * sinS * (cos2m + (BB / 4) * (cosS * (-1 + 2 * cos2m * cos2m) - (BB / 6) * cos2m * (-3 + 4 * sinS * sinS) * (-3 + 4 * cos2m * cos2m)));
  return B * AA * (sig - dS);
}

describe('local projection', () => {
  it('round-trips and stays within 0.2% of the ellipsoidal distance over a 40 km extent', () => {
    const p = createProjection([121.42, 31.1]);
    let worst = 0;
    for (let k = 0; k < 400; k++) {
      const a: [number, number] = [((k * 37) % 40) * 1000 - 20000, ((k * 53) % 40) * 1000 - 20000];
      const b: [number, number] = [((k * 11) % 40) * 1000 - 20000, ((k * 29) % 40) * 1000 - 20000];
      const la = p.toLngLat(a), lb = p.toLngLat(b);
      const back = p.toXY(la);
      expect(Math.abs(back[0] - a[0]) + Math.abs(back[1] - a[1])).toBeLessThan(1e-6);
      const planar = Math.hypot(a[0] - b[0], a[1] - b[1]);
      if (planar > 1000) worst = Math.max(worst, Math.abs(planar / vincenty(la, lb) - 1));
    }
    expect(worst).toBeLessThan(0.002);
    expect(worst).toBeGreaterThan(0); // the error is real, not hidden by a shared formula
  });
});

describe('point-source distance transform', () => {
  it('matches brute force: exact for most cells, never off by more than one cell', () => {
    let seed = 3;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const w = 90, h = 70, n = 60;
    const pu = Array.from({ length: n }, () => rnd() * (w + 10) - 5);
    const pv = Array.from({ length: n }, () => rnd() * (h + 10) - 5);
    const out = new Float32Array(w * h);
    distanceTransform(pu, pv, n, w, h, out);
    let exact = 0, worst = 0;
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) {
      let best = Infinity;
      for (let q = 0; q < n; q++) best = Math.min(best, Math.hypot(i - pu[q], j - pv[q]));
      const err = out[j * w + i] - best;
      expect(err).toBeGreaterThan(-1e-4); // never shorter than the true nearest
      worst = Math.max(worst, err);
      if (err < 1e-4) exact++;
    }
    expect(worst).toBeLessThan(1);
    expect(exact / (w * h)).toBeGreaterThan(0.99);
  });

  it('gives Infinity with no sources', () => {
    const out = new Float32Array(6);
    distanceTransform([], [], 0, 3, 2, out);
    expect([...out].every((d) => d === Infinity)).toBe(true);
  });
});

describe('rasters for MapLibre', () => {
  const outline = rect(-2000, -2000, 2000, 2000, 'T');
  const r = computeCoverage({
    district: { outline, towns: towns(outline) }, distanceMode: 'straight',
    facilities: [facility('a', 0, 0, '医疗'), facility('b', 1500, 1500, '公园')],
    categories: ['医疗', '公园'], bands: { 医疗: { metres: 800 }, 公园: { metres: 300 } },
  });
  const alpha = (img: { data: Uint8ClampedArray }) => { let n = 0; for (let k = 3; k < img.data.length; k += 4) if (img.data[k] > 0) n++; return n; };

  it('has corners TL, TR, BR, BL around the district and RGBA of width × height', () => {
    const img = categoryRaster(r, '医疗');
    const [tl, tr, br, bl] = img.coordinates;
    expect(tl[1]).toBe(tr[1]); expect(bl[1]).toBe(br[1]); expect(tl[0]).toBe(bl[0]); expect(tr[0]).toBe(br[0]);
    expect(tl[0]).toBeLessThan(tr[0]); expect(bl[1]).toBeLessThan(tl[1]);
    expect(img.data.length).toBe(img.width * img.height * 4);
  });

  it('paints covered + gap cells inside the district only; gaps and composite add up', () => {
    const cat = categoryRaster(r, '医疗', [0, 255, 0, 255], null);
    const gapsAny = gapRaster(r, 'any'), gapsAll = gapRaster(r, 'all');
    const comp = compositeRaster(r);
    const cells = r.grid.districtCells;
    let covered = 0, any = 0, none = 0;
    for (let c = 0; c < r.count.length; c++) if (r.grid.mask[c]) {
      if (r.categories[0].reach[c]) covered++;
      if (r.count[c] < 2) any++;
      if (r.count[c] === 0) none++;
    }
    // rows are resampled for Mercator, so allow a row's worth of difference
    expect(Math.abs(alpha(cat) - covered)).toBeLessThanOrEqual(r.grid.width);
    expect(Math.abs(alpha(gapsAny) - any)).toBeLessThanOrEqual(r.grid.width);
    expect(Math.abs(alpha(gapsAll) - none)).toBeLessThanOrEqual(r.grid.width);
    expect(Math.abs(alpha(comp) - cells)).toBeLessThanOrEqual(r.grid.width);
  });

  it('is transparent outside the district', () => {
    const tri = { type: 'Polygon' as const, coordinates: [[ll(-2000, -2000), ll(2000, -2000), ll(-2000, 2000), ll(-2000, -2000)]] };
    const t = computeCoverage({ district: { outline: tri }, distanceMode: 'straight', facilities: [facility('a', 0, 0, '医疗')], categories: ['医疗'], bands: { 医疗: { metres: 800 } } });
    const img = compositeRaster(t);
    const share = alpha(img) / (img.width * img.height);
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
    expect(img.data[(img.width - 1) * 4 + 3]).toBe(0); // top-right corner is outside the triangle
  });
});

describe('disc painting and the distance transform agree', () => {
  it('in straight and barrier mode, cell for cell except on the threshold circle', async () => {
    const { buildGrid, StraightLineProvider, BarrierProvider, buildBarrierModel } = await import('../../../src/lib/analysis/coverage/index.ts');
    const { reachFromField } = await import('../../../src/lib/analysis/coverage/provider.ts');
    const { line } = await import('../../fixtures/coverage/geometry.ts');
    const outline = rect(-3000, -3000, 3000, 3000, 'T');
    const grid = buildGrid({ outline }, 50);
    const srcs = [facility('a', -1200, 100, 'x'), facility('b', 900, -1300, 'x'), facility('c', 20, 2200, 'x')];
    const wall = { type: 'FeatureCollection' as const, features: [line('river', [0, -4000], [0, 4000])] };
    const [cl, cla] = ll(0, 1000);
    const model = buildBarrierModel(grid, wall, [{ id: 'c', name: 'c', lng: cl, lat: cla, modes: 'walk' }], ['river'], 150);
    for (const p of [new StraightLineProvider(grid), new BarrierProvider(grid, model)]) {
      const discs = p.reach(srcs, 'walk', 900);
      expect(discs.method).toBe('discs');
      const edt = reachFromField(p.field(srcs, 'walk'), 900);
      let diff = 0, on = 0;
      for (let c = 0; c < edt.length; c++) { if (edt[c] !== discs.reach[c]) diff++; on += edt[c]; }
      expect(on).toBeGreaterThan(1000);
      expect({ kind: p.kind, share: diff / on < 0.002 ? "ok" : diff / on }).toEqual({ kind: p.kind, share: "ok" });
    }
  });
});
