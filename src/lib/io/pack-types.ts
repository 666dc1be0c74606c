// The shape of a loaded data set (the embedded pack or a planner's own), shared by state and UI.
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type {
  CategoryTotalRecord,
  CrossingRecord,
  EnterpriseRecord,
  FacilityRecord,
  InstitutionRecord,
  StationRecord,
  TownRecord,
} from '../data/schema';
import type { RowIssue } from '../data/load';
import type { PopulationData } from '../data/population';

export interface FileReport {
  file: string;
  /** A planner's file: the layer it was imported into, and a facility file's category. */
  layer?: string;
  category?: string;
  rows: number;
  issues: RowIssue[];
  sources: string[];
}

/** Population data a planner imported (the embedded pack has none: no per-town source). */
export interface PackPopulation {
  fileName: string;
  data: PopulationData;
}

export type AreaCollection = FeatureCollection<Polygon | MultiPolygon>;

export interface DataPack {
  towns: TownRecord[];
  stations: StationRecord[];
  institutions: InstitutionRecord[];
  enterprises: EnterpriseRecord[];
  facilities: FacilityRecord[];
  categoryTotals: CategoryTotalRecord[];
  crossings: CrossingRecord[];
  outline: AreaCollection;
  boundaries: AreaCollection;
  barriers: FeatureCollection<LineString>;
  files: FileReport[];
  /** Only from a planner's import; absent means no population data. */
  population?: PackPopulation;
}
