// A spatial index over service points (质汇驿站, NQI institutions): projected metres in a
// flatbush tree plus per-point bitmasks of the services offered and the point's kind.
import Flatbush from 'flatbush';
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
  /** all points */
  tree: Flatbush | null;
  /** one tree per service holding only the points that offer it; `members` maps tree item → point index */
  serviceTrees: Map<string, { tree: Flatbush; members: Int32Array }>;
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
  opts: { projection?: LocalProjection; nodeSize?: number } = {},
): ServiceIndex {
  const projection = opts.projection ?? DEFAULT_PROJECTION;
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const serviceMask = new Uint32Array(n);
  const kindCode = new Uint8Array(n);
  const serviceBits = new Map<string, number>();
  const kindCodes = new Map<string, number>();
  const tree = n > 0 ? new Flatbush(n, opts.nodeSize ?? 8) : null;
  points.forEach((p, i) => {
    if (!Number.isFinite(p.lng) || !Number.isFinite(p.lat)) throw new Error(`buildServiceIndex: bad position for ${p.id}`);
    xs[i] = projectX(projection, p.lng);
    ys[i] = projectY(projection, p.lat);
    let mask = 0;
    for (const s of p.services) mask |= 1 << codeOf(serviceBits, s, 'services');
    serviceMask[i] = mask >>> 0;
    kindCode[i] = codeOf(kindCodes, p.kind, 'kinds');
    tree?.add(xs[i], ys[i]);
  });
  tree?.finish();
  const nodeSize = opts.nodeSize ?? 8;
  const serviceTrees = new Map<string, { tree: Flatbush; members: Int32Array }>();
  for (const [service, bit] of serviceBits) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if ((serviceMask[i] >>> bit) & 1) members.push(i);
    const t = new Flatbush(members.length, nodeSize);
    for (const i of members) t.add(xs[i], ys[i]);
    t.finish();
    serviceTrees.set(service, { tree: t, members: Int32Array.from(members) });
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
    tree,
    serviceTrees,
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
