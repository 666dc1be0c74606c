// Nearest service points ranked by barrier-aware travel distance. Candidates come from the
// bucket grid ring by ring in growing straight-line distance, and the search stops once the
// distance to the unvisited rings × detour (a lower bound of any route, by the triangle
// inequality) exceeds the k-th best route found: the answer equals a brute-force ranking.
// Without barrier segments every route is straight × detour and a router-free path is used.
import { dist, projectX, projectY } from '../geo.ts';
import {
  DEFAULT_DETOUR,
  DEFAULT_SPEED_KMH,
  Router,
  blockingBarrier,
  prepareBarriers,
  type BarrierCollection,
  type BarrierNetwork,
  type CrossingInput,
  type TravelMode,
} from '../route-distance.ts';
import { forRing, ringBound, ringPlan, type PointGrid } from './grid-index.ts';
import { pointFilter, type ServiceIndex } from './service-index.ts';

export interface NearestQuery {
  lng: number;
  lat: number;
  /** a SERVICES value; omit for any service */
  service?: string;
  /** restrict to these point kinds, e.g. ['station'] */
  kinds?: readonly string[];
  mode?: TravelMode;
  /** km/h; default DEFAULT_SPEED_KMH[mode] */
  speedKmh?: number;
  detour?: number;
  /** number of rows (default 5) */
  k?: number;
  barriers?: BarrierCollection | null;
  crossings?: readonly CrossingInput[];
  /** a prepared network (must use the index's projection); overrides barriers/crossings */
  network?: BarrierNetwork;
}

export interface NearestRow {
  id: string;
  kind: string;
  straightMetres: number;
  routeMetres: number;
  minutes: number;
  /** crossing names used, in travel order */
  via: string[];
  reachable: boolean;
  reason?: string;
}

export interface NearestResult {
  rows: NearestRow[];
  /** how many candidates had their route distance computed */
  examined: number;
}

/** One evaluated candidate, compared by (route, straight, index). */
export interface Scored {
  i: number;
  straight: number;
  /** planar route length × detour */
  route: number;
  via: number;
}

export function better(a: Scored, b: Scored): boolean {
  if (a.route !== b.route) return a.route < b.route;
  if (a.straight !== b.straight) return a.straight < b.straight;
  return a.i < b.i;
}

/** Insert into a sorted list of at most k entries. */
export function offer(best: Scored[], s: Scored, k: number): void {
  if (best.length === k && !better(s, best[k - 1])) return;
  let pos = best.length;
  while (pos > 0 && better(s, best[pos - 1])) pos--;
  best.splice(pos, 0, s);
  if (best.length > k) best.pop();
}

const netCache = new WeakMap<object, WeakMap<object, BarrierNetwork>>();
const NO_CROSSINGS: readonly CrossingInput[] = [];

/** The prepared barrier network for a query, cached per (barriers, crossings) object pair. */
export function networkFor(index: ServiceIndex, q: NearestQuery): BarrierNetwork {
  if (q.network) {
    const p = q.network.projection;
    const ip = index.projection;
    if (p.lng0 !== ip.lng0 || p.lat0 !== ip.lat0) throw new Error('nearest: network and index use different projections');
    return q.network;
  }
  const barriers = q.barriers ?? null;
  const crossings = q.crossings ?? NO_CROSSINGS;
  const key1: object = barriers ?? NO_CROSSINGS;
  let inner = netCache.get(key1);
  if (!inner) netCache.set(key1, (inner = new WeakMap()));
  let net = inner.get(crossings);
  if (!net || net.projection !== index.projection) {
    net = prepareBarriers(barriers, crossings, { projection: index.projection });
    inner.set(crossings, net);
  }
  return net;
}

export interface QueryContext {
  router: Router;
  detour: number;
  x: number;
  y: number;
  k: number;
  filter: ((i: number) => boolean) | null;
  metresPerMinute: number;
}

export function queryContext(index: ServiceIndex, q: NearestQuery): QueryContext {
  const mode = q.mode ?? 'walk';
  const speed = q.speedKmh ?? DEFAULT_SPEED_KMH[mode];
  const x = projectX(index.projection, q.lng);
  const y = projectY(index.projection, q.lat);
  return {
    router: new Router(networkFor(index, q), x, y, mode),
    detour: q.detour ?? DEFAULT_DETOUR,
    x,
    y,
    k: Math.max(0, Math.floor(q.k ?? 5)),
    filter: pointFilter(index, q.service, q.kinds),
    metresPerMinute: (speed * 1000) / 60,
  };
}

export function score(index: ServiceIndex, ctx: QueryContext, i: number): Scored {
  const bx = index.xs[i];
  const by = index.ys[i];
  const straight = dist(ctx.x, ctx.y, bx, by);
  const planar = ctx.router.planarTo(bx, by);
  return { i, straight, route: planar * ctx.detour, via: ctx.router.lastVia };
}

