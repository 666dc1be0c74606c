// One whole population file (CSV/TSV/semicolon or GeoJSON points with a count property) →
// PopulationData + issues + rejected rows: decode, sniff the shape from the headers, validate.
import { readSource, looksLikeJson, tableNotes, type ImportRequest, type ImportResult, type ImportStats } from './import';
import { GEOMETRY_LAT, GEOMETRY_LNG, parseTable } from './parse-table';
import { parseFeatures } from './geojson';
import { suggestFieldMapping } from './headers';
import { detectPopulationShape, POPULATION_POINT_FIELDS, type OfficialTown, type PopulationData, type PopulationShape } from './population';
import { populationFeatureTable, validatePopulationTable } from './population-validate';

export interface PopulationRequest extends Omit<ImportRequest, 'layer' | 'exactPrecision'> {
  towns?: readonly OfficialTown[];
}

/** What a point-layer import returns (issues, rejected rows, encoding, mapping …) with the population instead of records. */
export interface PopulationResult extends Omit<ImportResult<never>, 'records'> {
  shape: PopulationShape;
  data: PopulationData;
}

/** Never throws for bad rows; throws ImportError only for binary files or text that is not GeoJSON. */
export function importPopulation(req: PopulationRequest): PopulationResult {
  const { text, guess, encoding, guessed, crs, crsNote, encNote } = readSource(req);
  const user = { fileName: req.name.replace(/^.*[\\/]/, '') };
  const common = { crs, fixSwapped: req.fixSwapped, district: req.district, user, towns: req.towns };
  const statsOf = (s: Omit<ImportStats, 'bytes' | 'encodingConfidence' | 'crsGuessed'>): ImportStats => ({
    ...s, bytes: req.bytes.length, encodingConfidence: guess.confidence, crsGuessed: guessed !== undefined,
  });

  if (looksLikeJson(req.name, text)) {
    // (a file in Web Mercator is converted and said, as for the other layers)
    const f = populationFeatureTable(parseFeatures(text, crsNote));
    const base = req.mapping ?? suggestFieldMapping(POPULATION_POINT_FIELDS.filter((d) => d.type !== 'lng' && d.type !== 'lat'), f.keys);
    const mapping = { ...base, lng: GEOMETRY_LNG, lat: GEOMETRY_LAT };
    const res = validatePopulationTable(f.table, 'points', { ...common, mapping, kind: 'feature' });
    const rejected = [...f.rejected, ...res.rejected].sort((a, b) => a.line - b.line);
    const stats = { ...res.stats, rows: res.stats.rows + f.rejected.length, rejected: rejected.length };
    return {
      shape: 'points', data: res.data, issues: [...encNote, ...crsNote, ...f.issues, ...res.issues], rejected, format: 'geojson', encoding,
      delimiter: null, headers: f.keys, mapping: res.mapping, crs, stats: statsOf(stats),
    };
  }
  const table = parseTable(text);
  const shape = detectPopulationShape(table.headers, req.mapping);
  const pre = [...encNote, ...(shape === 'points' ? crsNote : []), ...tableNotes(table)];
  const res = validatePopulationTable(table, shape, { ...common, mapping: req.mapping, decimalComma: table.delimiter !== ',' });
  return {
    shape, data: res.data, issues: [...pre, ...res.issues], rejected: res.rejected, format: 'csv', encoding,
    delimiter: table.delimiter, headers: table.headers, mapping: res.mapping, crs, stats: statsOf(res.stats),
  };
}
