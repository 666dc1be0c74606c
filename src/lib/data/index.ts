// Public surface of the data layer (pure TypeScript: Node, browser and Web Worker alike).
export * from './load';
export { importFile, crsHint, type ImportRequest, type ImportResult, type ImportProgress, type ImportStats } from './import';
export { detectEncoding, decode, ENCODINGS, type Encoding, type EncodingGuess } from './decode';
export { parseTable, detectDelimiter, DELIMITERS, type Table, type Delimiter } from './parse-table';
export { suggestMapping, suggestFieldMapping, type Mapping } from './headers';
export { parseCoordinate, looksSwapped, insideBounds, haversine, type Bounds } from './coords';
export { convert, toWgs84, guessCrsFromSource, CRSS } from './crs';
export { validateTable, type ValidateOptions, type Validated, type ValidateStats } from './validate';
export { importPointGeoJson, importTownBoundaries, importBarriers, parseFeatures, type TownBoundary, type BarrierLine } from './geojson';
export { csvText, recordsToCsv, recordsToCsvBytes, recordsToGeoJson, rejectedToCsv, neutralise } from './export';
export { unneutralise } from './text';
export { ImportError, makeIssue, fileIssue, type Severity } from './issues';
export { TOWN_FIELDS, CATEGORY_TOTAL_FIELDS, CROSSING_FIELDS, CROSSING_MODES } from './table-fields';
export { importPopulation, type PopulationRequest, type PopulationResult } from './population-import';
export {
  detectPopulationShape, townMatcher, populationTotal, populationInput, populationSources, populationFields,
  POPULATION_TOWN_FIELDS, POPULATION_POINT_FIELDS,
  type PopulationData, type PopulationShape, type TownPopulation, type PopulationPoint, type OfficialTown,
} from './population';
