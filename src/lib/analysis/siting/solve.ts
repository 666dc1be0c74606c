// MCLP with existing stations fixed: lazy greedy, then swap local search; locked candidates
// are in every solution, excluded ones never. `evaluateSites` scores any given site set.
import { addSite, gainOf, lazyGreedy, plainGreedy } from './greedy.ts';
import { swapSearch } from './local-search.ts';
import { coverageSets, prepareModel, type CoverageSets, type SitingModel } from './model.ts';
import { projectX, projectY } from '../geo.ts';
import { gapDepth, spreadTies } from './spread.ts';
import { greedyOrder, report } from './report.ts';
import type { CoverageSettings, DemandPoint, SitePoint, SitingInput, SitingResult } from './types.ts';

/** What to solve: the input's counts and id lists, and how (`greedy`, `noLocalSearch`). */
export interface SolveOptions extends Pick<SitingInput, 'k' | 'locked' | 'excluded' | 'maxPasses' | 'starts'> {
  /** 'lazy' (default) or 'plain' greedy — the plain one exists as a benchmark baseline */
  greedy?: 'lazy' | 'plain';
  /** skip the swap search and the extra starts (plain greedy answer) */
  noLocalSearch?: boolean;
}

export function solveModel(model: SitingModel, given: readonly SitePoint[], opts: SolveOptions): SitingResult {
  const candidates = byGapDepth(model, given);
  const ids = new Map<string, number>();
  candidates.forEach((c, s) => {
    if (ids.has(c.id)) throw new Error(`siting: duplicate candidate id ${c.id}`);
    ids.set(c.id, s);
  });
  const lockedIds = [...new Set(opts.locked ?? [])];
  const excluded = new Set(opts.excluded ?? []);
  for (const id of lockedIds) {
    if (!ids.has(id)) throw new Error(`siting: locked site ${id} is not a candidate`);
    if (excluded.has(id)) throw new Error(`siting: site ${id} is both locked and excluded`);
  }
  const cov = coverageSets(model, candidates);
  const allowed0 = new Uint8Array(candidates.length);
  candidates.forEach((c, s) => (allowed0[s] = excluded.has(c.id) ? 0 : 1));
  const count0 = Int32Array.from(model.baseCount);
  const lockedIdx = lockedIds.map((id) => ids.get(id)!);
  for (const s of lockedIdx) {
    allowed0[s] = 0;
    addSite(cov, s, count0, 1);
  }
  const slots = Math.max(0, Math.floor(opts.k) - lockedIdx.length);
  const greedy = opts.greedy === 'plain' ? plainGreedy : lazyGreedy;
  const covered = (count: Int32Array) => {
    let w = 0;
    for (let i = 0; i < count.length; i++) if (count[i] > 0) w += model.weight[i];
    return w;
  };

  // One start: optionally force a first site, fill the rest greedily, then swap-improve.
  const runFrom = (forced: number) => {
    const count = Int32Array.from(count0);
    const allowed = Uint8Array.from(allowed0);
    const chosen = [...lockedIdx];
    if (forced >= 0 && slots > 0) {
      chosen.push(forced);
      allowed[forced] = 0;
      addSite(cov, forced, count, 1);
    }
    greedy(cov, model.weight, count, allowed, slots - (chosen.length - lockedIdx.length), chosen);
    const greedyWeight = covered(count);
    const movable = chosen.map((_, c) => c >= lockedIdx.length);
    const st = opts.noLocalSearch
      ? { swaps: 0, passes: 0 }
      : swapSearch(cov, model.weight, count, chosen, movable, allowed, opts.maxPasses ?? 20, model.totalWeight);
    return { chosen, weight: covered(count), greedyWeight, ...st };
  };

  let best = runFrom(-1);
  const first = { greedyWeight: best.greedyWeight };
  let swaps = best.swaps;
  let passes = best.passes;
  // Multi-start: force each of the `starts` best single sites first (by gain after locked sites).
  const starts = opts.noLocalSearch || slots < 2 ? 0 : Math.max(0, Math.floor(opts.starts ?? 16));
  if (starts > 0) {
    const ranked: number[] = [];
    for (let s = 0; s < candidates.length; s++) if (allowed0[s]) ranked.push(s);
    const g = new Float64Array(candidates.length);
    for (const s of ranked) g[s] = gainOf(cov, s, count0, model.weight);
    ranked.sort((a, b) => g[b] - g[a] || a - b);
    for (const s of ranked.slice(0, starts)) {
      const run = runFrom(s);
      swaps += run.swaps;
      passes += run.passes;
      if (run.weight > best.weight + 1e-12 * Math.max(1, model.totalWeight)) best = run;
    }
  }
  // Equal answers differ only in where their sites lie: the one with sites deepest in the gaps, apart.
  if (!opts.noLocalSearch) {
    const count = Int32Array.from(count0);
    const allowed = Uint8Array.from(allowed0);
    for (const s of best.chosen.slice(lockedIdx.length)) {
      addSite(cov, s, count, 1);
      allowed[s] = 0;
    }
    const xy = new Float64Array(2 * candidates.length);
    candidates.forEach((c, s) => {
      xy[2 * s] = projectX(model.projection, c.lng);
      xy[2 * s + 1] = projectY(model.projection, c.lat);
    });
    spreadTies(model, cov, xy, count, best.chosen, best.chosen.map((_, c) => c >= lockedIdx.length), allowed);
  }
  // Largest gain first, so a site that adds nothing comes last: such sites are not suggested.
  const order = withGain(model, cov, greedyOrder(model, cov, lockedIdx, best.chosen.slice(lockedIdx.length)), lockedIdx.length);
  const idleSlots = slots - (order.length - lockedIdx.length);
  return report(model, cov, order, candidates, new Set(lockedIds), { greedyWeight: first.greedyWeight, swaps, passes, starts, idleSlots });
}