export function toRows(index: ServiceIndex, ctx: QueryContext, best: readonly Scored[]): NearestRow[] {
  return best.map((s) => {
    const row: NearestRow = {
      id: index.ids[s.i],
      kind: index.kinds[s.i],
      straightMetres: s.straight,
      routeMetres: s.route,
      minutes: s.route / ctx.metresPerMinute,
      via: s.route < Infinity ? ctx.router.via(s.via) : [],
      reachable: s.route < Infinity,
    };
    if (!row.reachable) {
      const net = ctx.router.net;
      const b = blockingBarrier(net, ctx.x, ctx.y, index.xs[s.i], index.ys[s.i]);
      row.reason = `crosses ${net.barrierNames[b] || 'a barrier'}; no crossing usable by ${ctx.router.mode}`;
    }
    return row;
  });
}

/** k nearest points offering the service, by barrier-aware travel distance. */
export function nearest(index: ServiceIndex, q: NearestQuery): NearestResult {
  const k = Math.max(0, Math.floor(q.k ?? 5));
  const filter = pointFilter(index, q.service, q.kinds);
  // With a service, search the grid that holds only points offering it (no rejected points).
  const grid = q.service !== undefined ? index.serviceGrids.get(q.service) : index.grid;
  if (!grid || !filter || k === 0) return { rows: [], examined: 0 };
  const accept = q.kinds === undefined ? null : filter;
  const detour = q.detour ?? DEFAULT_DETOUR;
  const noBarriers = !q.network && !q.barriers ? true : networkFor(index, q).segIndex === null;
  if (noBarriers && detour > 0) return nearestStraight(index, grid, q, k, accept, detour);
  return nearestRouted(index, grid, q, accept);
}

/**
 * No barrier segments: every route is straight × detour, so the ranking (route, straight,
 * index) is the ranking (straight, index) and no router is needed. Top k kept in typed arrays.
 */
function nearestStraight(
  index: ServiceIndex, g: PointGrid, q: NearestQuery, k: number, accept: ((i: number) => boolean) | null, detour: number,
): NearestResult {
  const x = projectX(index.projection, q.lng);
  const y = projectY(index.projection, q.lat);
  const bestI = new Int32Array(k), bestD = new Float64Array(k);
  let m = 0, examined = 0;
  const { ids, px, py } = g;
  const visit = (s: number, e: number) => {
    for (let t = s; t < e; t++) {
      const i = ids[t];
      if (accept && !accept(i)) continue;
      examined++;
      const d = dist(x, y, px[t], py[t]);
      if (m === k && (d > bestD[k - 1] || (d === bestD[k - 1] && i > bestI[k - 1]))) continue;
      let p = m === k ? k - 1 : m++;
      while (p > 0 && (bestD[p - 1] > d || (bestD[p - 1] === d && bestI[p - 1] > i))) {
        bestD[p] = bestD[p - 1]; bestI[p] = bestI[p - 1]; p--;
      }
      bestD[p] = d; bestI[p] = i;
    }
  };
  const plan = ringPlan(g, x, y);
  for (let R = plan.r0; R <= plan.r1; R++) {
    forRing(g, plan, R, visit);
    // unvisited points are farther than the k-th: strictly worse in (straight, index) order
    if (m === k && ringBound(g, plan, x, y, R) > bestD[k - 1]) break;
  }
  const mode = q.mode ?? 'walk';
  const metresPerMinute = ((q.speedKmh ?? DEFAULT_SPEED_KMH[mode]) * 1000) / 60;
  const rows: NearestRow[] = [];
  for (let t = 0; t < m; t++) {
    const route = bestD[t] * detour;
    rows.push({ id: index.ids[bestI[t]], kind: index.kinds[bestI[t]], straightMetres: bestD[t], routeMetres: route, minutes: route / metresPerMinute, via: [], reachable: true });
  }
  return { rows, examined };
}

/**
 * With barriers: rings of grid cells in growing straight-line distance; each ring's points are
 * scored nearest first, skipping those whose straight × detour (a lower bound of any route, by
 * the triangle inequality) already exceeds the k-th best route; the search stops once the
 * distance to the unvisited rings × detour does.
 */
function nearestRouted(index: ServiceIndex, g: PointGrid, q: NearestQuery, accept: ((i: number) => boolean) | null): NearestResult {
  const ctx = queryContext(index, q);
  const { k, detour, x, y } = ctx;
  const best: Scored[] = [];
  let examined = 0;
  const cand: { t: number; d: number }[] = [];
  const collect = (s: number, e: number) => {
    for (let t = s; t < e; t++) if (!accept || accept(g.ids[t])) cand.push({ t, d: dist(x, y, g.px[t], g.py[t]) });
  };
  const plan = ringPlan(g, x, y);
  for (let R = plan.r0; R <= plan.r1; R++) {
    cand.length = 0;
    forRing(g, plan, R, collect);
    cand.sort((a, b) => a.d - b.d);
    for (const c of cand) {
      if (best.length === k && c.d * detour > best[k - 1].route) break;
      examined++;
      offer(best, score(index, ctx, g.ids[c.t]), k);
    }
    if (best.length === k && ringBound(g, plan, x, y, R) * detour > best[k - 1].route) break;
  }
  return { rows: toRows(index, ctx, best), examined };
}
