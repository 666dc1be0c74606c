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

export interface FileReport {
  file: string;
  rows: number;
  issues: RowIssue[];
  sources: string[];
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
}
