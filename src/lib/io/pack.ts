// Loads the embedded Minhang data pack (data/*.csv, data/*.geojson) that Vite ships as static
// assets, through the same parser and validator that reads a planner's own files.
import townsUrl from '../../../data/towns.csv?url';
import stationsUrl from '../../../data/stations.csv?url';
import institutionsUrl from '../../../data/institutions.csv?url';
import enterprisesUrl from '../../../data/enterprises.csv?url';
import facilitiesUrl from '../../../data/facilities.csv?url';
import totalsUrl from '../../../data/category-totals.csv?url';
import crossingsUrl from '../../../data/crossings.csv?url';
import outlineUrl from '../../../data/district-outline.geojson?url';
import boundariesUrl from '../../../data/town-boundaries.geojson?url';
import barriersUrl from '../../../data/barriers.geojson?url';
import {
  parseCategoryTotalsCsv,
  parseCrossingsCsv,
  parseLayerCsv,
  parseTownsCsv,
  type LoadResult,
} from '../data/load';
import type { DataPack, FileReport } from './pack-types';

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

function report<T extends { source?: string }>(file: string, r: LoadResult<T>): FileReport {
  const sources = [...new Set(r.records.map((x) => x.source ?? '').filter(Boolean))].sort();
  return { file, rows: r.records.length, issues: r.issues, sources };
}

function geoReport(file: string, fc: { features: { properties?: Record<string, unknown> | null }[] }): FileReport {
  const sources = [
    ...new Set(fc.features.map((f) => String(f.properties?.source ?? '')).filter(Boolean)),
  ].sort();
  return { file, rows: fc.features.length, issues: [], sources };
}

let started: Promise<DataPack> | undefined;

/** The embedded pack, loaded once: main.ts starts it before the UI mounts. */
export function embeddedPack(): Promise<DataPack> {
  return (started ??= loadEmbeddedPack());
}

export async function loadEmbeddedPack(): Promise<DataPack> {
  // All ten files are requested at once (one round trip, not two).
  const csvs = Promise.all(
    [townsUrl, stationsUrl, institutionsUrl, enterprisesUrl, facilitiesUrl, totalsUrl, crossingsUrl].map(text),
  );
  const geo = Promise.all([outlineUrl, boundariesUrl, barriersUrl].map(async (u) => JSON.parse(await text(u))));
  const [[towns, stations, institutions, enterprises, facilities, totals, crossings], [outline, boundaries, barriers]] =
    await Promise.all([csvs, geo]);
  const t = parseTownsCsv(towns);
  const s = parseLayerCsv('stations', stations);
  const i = parseLayerCsv('institutions', institutions);
  const e = parseLayerCsv('enterprises', enterprises);
  const f = parseLayerCsv('facilities', facilities);
  const c = parseCategoryTotalsCsv(totals);
  const x = parseCrossingsCsv(crossings);
  return {
    towns: t.records.sort((a, b) => a.appendix_order - b.appendix_order),
    stations: s.records,
    institutions: i.records,
    enterprises: e.records,
    facilities: f.records,
    categoryTotals: c.records,
    crossings: x.records,
    outline,
    boundaries,
    barriers,
    files: [
      report('towns.csv', t),
      report('stations.csv', s),
      report('institutions.csv', i),
      report('enterprises.csv', e),
      report('facilities.csv', f),
      report('category-totals.csv', c),
      report('crossings.csv', x),
      geoReport('district-outline.geojson', outline),
      geoReport('town-boundaries.geojson', boundaries),
      geoReport('barriers.geojson', barriers),
    ],
  };
}
