// The closing slide's numbers: stations per town and the share of key enterprises within a
// bicycle trip of an operating station, barrier-aware (route-distance.ts). Pure TypeScript.
import type { EnterpriseRecord, StationRecord, TownRecord } from '../../lib/data/schema';
import type { BarrierCollection, CrossingInput } from '../../lib/analysis/route-distance';
import {
  DEFAULT_DETOUR,
  DEFAULT_SPEED_KMH,
  Router,
  prepareBarriers,
} from '../../lib/analysis/route-distance';
import { projectX, projectY } from '../../lib/analysis/geo';
import { countedTown } from '../../lib/data/areas';

export const REACH_MINUTES = 15;

export interface TownCoverage {
  town: string;
  operating: number;
  planned: number;
  enterprises: number;
  reached: number;
}

export interface CoverageSummary {
  towns: TownCoverage[];
  operating: number;
  planned: number;
  townsWithStation: number;
  enterprises: number;
  reached: number;
  speedKmh: number;
  detour: number;
  metres: number;
}

export interface CoverageInput {
  towns: readonly TownRecord[];
  stations: readonly StationRecord[];
  enterprises: readonly EnterpriseRecord[];
  barriers: BarrierCollection | null;
  crossings: readonly CrossingInput[];
  /** The towns' areas: a row naming no Minhang town counts in the town whose area holds it. */
  areas: Parameters<typeof countedTown>[1];
}

export function coverageSummary(input: CoverageInput): CoverageSummary {
  const speedKmh = DEFAULT_SPEED_KMH.bike;
  const detour = DEFAULT_DETOUR;
  const metres = (speedKmh * 1000 * REACH_MINUTES) / 60;
  const net = prepareBarriers(input.barriers, input.crossings);
  const p = net.projection;
  const operating = input.stations.filter((s) => s.status === '在运营');
  const sxy = operating.map((s) => [projectX(p, s.lng), projectY(p, s.lat)] as const);
  const reachedIds = new Set<string>();
  for (const e of input.enterprises) {
    const router = new Router(net, projectX(p, e.lng), projectY(p, e.lat), 'bike');
    if (sxy.some(([x, y]) => router.planarTo(x, y) * detour <= metres)) reachedIds.add(e.id);
  }
  // the 14 towns, then '' for the places in none of them (an imported row's 徐汇区 or blank town
  // with a position outside every town's area), so the table adds up to the totals
  const named = new Set(input.towns.map((t) => t.name));
  const townOf = new Map([...input.stations, ...input.enterprises].map((x) => [x, countedTown(named, input.areas, x)]));
  const outside = [...townOf.values()].some((t) => !named.has(t));
  const towns = [...named, ...(outside ? [''] : [])].map((name): TownCoverage => {
    const here = (x: StationRecord | EnterpriseRecord) => (name ? townOf.get(x) === name : !named.has(townOf.get(x)!));
    const st = input.stations.filter(here);
    const en = input.enterprises.filter(here);
    return {
      town: name,
      operating: st.filter((s) => s.status === '在运营').length,
      planned: st.filter((s) => s.status !== '在运营').length,
      enterprises: en.length,
      reached: en.filter((e) => reachedIds.has(e.id)).length,
    };
  });
  return {
    towns,
    operating: operating.length,
    planned: input.stations.length - operating.length,
    townsWithStation: towns.filter((t) => t.town && t.operating + t.planned > 0).length,
    enterprises: input.enterprises.length,
    reached: reachedIds.size,
    speedKmh,
    detour,
    metres,
  };
}
