// A spatial index over service points (质汇驿站, NQI institutions): projected metres in
// bucket grids (grid-index.ts; one over all points, one per service) plus per-point bitmasks
// of the services offered and the point's kind.
import { buildPointGrid, type PointGrid } from './grid-index.ts';
import { DEFAULT_PROJECTION, projectX, projectY, type LocalProjection } from '../geo.ts';

export interface ServicePoint {
  id: string;
  lng: number;
  lat: number;
  services: readonly string[];
  /** e.g. 'station' | 'institution' */
  kind: string;
}

export interface ServiceIndex {
  projection: LocalProjection;
  ids: string[];
  kinds: string[];
  xs: Float64Array;
  ys: Float64Array;
  /** bit b set ⇔ the point offers the service with serviceBits.get(name) === b */
  serviceMask: Uint32Array;
  kindCode: Uint8Array;
  serviceBits: Map<string, number>;
  kindCodes: Map<string, number>;
  /** all points (null when there are none) */
  grid: PointGrid | null;
  /** one grid per service holding only the points that offer it */
  serviceGrids: Map<string, PointGrid>;
}

const MAX_CODES = 32;

function codeOf(map: Map<string, number>, key: string, what: string): number {
  let c = map.get(key);
  if (c === undefined) {
    c = map.size;
    if (c >= MAX_CODES) throw new Error(`buildServiceIndex: more than ${MAX_CODES} distinct ${what}`);
    map.set(key, c);
  }
  return c;
}

/** Build once per data set; queries then cost microseconds. */
export function buildServiceIndex(
  points: readonly ServicePoint[],
  opts: { projection?: LocalProjection; pointsPerCell?: number } = {},
): ServiceIndex {
  const projection = opts.projection ?? DEFAULT_PROJECTION;
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const serviceMask = new Uint32Array(n);
  const kindCode = new Uint8Array(n);
  const serviceBits = new Map<string, number>();
  const kindCodes = new Map<string, number>();
  points.forEach((p, i) => {
    if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) throw new Error(`buildServiceIndex: bad position for ${p.id}`);
    xs[i] = projectX(projection, p.lng);
    ys[i] = projectY(projection, p.lat);
    let mask = 0;
    for (const s of p.services) mask |= 1 << codeOf(serviceBits, s, 'services');
    serviceMask[i] = mask >>> 0;
    kindCode[i] = codeOf(kindCodes, p.kind, 'kinds');
  });
  const perCell = opts.pointsPerCell ?? 2;
  const grid = n > 0 ? buildPointGrid(xs, ys, Int32Array.from({ length: n }, (_, i) => i), perCell) : null;
  const serviceGrids = new Map<string, PointGrid>();
  for (const [service, bit] of serviceBits) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if ((serviceMask[i] >>> bit) & 1) members.push(i);
    serviceGrids.set(service, buildPointGrid(xs, ys, Int32Array.from(members), perCell));
  }
  return {
    projection,
    ids: points.map((p) => p.id),
    kinds: points.map((p) => p.kind),
    xs,
    ys,
    serviceMask,
    kindCode,
    serviceBits,
    kindCodes,
    grid,
    serviceGrids,
  };
}

/** A predicate over point indices for a service and kinds filter; null when nothing can match. */
export function pointFilter(
  index: ServiceIndex, service?: string, kinds?: readonly string[],
): ((i: number) => boolean) | null {
  let sBit = 0xffffffff;
  if (service !== undefined) {
    const b = index.serviceBits.get(service);
    if (b === undefined) return null;
    sBit = (1 << b) >>> 0;
  }
  let kMask = 0xffffffff;
  if (kinds !== undefined) {
    kMask = 0;
    for (const k of kinds) {
      const c = index.kindCodes.get(k);
      if (c !== undefined) kMask |= 1 << c;
    }
    if (kMask === 0) return null;
  }
  const { serviceMask, kindCode } = index;
  const anyService = service === undefined;
  return (i) => (anyService || (serviceMask[i] & sBit) !== 0) && ((kMask >>> kindCode[i]) & 1) === 1;
}
