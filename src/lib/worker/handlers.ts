// One handler per request type. Each is a generator: it yields progress between steps (the
// worker loop gives newer messages a chance to supersede it there) and returns the result
// with the list of buffers to transfer instead of copying.
import { computeCoverage, coverageSteps, type CoverageCache, type CoverageResult } from '../analysis/coverage/index.ts';
import { whatIf } from '../analysis/coverage/index.ts';
import { coverageProgress, type PayloadOf, type ProgressInfo, type RequestType, type ResultOf } from './protocol.ts';

export interface HandlerContext {
  /** Grid and barrier model of the last district, kept across requests. */
  cache: CoverageCache;
}

export interface HandlerOutput<T extends RequestType> {
  result: ResultOf<T>;
  transfer: Transferable[];
}

export type Handler<T extends RequestType> = (payload: PayloadOf<T>, ctx: HandlerContext) => Generator<ProgressInfo, HandlerOutput<T>>;

/** The cached grid's arrays are copied so the worker keeps its own; per-run arrays move. */
export function detachable(r: CoverageResult): HandlerOutput<'coverage'> {
  const mask = r.grid.mask.slice();
  const townIndex = r.grid.townIndex.slice();
  const townCells = r.grid.townCells.slice();
  const barrier = r.barrier ? { ...r.barrier, label: r.barrier.label.slice() } : null;
  const result: CoverageResult = { ...r, barrier, grid: { ...r.grid, mask, townIndex, townCells, townNames: [...r.grid.townNames] } };
  const transfer: Transferable[] = [mask.buffer, townIndex.buffer, townCells.buffer, r.count.buffer, ...r.categories.flatMap((c) => [c.reach.buffer, c.sources.buffer])];
  if (barrier) transfer.push(barrier.label.buffer);
  return { result, transfer };
}

export const handlers: { [K in RequestType]: Handler<K> } = {
  *coverage(payload, ctx) {
    const steps = coverageSteps(payload, ctx.cache);
    for (;;) {
      const s = steps.next();
      if (s.done) return detachable(s.value);
      yield coverageProgress(s.value);
    }
  },
  *whatIf(payload, ctx) {
    // warm the grid first so the progress message means something
    computeCoverage({ ...payload.input, categories: [] }, ctx.cache);
    yield { done: 1, total: 2, label: 'grid' };
    return { result: whatIf(payload.input, payload.added, ctx.cache), transfer: [] };
  },
};
