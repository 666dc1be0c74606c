// Barrier-aware travel distance between points: straight line × detour factor when the
// segment crosses no barrier (river / expressway / railway); otherwise the shortest path
// through crossings usable by the travel mode (Dijkstra on origin + crossings + destination),
// × detour. Pure TypeScript, plain data in and out, planar metres from geo.ts.
import { BoxTree } from './box-tree.ts';
import type { LineString, MultiLineString } from 'geojson';
import type { CrossingRecord } from '../data/schema.ts';
import { DEFAULT_PROJECTION, dist, projectX, projectY, segmentHit, type LocalProjection } from './geo.ts';

import type { TravelMode } from './travel-modes.ts';

export { DEFAULT_SPEED_KMH, TRAVEL_MODES, type TravelMode } from './travel-modes.ts';
export const DEFAULT_DETOUR = 1.3;
/** Intersections with a crossing's own barrier this close to the crossing are allowed. */
export const DEFAULT_SNAP_METRES = 250;

/** A barrier feature as found in data/barriers.geojson (properties.kind river/expressway/railway). */
export interface BarrierFeature {
  properties: { kind?: string; name?: string } | null;
  geometry: LineString | MultiLineString | null;
}
export interface BarrierCollection {
  features: readonly BarrierFeature[];
}
export type CrossingInput = Pick<CrossingRecord, 'id' | 'name' | 'barrier' | 'lng' | 'lat' | 'modes'>;

export interface BarrierOptions {
  projection?: LocalProjection;
  /** Only barriers of these kinds block travel (default: all). */
  kinds?: readonly string[];
  snapMetres?: number;
}

interface PreparedCrossing {
  id: string;
  name: string;
  x: number;
  y: number;
  modes: ReadonlySet<string>;
  /** barrier indices this crossing crosses (by name; all barriers if the name matches none) */
  own: ReadonlySet<number>;
}

/** Barriers and crossings prepared once (projected, segment-indexed); reuse it across queries. */
export interface BarrierNetwork {
  projection: LocalProjection;
  snapMetres: number;
  barrierNames: string[];
  /** x1,y1,x2,y2 per barrier segment */
  segs: Float64Array;
  segBarrier: Int32Array;
  segIndex: BoxTree | null;
  crossings: PreparedCrossing[];
  /** per mode: n×n planar crossing-to-crossing edge lengths (Infinity where blocked) */
  pairCache: Map<string, Float64Array>;
}

export function prepareBarriers(
  barriers: BarrierCollection | null | undefined,
  crossings: readonly CrossingInput[] = [],
  opts: BarrierOptions = {},
): BarrierNetwork {
  const projection = opts.projection ?? DEFAULT_PROJECTION;
  const names: string[] = [];
  const coords: number[] = [];
  const owner: number[] = [];
  for (const f of barriers?.features ?? []) {
    const g = f.geometry;
    if (!g || (opts.kinds && !opts.kinds.includes(f.properties?.kind ?? ''))) continue;
    const b = names.length;
    names.push(f.properties?.name ?? '');
    const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        coords.push(projectX(projection, line[i - 1][0]), projectY(projection, line[i - 1][1]));
        coords.push(projectX(projection, line[i][0]), projectY(projection, line[i][1]));
        owner.push(b);
      }
    }
  }
  const segs = Float64Array.from(coords);
  // each segment's box: the smaller of its two x and of its two y (x1 and x2 are 2 apart), then the larger
  const segIndex = owner.length ? new BoxTree(segs.map((v, i) => (i % 4 < 2 ? Math.min : Math.max)(v, segs[i ^ 2]))) : null;
  const all = new Set(names.map((_, i) => i));
  const prepared = crossings.map((c): PreparedCrossing => {
    const own = new Set<number>();
    names.forEach((n, i) => {
      if (n === c.barrier) own.add(i);
    });
    return {
      id: c.id,
      name: c.name,
      x: projectX(projection, c.lng),
      y: projectY(projection, c.lat),
      modes: new Set(c.modes.split(/[;；,]/).map((m) => m.trim()).filter(Boolean)),
      own: own.size > 0 ? own : all,
    };
  });
  return {
    projection,
    snapMetres: opts.snapMetres ?? DEFAULT_SNAP_METRES,
    barrierNames: names,
    segs,
    segBarrier: Int32Array.from(owner),
    segIndex,
    crossings: prepared,
    pairCache: new Map(),
  };
}

/** Index of the first barrier the segment a→b crosses, or -1 if clear. `ca`/`cb`: crossing index at an end, or -1. */
export function blockingBarrier(
  net: BarrierNetwork, ax: number, ay: number, bx: number, by: number, ca = -1, cb = -1,
): number {
  const idx = net.segIndex;
  if (!idx) return -1;
  const { segs, segBarrier, crossings, snapMetres } = net;
  let hit = -1;
  idx.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (s) => {
    const o = s * 4;
    const t = segmentHit(ax, ay, bx, by, segs[o], segs[o + 1], segs[o + 2], segs[o + 3]);
    if (t < 0) return false;
    const b = segBarrier[s];
    const px = ax + t * (bx - ax);
    const py = ay + t * (by - ay);
    for (const c of [ca, cb]) {
      if (c < 0) continue;
      const cr = crossings[c];
      if (cr.own.has(b) && dist(px, py, cr.x, cr.y) <= snapMetres) return false;
    }
    hit = b;
    return true;
  });
  return hit;
}

