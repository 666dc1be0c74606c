// One handler per request type. Each is a generator: it yields progress between steps (the
// worker loop gives newer messages a chance to supersede it there) and returns the result
// with the list of buffers to transfer instead of copying.
import { computeCoverage, coverageSteps, hashKey, type CoverageCache, type CoverageResult } from '../analysis/coverage/index.ts';
import { whatIf } from '../analysis/coverage/index.ts';
import { buildServiceIndex, nearest, type ServiceIndex } from '../analysis/nearest/index.ts';
import { coveredBy, evaluateModel, prepareModel, solveModel } from '../analysis/siting/index.ts';
import { gridDemand } from '../analysis/area-demand.ts';
import { prepareBarriers, type BarrierNetwork } from '../analysis/route-distance.ts';
import { importJob } from '../io/import-job.ts';
import { areaShares } from '../analysis/coverage/area-shares.ts';
import { DEFAULT_DETOUR } from '../analysis/coverage/types.ts';
import { coverageProgress, type PayloadOf, type ProgressInfo, type RequestType, type ResultOf } from './protocol.ts';

export interface HandlerContext {
  /** Grid and barrier model of the last district, kept across requests. */
  cache: CoverageCache;
  /** Posts progress at once from inside a long step (e.g. every 5,000 validated rows). */
  progress?: (p: ProgressInfo) => void;
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
  const transfer: Transferable[] = [mask.buffer, townIndex.buffer, townCells.buffer, r.count.buffer, ...(r.gapCount === r.count ? [] : [r.gapCount.buffer]), ...r.categories.flatMap((c) => [c.reach.buffer, c.sources.buffer])];
  if (barrier) transfer.push(barrier.label.buffer);
  return { result, transfer };
}

/** The last nearest index and barrier network, rebuilt when the points, barriers or crossings change
 *  (by content: a corrected file imported again under its name, same row count, moves them). */
let nearestCache: { key: string; index: ServiceIndex; network: BarrierNetwork } | null = null;

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
  *nearest(payload) {
    const key = hashKey([payload.points, payload.barriers, payload.crossings]);
    if (nearestCache?.key !== key) {
      const index = buildServiceIndex(payload.points);
      const network = prepareBarriers(payload.barriers, payload.crossings, { projection: index.projection });
      nearestCache = { key, index, network };
      yield { done: 1, total: 2, label: 'index' };
    }
    return { result: nearest(nearestCache.index, { ...payload.query, network: nearestCache.network }), transfer: [] };
  },
  *siting(payload, ctx) {
    const { input, grid } = payload;
    // the area grid (~9,300 cells at 200 m) built here: on the page it took ~220 ms
    const demand = grid ? gridDemand(grid) : input.demand;
    const model = prepareModel(demand, input.existing, input);
    yield { done: 1, total: 2, label: 'model' };
    const solved = payload.evaluate ? evaluateModel(model, payload.evaluate, input.locked) : solveModel(model, input.candidates, input);
    // over an area its shares are of the area reached (the grid's points read a small reach high)
    const r = grid
      ? areaShares(solved, grid, input.existing, { metres: input.radiusMetres / (input.detour ?? DEFAULT_DETOUR), mode: input.mode }, { barriers: input.barriers ?? undefined, crossings: input.crossings }, ctx.cache)
      : solved;
    const n = demand.length;
    const coveredBefore = new Uint8Array(n);
    const coveredAfter = new Uint8Array(n);
    for (let i = 0; i < n; i++) coveredBefore[i] = coveredAfter[i] = model.baseCount[i] > 0 ? 1 : 0;
    for (const s of r.sites) for (const i of coveredBy(model, s.lng, s.lat)) coveredAfter[i] = 1;
    return { result: { ...r, coveredBefore, coveredAfter, demand: grid && demand }, transfer: [coveredBefore.buffer, coveredAfter.buffer] };
  },
  *import(payload, ctx) {
    return { result: yield* importJob(payload, ctx.progress), transfer: [] };
  },
};