/** The ordered sites up to the last one that adds coverage (the first `keep`, locked, always stay). */
function withGain(model: SitingModel, cov: CoverageSets, order: readonly number[], keep: number): number[] {
  const count = Int32Array.from(model.baseCount);
  const out: number[] = [];
  order.forEach((s, i) => {
    if (i >= keep && gainOf(cov, s, count, model.weight) <= 0) return;
    addSite(cov, s, count, 1);
    out.push(s);
  });
  return out;
}

/**
 * The candidates deepest in the demand no existing station reaches first (spread.ts's gapDepth);
 * ties in the given order. Many sites can add exactly the same coverage (on a demand grid every
 * site inside a large gap does); the greedy then takes the first, one in the middle of the largest
 * gap instead of the first cell of the list (the grid's south-west corner).
 */
function byGapDepth(model: SitingModel, candidates: readonly SitePoint[]): readonly SitePoint[] {
  if (!model.demandTree) return candidates;
  const depth = candidates.map((c) => gapDepth(model, projectX(model.projection, c.lng), projectY(model.projection, c.lat), model.baseCount));
  return candidates.map((_, i) => i).sort((a, b) => depth[b] - depth[a] || a - b).map((i) => candidates[i]);
}

/** Scores a given set of sites (e.g. after the planner dragged one), in the given order. */
export function evaluateModel(model: SitingModel, sites: readonly SitePoint[], locked: readonly string[] = []): SitingResult {
  const cov = coverageSets(model, sites);
  return report(model, cov, sites.map((_, s) => s), sites, new Set(locked), { greedyWeight: NaN, swaps: 0, passes: 0, starts: 0, idleSlots: 0 });
}

export function solveSiting(input: SitingInput): SitingResult {
  const model = prepareModel(input.demand, input.existing, input);
  return solveModel(model, input.candidates, input);
}

export function evaluateSites(
  input: CoverageSettings & { demand: readonly DemandPoint[]; existing: readonly { lng: number; lat: number }[] },
  sites: readonly SitePoint[],
  locked: readonly string[] = [],
): SitingResult {
  return evaluateModel(prepareModel(input.demand, input.existing, input), sites, locked);
}
