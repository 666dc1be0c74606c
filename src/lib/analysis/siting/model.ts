// Prepares a siting problem once: projected demand in a box tree, the barrier network,
// coverage sets (CSR typed arrays) of every candidate and of the existing stations.
import { BoxTree } from '../box-tree.ts';
import { DEFAULT_PROJECTION, dist, projectX, projectY, type LocalProjection } from '../geo.ts';
import { DEFAULT_DETOUR, Router, prepareBarriers, type BarrierNetwork, type TravelMode } from '../route-distance.ts';
import type { CoverageSettings, DemandPoint, SitePoint } from './types.ts';

/** Coverage sets in compressed rows: site s covers items[offsets[s] .. offsets[s+1]). */
export interface CoverageSets {
  offsets: Int32Array;
  items: Int32Array;
}

export interface SitingModel {
  projection: LocalProjection;
  radius: number;
  detour: number;
  mode: TravelMode;
  network: BarrierNetwork | null;
  demandX: Float64Array;
  demandY: Float64Array;
  weight: Float64Array;
  totalWeight: number;
  /** town index per demand point, into `towns` */
  townOf: Int32Array;
  towns: string[];
  demandTree: BoxTree | null;
  /** how many existing stations cover each demand point */
  baseCount: Int32Array;
}

export function prepareModel(demand: readonly DemandPoint[], existing: readonly { lng: number; lat: number }[], s: CoverageSettings): SitingModel {
  const projection = s.projection ?? DEFAULT_PROJECTION;
  if (!(s.radiusMetres > 0)) throw new Error('siting: radiusMetres must be positive');
  const n = demand.length;
  const demandX = new Float64Array(n);
  const demandY = new Float64Array(n);
  const weight = new Float64Array(n);
  const townOf = new Int32Array(n);
  const townIndex = new Map<string, number>();
  const boxes = new Float64Array(4 * n); // each point as a box of no size
  let totalWeight = 0;
  demand.forEach((d, i) => {
    demandX[i] = projectX(projection, d.lng);
    demandY[i] = projectY(projection, d.lat);
    boxes.set([demandX[i], demandY[i], demandX[i], demandY[i]], 4 * i);
    const w = d.weight ?? 1;
    if (!(w >= 0)) throw new Error(`siting: demand weight must be ≥ 0 (point ${i})`);
    weight[i] = w;
    totalWeight += w;
    const town = d.town ?? '';
    let t = townIndex.get(town);
    if (t === undefined) townIndex.set(town, (t = townIndex.size));
    townOf[i] = t;
  });
  const tree = n > 0 ? new BoxTree(boxes, 8) : null;
  const hasBarriers = (s.barriers?.features.length ?? 0) > 0;
  const model: SitingModel = {
    projection,
    radius: s.radiusMetres,
    detour: s.detour ?? DEFAULT_DETOUR,
    mode: s.mode ?? 'walk',
    network: hasBarriers ? prepareBarriers(s.barriers, s.crossings ?? [], { projection }) : null,
    demandX,
    demandY,
    weight,
    totalWeight,
    townOf,
    towns: [...townIndex.keys()],
    demandTree: tree,
    baseCount: new Int32Array(n),
  };
  const base = coverageSets(model, existing);
  for (let j = 0; j < base.items.length; j++) model.baseCount[base.items[j]]++;
  return model;
}

/** The demand points one site covers, ascending. */
export function coveredBy(model: SitingModel, lng: number, lat: number, out: number[] = []): number[] {
  out.length = 0;
  const tree = model.demandTree;
  if (!tree) return out;
  const x = projectX(model.projection, lng);
  const y = projectY(model.projection, lat);
  const { detour, radius, demandX, demandY } = model;
  const r = radius / detour; // straight-line reach; route ≥ straight × detour
  // no barrier segment in the reach's box: no straight line from the site within it crosses one
  const router = model.network && barrierNear(model.network, x - r, y - r, x + r, y + r) ? new Router(model.network, x, y, model.mode) : null;
  tree.search(x - r, y - r, x + r, y + r, (i) => {
    if (dist(x, y, demandX[i], demandY[i]) * detour > radius) return;
    if (router && router.planarTo(demandX[i], demandY[i]) * detour > radius) return;
    out.push(i);
  });
  return out.sort((a, b) => a - b);
}

function barrierNear(net: BarrierNetwork, minX: number, minY: number, maxX: number, maxY: number): boolean {
  let near = false;
  net.segIndex?.search(minX, minY, maxX, maxY, () => (near = true));
  return near;
}

export function coverageSets(model: SitingModel, sites: readonly { lng: number; lat: number }[]): CoverageSets {
  const offsets = new Int32Array(sites.length + 1);
  const chunks: number[][] = [];
  let total = 0;
  sites.forEach((site, s) => {
    const c = coveredBy(model, site.lng, site.lat, []);
    chunks.push(c);
    total += c.length;
    offsets[s + 1] = total;
  });
  const items = new Int32Array(total);
  chunks.forEach((c, s) => items.set(c, offsets[s]));
  return { offsets, items };
}

export type { SitePoint };
