// The coverage engine: per-category distance fields on the grid, reach within each band,
// composite count and per-town statistics. Written as a generator that yields progress between
// categories, so a Worker can abandon a superseded run; computeCoverage() runs it to the end.
import { bandFor, bandMode, bandSpeedKmh, thresholdMetres } from './bands.ts';
import { BarrierProvider, buildBarrierModel, crossingDistances, crossingMode, groupByRegion, sourceRegions, type BarrierModel } from './barrier.ts';
import { buildGrid, type Grid } from './grid.ts';
import { populationGrid } from './population.ts';
import { sourceCoords, StraightLineProvider, type DistanceFieldProvider } from './provider.ts';
import { runsFromCells, type RowRuns } from './runs.ts';
import { compositeCount, townStats } from './stats.ts';
import {
  DEFAULT_CELL_SIZE, DEFAULT_DETOUR,
  type CategoryResult, type CoverageInput, type DistanceMode, type TownStats, type Warning,
} from './types.ts';

export interface CoverageResult {
  grid: Grid;
  distanceMode: DistanceMode;
  detour: number;
  categories: CategoryResult[];
  /** Barrier mode: region label per cell (-1 on barriers) and crossings, for exact probes. */
  barrier: { label: Int32Array; crossings: { u: number; v: number; regions: number[] }[] } | null;
  /** Selected categories reached, per cell. */
  count: Uint8Array;
  /** Selected categories reached or without data there (a scope), per cell: below their number, the cell lacks one. */
  gapCount: Uint8Array;
  /** One row per town, then a last row '全区' for the whole district. */
  towns: TownStats[];
  warnings: Warning[];
}

export interface CoverageProgress {
  done: number;
  total: number;
  category: string;
}

/** Memo of the last grid and barrier model, so repeated runs on one district reuse them. */
export interface CoverageCache {
  grid?: { key: string; value: Grid };
  barrier?: { key: string; value: BarrierModel };
}

/** FNV-1a of a JSON string: a cheap cache key for plain-data inputs. */
export function hashKey(value: unknown): string {
  const s = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return `${s.length}:${(h >>> 0).toString(16)}`;
}

export function gridFor(input: CoverageInput, cache?: CoverageCache): Grid {
  const cellSize = input.cellSize ?? DEFAULT_CELL_SIZE;
  const key = `${cellSize}|${hashKey(input.district)}`;
  if (cache?.grid?.key === key) return cache.grid.value;
  const value = buildGrid(input.district, cellSize);
  if (cache) cache.grid = { key, value };
  return value;
}

export function providerFor(
  input: CoverageInput, grid: Grid, warnings: Warning[], cache?: CoverageCache,
): { provider: DistanceFieldProvider; mode: DistanceMode; model?: BarrierModel } {
  const hasBarriers = (input.barriers?.features.length ?? 0) > 0;
  const wanted = input.distanceMode ?? (hasBarriers ? 'barrier' : 'straight');
  if (wanted === 'straight') return { provider: new StraightLineProvider(grid), mode: 'straight' };
  if (!hasBarriers || !input.barriers) {
    warnings.push({ code: 'no-barriers', zh: '没有障碍数据，按直线距离计算', en: 'No barrier data: using straight-line distance' });
    return { provider: new StraightLineProvider(grid), mode: 'straight' };
  }
  const kinds = input.barrierKinds ?? ['river'];
  const snap = input.crossingSnapMetres ?? Math.max(150, 2 * grid.cellSize);
  const key = `${grid.width}x${grid.height}@${grid.cellSize}|${hashKey([grid.origin, grid.x0, grid.yTop, input.barriers, input.crossings ?? [], kinds, snap])}`;
  let model = cache?.barrier?.key === key ? cache.barrier.value : undefined;
  if (!model) {
    model = buildBarrierModel(grid, input.barriers, input.crossings ?? [], kinds, snap);
    if (cache) cache.barrier = { key, value: model };
  }
  return { provider: new BarrierProvider(grid, model), mode: 'barrier', model };
}

export function* coverageSteps(input: CoverageInput, cache?: CoverageCache): Generator<CoverageProgress, CoverageResult> {
  const warnings: Warning[] = [];
  const grid = gridFor(input, cache);
  if (grid.townNames.length === 0) {
    warnings.push({ code: 'no-towns', zh: '没有街镇边界，只统计全区', en: 'No town boundaries: statistics for the whole district only' });
  }
  const { provider, mode, model } = providerFor(input, grid, warnings, cache);
  const detour = provider.detourApplies ? (input.detour ?? DEFAULT_DETOUR) : 1;
  const total = input.categories.length;
  const categories: CategoryResult[] = [];
  const runs: RowRuns[] = [];
  // a category's reach with the cells where it has no data (its scope's other towns): no gap there
  const open: RowRuns[] = [];
  for (const [k, category] of input.categories.entries()) {
    const band = bandFor(category, input.bands);
    const sources = input.facilities.filter((f) => f.category === category && Number.isFinite(f.lng) && Number.isFinite(f.lat));
    if (sources.length === 0) {
      warnings.push({ code: 'empty-category', category, zh: `类别「${category}」没有设施`, en: `Category "${category}" has no facilities` });
    }
    const threshold = thresholdMetres(band, detour);
    const { reach, method, runs: reached } = provider.reach(sources, bandMode(band), threshold);
    runs.push(reached ?? runsFromCells(reach, grid.width, grid.height));
    const named = input.scopes?.[category];
    const scope = named ? Uint8Array.from(grid.townNames, (t) => +named.includes(t)) : null;
    if (scope) {
      const cells = reach.slice();
      grid.townIndex.forEach((t, c) => { if (grid.mask[c] && !scope[t]) cells[c] = 1; });
      open.push(runsFromCells(cells, grid.width, grid.height));
    } else open.push(runs[k]);
    const { u, v } = sourceCoords(grid, sources);
    const sourceRegion = model ? sourceRegions(grid, model, u, v) : null;
    const interleaved = new Float64Array(2 * sources.length);
    for (let q = 0; q < sources.length; q++) { interleaved[2 * q] = u[q]; interleaved[2 * q + 1] = v[q]; }
    categories.push({
      category, band, reach, method,
      thresholdMetres: threshold,
      speedKmh: bandSpeedKmh(band),
      facilityCount: sources.length,
      sources: interleaved,
      sourceRegion,
      crossingDist: model && sourceRegion ? crossingDistances(model, groupByRegion(sourceRegion), u, v, crossingMode(bandMode(band))) : null,
      scope,
    });
    yield { done: k + 1, total, category };
  }
  const count = compositeCount(grid, runs);
  const scoped = open.some((r, k) => r !== runs[k]);
  const gapCount = scoped ? compositeCount(grid, open) : count;
  const pop = input.population ? populationGrid(grid, input.population, warnings) : null;
  const towns = townStats(grid, categories, runs, count, pop, input.largestGaps ?? true, scoped ? open : runs, gapCount);
  const barrier = model ? { label: model.label, crossings: model.crossings.map((c) => ({ u: c.u, v: c.v, regions: c.regions })) } : null;
  return { grid, distanceMode: mode, detour, categories, barrier, count, gapCount, towns, warnings };
}

/** Runs the engine to completion (tests, benchmarks, or a caller that needs no progress). */
export function computeCoverage(input: CoverageInput, cache?: CoverageCache): CoverageResult {
  const steps = coverageSteps(input, cache);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
