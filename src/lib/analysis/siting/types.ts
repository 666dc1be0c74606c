// Plain-data inputs and outputs of the station-siting engine (worker-friendly).
import type { LocalProjection } from '../geo.ts';
import type { BarrierCollection, CrossingInput, TravelMode } from '../route-distance.ts';

export interface DemandPoint {
  lng: number;
  lat: number;
  /** default 1 (e.g. higher for the town's focus industry) */
  weight?: number;
  /** 街镇 name, for per-town effects */
  town?: string;
}

export interface SitePoint {
  id: string;
  lng: number;
  lat: number;
}

export interface CoverageSettings {
  /** covered ⇔ travel distance ≤ radiusMetres */
  radiusMetres: number;
  /** straight-line × detour (default 1.3); also applied to barrier-aware paths */
  detour?: number;
  /** when given, coverage is barrier-aware (paths only through crossings usable by `mode`) */
  barriers?: BarrierCollection | null;
  crossings?: readonly CrossingInput[];
  mode?: TravelMode;
  projection?: LocalProjection;
}

export interface SitingInput extends CoverageSettings {
  demand: readonly DemandPoint[];
  /** existing stations: kept fixed, their coverage is "before" */
  existing: readonly { lng: number; lat: number }[];
  candidates: readonly SitePoint[];
  /** number of new sites, locked ones included */
  k: number;
  /** candidate ids kept in every solution */
  locked?: readonly string[];
  /** candidate ids removed from consideration */
  excluded?: readonly string[];
  /** cap on swap passes of the local search, per start (default 20) */
  maxPasses?: number;
  /** extra greedy + swap starts, each forcing one of the best single sites first (default 16) */
  starts?: number;
}

export interface SiteResult {
  id: string;
  lng: number;
  lat: number;
  locked: boolean;
  /** demand weight newly covered by this site, given the sites listed before it */
  gain: number;
  /** gain / total demand weight */
  gainShare: number;
  /** demand points newly covered, given the sites listed before it */
  newlyCovered: number;
}

/** Demand weight in all, covered before (existing stations) and after (with the new sites), and the shares. */
export interface CoveredWeight {
  totalWeight: number;
  beforeWeight: number;
  afterWeight: number;
  /** weighted share covered by existing stations */
  before: number;
  /** weighted share covered by existing + new sites */
  after: number;
}

export interface TownEffect extends CoveredWeight {
  town: string;
}

export interface SitingResult extends CoveredWeight {
  sites: SiteResult[];
  towns: TownEffect[];
  /**
   * greedyWeight: objective of the first plain greedy run (before swaps and extra starts);
   * idleSlots: how many of the K new sites were not filled because no candidate adds coverage
   * (everything reachable is covered, or what is left is out of every candidate's reach)
   */
  stats: { greedyWeight: number; swaps: number; passes: number; starts: number; idleSlots: number };
}
