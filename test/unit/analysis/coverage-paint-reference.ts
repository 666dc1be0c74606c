// Reference for the engine's disc reach (it builds the same discs as row spans in runs.ts and
// provider.ts; coverage-runs.test.ts checks both mark the same cells). Reach by painting discs,
// cell by cell: each source marks the cells whose centre lies within the threshold
// radius (exact, sub-cell source positions). In barrier mode a disc only marks cells of its
// source's region, and every crossing reached at distance D acts as a further source of
// radius T − D over the regions it touches (the same formula as BarrierProvider, truncated at
// T). Cost ∝ sources × disc area.
import type { BarrierModel } from '../../../src/lib/analysis/coverage/barrier.ts';

export function paintDisc(
  out: Uint8Array, w: number, h: number, u: number, v: number, rad: number,
  label: Int32Array | null, regions: readonly number[] | null,
): void {
  if (!(rad >= 0)) return;
  const r2 = rad * rad;
  const j0 = Math.max(0, Math.ceil(v - rad)), j1 = Math.min(h - 1, Math.floor(v + rad));
  for (let j = j0; j <= j1; j++) {
    const dy = j - v, half = Math.sqrt(Math.max(0, r2 - dy * dy));
    const i0 = Math.max(0, Math.ceil(u - half)), i1 = Math.min(w - 1, Math.floor(u + half));
    const row = j * w;
    if (!label) { if (i1 >= i0) out.fill(1, row + i0, row + i1 + 1); continue; }
    for (let i = i0; i <= i1; i++) {
      const l = label[row + i];
      if (l >= 0 && (regions!.length === 1 ? regions![0] === l : regions!.includes(l))) out[row + i] = 1;
    }
  }
}

/** Barrier cells count as reached when an open 8-neighbour is (they are not destinations). */
export function spreadOntoBarriers(out: Uint8Array, w: number, h: number, label: Int32Array): void {
  for (let c = 0; c < out.length; c++) {
    if (label[c] >= 0 || out[c]) continue;
    const i = c % w, j = (c - i) / w;
    search: for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) {
      const ii = i + di, jj = j + dj;
      if (ii >= 0 && jj >= 0 && ii < w && jj < h && label[jj * w + ii] >= 0 && out[jj * w + ii] === 1) { out[c] = 2; break search; }
    }
  }
  for (let c = 0; c < out.length; c++) if (out[c] === 2) out[c] = 1;
}

export function paintReach(
  w: number, h: number, u: Float64Array, v: Float64Array, radCells: number,
  barrier: { model: BarrierModel; region: Int32Array; crossingDist: Float64Array } | null,
): Uint8Array {
  const out = new Uint8Array(w * h);
  if (!barrier) {
    for (let q = 0; q < u.length; q++) paintDisc(out, w, h, u[q], v[q], radCells, null, null);
    return out;
  }
  const { model, region, crossingDist } = barrier;
  for (let q = 0; q < u.length; q++) if (region[q] >= 0) paintDisc(out, w, h, u[q], v[q], radCells, model.label, [region[q]]);
  model.crossings.forEach((c, k) => {
    if (crossingDist[k] < radCells) paintDisc(out, w, h, c.u, c.v, radCells - crossingDist[k], model.label, c.regions);
  });
  spreadOntoBarriers(out, w, h, model.label);
  return out;
}
