// Plain-data inputs and outputs of the coverage engine (no DOM; safe to post to a Worker).
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { CrossingRecord } from '../../data/schema.ts';
import { CATEGORIES } from '../../data/schema.ts';
import { DEFAULT_SPEED_KMH as TRIP_SPEED_KMH } from '../travel-modes.ts';

/** The life-circle categories plus the NQI stations, which come in as category '质汇驿站'. */
export const COVERAGE_CATEGORIES = [...CATEGORIES, '质汇驿站'] as const;
export type CoverageCategory = (typeof COVERAGE_CATEGORIES)[number];

/** elderly = elderly walking; crossings treat it as 'walk'. */
export type TravelMode = 'walk' | 'elderly' | 'bike';
/**
 * Editable defaults, km/h (life-circle brief: walk 4.0, elderly ≈ 3, cycling 12–15). Walking and
 * cycling are the ones 找服务, 驿站选址 and the closing slide use (travel-modes.ts), so a
 * "15-minute ride" reaches as far in every mode.
 */
export const DEFAULT_SPEED_KMH: Readonly<Record<TravelMode, number>> = { walk: TRIP_SPEED_KMH.walk, elderly: 3, bike: TRIP_SPEED_KMH.bike };
export const DEFAULT_DETOUR = 1.3;
export const DEFAULT_CELL_SIZE = 50;

/** A time band (reach if distance × detour / speed ≤ minutes) or a service radius in metres
 *  (reach if distance ≤ metres; the detour factor is not applied to a radius). */
export type Band =
  | { minutes: number; mode: TravelMode; speedKmh?: number }
  | { metres: number; mode?: TravelMode };

/** Suggested defaults from the life-circle brief; every one is editable by the caller. */
export const DEFAULT_BANDS: Readonly<Record<CoverageCategory, Band>> = {
  医疗: { minutes: 15, mode: 'walk' },
  养老: { minutes: 10, mode: 'elderly' },
  教育: { metres: 500 },
  文化: { minutes: 15, mode: 'walk' },
  体育: { minutes: 15, mode: 'walk' },
  商业: { minutes: 15, mode: 'walk' },
  公园: { minutes: 10, mode: 'walk' },
  // the pack's transit is metro stations (and a railway station): 15 minutes' walk; bus stops take 500 m
  交通: { minutes: 15, mode: 'walk' },
  政务: { minutes: 15, mode: 'walk' },
  质汇驿站: { minutes: 15, mode: 'bike' },
};

/**
 * Kinds a band is not for: the life circle's 教育 is 幼儿园/小学/初中 and its 体育 the 市民健身中心, 球场
 * and 健身步道, so a university campus or a stadium reaching a cell is no school or sports ground within
 * reach (review 27: two campuses drawn as 500 m school circles). Coverage leaves them out, as siting does
 * unless the planner picks the kind itself.
 */
export const NOT_IN_BANDS: ReadonlySet<string> = new Set(['高校', '体育场馆']);

export interface FacilityPoint {
  id: string;
  lng: number;
  lat: number;
  category: string;
}

export type DistanceMode = 'straight' | 'barrier';

export type AreaGeometry = Polygon | MultiPolygon;
export type AreaFeature = Feature<AreaGeometry, { name?: string } | null>;
export type AreaInput = AreaFeature | FeatureCollection<AreaGeometry, { name?: string } | null> | AreaGeometry;

export interface DistrictInput {
  outline: AreaInput;
  /** Town polygons; each feature's properties.name is the town's name. */
  towns?: FeatureCollection<AreaGeometry, { name?: string } | null>;
}

export type BarrierInput = FeatureCollection<LineString | MultiLineString, { kind?: string; name?: string } | null>;
export type CrossingInput = Pick<CrossingRecord, 'id' | 'name' | 'lng' | 'lat' | 'modes'>;

/** Population per town (spread uniformly over the town's cells) or as counted points. */
export type PopulationInput =
  | { kind: 'towns'; counts: Record<string, number> }
  | { kind: 'points'; points: { lng: number; lat: number; count: number }[] };

export interface CoverageInput {
  district: DistrictInput;
  facilities: readonly FacilityPoint[];
  /** Selected categories, in display order. */
  categories: readonly string[];
  /** Band per category; missing ones use DEFAULT_BANDS (or 15 min walk for unknown names). */
  bands?: Partial<Record<string, Band>>;
  cellSize?: number;
  detour?: number;
  /** Default: 'barrier' when barriers are given, else 'straight'. */
  distanceMode?: DistanceMode;
  barriers?: BarrierInput;
  crossings?: readonly CrossingInput[];
  /** Barrier kinds that block travel (default ['river']; add 'expressway', 'railway'). */
  barrierKinds?: readonly string[];
  /** Radius within which a crossing connects the regions around it (default max(150, 2 cells)). */
  crossingSnapMetres?: number;
  population?: PopulationInput;
  /** Compute the largest connected gaps per town (default true; the costliest statistic). */
  largestGaps?: boolean;
  /**
   * The towns a category has data for, where that is not all of them (a town office's file): in the
   * others a cell it does not reach is no gap, as nothing is known there (its share there is no figure).
   */
  scopes?: Partial<Record<string, readonly string[]>>;
}

export interface Warning {
  code: 'empty-category' | 'no-barriers' | 'facility-outside-grid' | 'unknown-town' | 'population-outside' | 'no-towns';
  zh: string;
  en: string;
  category?: string;
}

export interface GapInfo {
  areaKm2: number;
  /** A cell of the gap nearest its centroid, [lng, lat]. */
  point: [number, number];
}

export interface CategoryTownStats {
  category: string;
  coveredShare: number;
  coveredKm2: number;
  /** null when no population was loaded. */
  populationShare: number | null;
  largestGap: GapInfo | null;
}

export interface TownStats {
  name: string;
  areaKm2: number;
  population: number | null;
  categories: CategoryTownStats[];
  /** Mean over the town's cells of (categories reached / categories selected), 0–1. */
  completeness: number;
  /** Share of area reaching every selected category with data in all of the row's area (CoverageInput.scopes): a town's, or for 全区 in every town. */
  allShare: number;
  /** Largest connected area (inside the town; for 全区 the district, across town lines) missing at least one selected category. */
  largestGapAny: GapInfo | null;
  /** Largest connected area (inside the town) reaching none of the selected categories (a blind spot). */
  largestBlind: GapInfo | null;
}

export interface CategoryResult {
  category: string;
  band: Band;
  /** Raw distance (metres, before detour) up to which a cell counts as reached. */
  thresholdMetres: number;
  speedKmh: number;
  facilityCount: number;
  /** 1 where the cell reaches a facility of this category within its band. */
  reach: Uint8Array;
  /** How reach was computed: painted discs or a full distance transform (same answer). */
  method: 'discs' | 'edt';
  /** Source positions in cell units, interleaved [u0, v0, u1, v1, …] (for exact probes). */
  sources: Float64Array;
  /** Barrier mode: region of each source, and shortest source→crossing distance (cell units). */
  sourceRegion: Int32Array | null;
  crossingDist: Float64Array | null;
  /** With a scope (CoverageInput.scopes): 1 per town index it has data for; null: data for every town. */
  scope: Uint8Array | null;
}