function usable(net: BarrierNetwork, mode: string): boolean[] {
  return net.crossings.map((c) => c.modes.has(mode));
}

function pairMatrix(net: BarrierNetwork, mode: string): Float64Array {
  let m = net.pairCache.get(mode);
  if (m) return m;
  const n = net.crossings.length;
  const ok = usable(net, mode);
  m = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) {
    m[i * n + i] = 0;
    for (let j = i + 1; j < n; j++) {
      if (!ok[i] || !ok[j]) continue;
      const a = net.crossings[i];
      const b = net.crossings[j];
      if (blockingBarrier(net, a.x, a.y, b.x, b.y, i, j) < 0) m[i * n + j] = m[j * n + i] = dist(a.x, a.y, b.x, b.y);
    }
  }
  net.pairCache.set(mode, m);
  return m;
}

/** One-to-many router: shortest planar path lengths (before detour) from a fixed origin. */
export class Router {
  readonly x: number;
  readonly y: number;
  /** planar distance origin → crossing i via usable crossings (Infinity if unreachable) */
  readonly toCrossing: Float64Array;
  /** previous crossing on the best path to crossing i, -1 = straight from the origin */
  readonly prev: Int32Array;
  /** last crossing used by the most recent `planarTo` call, -1 = direct */
  lastVia = -1;
  private readonly ok: boolean[];

  constructor(readonly net: BarrierNetwork, x: number, y: number, readonly mode: TravelMode) {
    this.x = x;
    this.y = y;
    const n = net.crossings.length;
    this.ok = usable(net, mode);
    this.toCrossing = new Float64Array(n).fill(Infinity);
    this.prev = new Int32Array(n).fill(-1);
    if (!net.segIndex || n === 0) return;
    const pairs = pairMatrix(net, mode);
    const d = this.toCrossing;
    for (let i = 0; i < n; i++) {
      const c = net.crossings[i];
      if (this.ok[i] && blockingBarrier(net, x, y, c.x, c.y, -1, i) < 0) d[i] = dist(x, y, c.x, c.y);
    }
    // Dense Dijkstra: the crossing graph is small (tens of nodes).
    const done = new Uint8Array(n);
    for (;;) {
      let u = -1;
      for (let i = 0; i < n; i++) if (!done[i] && d[i] < Infinity && (u < 0 || d[i] < d[u])) u = i;
      if (u < 0) break;
      done[u] = 1;
      for (let v = 0; v < n; v++) {
        const w = pairs[u * n + v];
        if (!done[v] && d[u] + w < d[v]) {
          d[v] = d[u] + w;
          this.prev[v] = u;
        }
      }
    }
  }

  /** Planar path length to (x, y) before the detour factor; Infinity if unreachable. */
  planarTo(x: number, y: number): number {
    const net = this.net;
    this.lastVia = -1;
    if (blockingBarrier(net, this.x, this.y, x, y) < 0) return dist(this.x, this.y, x, y);
    let best = Infinity;
    const d = this.toCrossing;
    for (let i = 0; i < d.length; i++) {
      if (d[i] === Infinity) continue;
      const c = net.crossings[i];
      const total = d[i] + dist(c.x, c.y, x, y);
      if (total < best && blockingBarrier(net, c.x, c.y, x, y, i, -1) < 0) {
        best = total;
        this.lastVia = i;
      }
    }
    return best;
  }

  /** Crossing names along the path found by the latest `planarTo`, in travel order. */
  via(last = this.lastVia): string[] {
    const names: string[] = [];
    for (let c = last; c >= 0; c = this.prev[c]) names.push(this.net.crossings[c].name);
    return names.reverse();
  }
}

export interface RouteResult {
  straightMetres: number;
  /** straight or path length × detour; Infinity when unreachable */
  routeMetres: number;
  reachable: boolean;
  /** names of the crossings used, in travel order */
  via: string[];
  reason?: string;
}

export interface PointLL {
  lng: number;
  lat: number;
}

/**
 * Point-to-point barrier-aware distance, the reference answer of the tests (route-distance.test.ts, and
 * nearest.spec.ts's ranking); the nearest search itself scores many points from one Router (query.ts).
 */
export function routeDistance(
  net: BarrierNetwork, from: PointLL, to: PointLL, opts: { mode?: TravelMode; detour?: number } = {},
): RouteResult {
  const p = net.projection;
  const mode = opts.mode ?? 'walk';
  const detour = opts.detour ?? DEFAULT_DETOUR;
  const ax = projectX(p, from.lng), ay = projectY(p, from.lat);
  const bx = projectX(p, to.lng), by = projectY(p, to.lat);
  const router = new Router(net, ax, ay, mode);
  const planar = router.planarTo(bx, by);
  const straight = dist(ax, ay, bx, by);
  if (planar < Infinity) return { straightMetres: straight, routeMetres: planar * detour, reachable: true, via: router.via() };
  const name = net.barrierNames[blockingBarrier(net, ax, ay, bx, by)] || 'a barrier';
  return {
    straightMetres: straight,
    routeMetres: Infinity,
    reachable: false,
    via: [],
    reason: `the straight path crosses ${name} and no crossing usable by ${mode} connects the two points`,
  };
}
