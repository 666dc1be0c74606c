// Nearest service points ranked by barrier-aware travel distance. Candidates are fetched
// from the spatial index in straight-line order, in growing batches, and the search stops
// once the next straight-line distance × detour (a lower bound of any route, by the triangle
// inequality) exceeds the k-th best route found: the answer equals a brute-force ranking.
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
  const ctx = queryContext(index, q);
  const { k, filter, detour } = ctx;
  // With a service, search the tree that holds only points offering it (no rejected leaves).
  const sub = q.service !== undefined ? index.serviceTrees.get(q.service) : undefined;
  const tree = sub ? sub.tree : index.tree;
  if (!tree || !filter || k === 0) return { rows: [], examined: 0 };
  const members = sub?.members;
  const accept = q.kinds === undefined ? undefined : members ? (j: number) => filter(members[j]) : filter;
  const best: Scored[] = [];
  const seen = new Set<number>();
  let batch = Math.max(k + 1, 8);
  for (;;) {
    const found = tree.neighbors(ctx.x, ctx.y, batch, Infinity, accept);
    for (const j of found) {
      const i = members ? members[j] : j;
      if (seen.has(i)) continue;
      seen.add(i);
      offer(best, score(index, ctx, i), k);
    }
    if (found.length < batch) break; // every matching point has been examined
    const lastJ = found[found.length - 1];
    const last = members ? members[lastJ] : lastJ;
    const lowerBound = dist(ctx.x, ctx.y, index.xs[last], index.ys[last]) * detour;
    if (best.length === k && lowerBound > best[k - 1].route) break;
    batch *= 2;
  }
  return { rows: toRows(index, ctx, best), examined: seen.size };
}
