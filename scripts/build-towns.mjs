// Builds data/town-boundaries.geojson: 14 APPROXIMATE polygons of 闵行区's town-level units that
// tile data/district-outline.geojson, with the 黄浦江 (data/barriers.geojson) as the boundary between
// the east-bank units (浦江镇, 浦锦街道) and the rest. Not official boundaries.
// Run: node scripts/build-towns.mjs   (re-run whenever the data pack's CSVs change)
//
// Method: split the outline by the river into a west and an east part; anchors = every point of
// data/{stations,institutions,enterprises,facilities}.csv grouped by its `town` column, plus each
// unit's approximate government seat (scripts/lib/town-seats.mjs); Voronoi cells of each bank's
// anchors (east-bank units' anchors on the east part only, the others' on the west part), clipped to
// the part, dissolved per unit. Deterministic; coordinates rounded to 6 decimals.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import * as turf from '@turf/turf';
import { splitByRiver } from './lib/bank-split.mjs';
import { partitionByAnchors } from './lib/voronoi-towns.mjs';
import { TOWN_SEATS, EAST_BANK } from './lib/town-seats.mjs';
import { roundGeometry, stringifyFeatureCollection } from './lib/geojson-io.mjs';
import { labelPoint } from './lib/label-point.mjs';
import { slideLabelPoint } from './lib/slide-label-point.mjs';
import { districtLabelPoint } from './lib/district-label-point.mjs';
import { slideNeighbourPoints } from './lib/slide-neighbour-points.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data');
const POINT_FILES = ['stations.csv', 'institutions.csv', 'enterprises.csv', 'facilities.csv'];
const SOURCE =
  '本项目推算：数据包各点按街镇划分的泰森多边形（Voronoi，scripts/build-towns.mjs），沿黄浦江分两岸计算并裁剪至区界；非官方边界';
const METHOD =
  '以 data/{stations,institutions,enterprises,facilities}.csv 各点（按其街镇列）与各街镇政府的大致驻地为锚点，两岸分别计算泰森多边形，裁剪至区界后按街镇合并';

const readJson = (name) => JSON.parse(readFileSync(join(DATA, name), 'utf8'));
const readCsv = (name) =>
  existsSync(join(DATA, name))
    ? Papa.parse(readFileSync(join(DATA, name), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
    : null;

function loadTowns() {
  const rows = readCsv('towns.csv');
  const towns = TOWN_SEATS.map((t) => ({ ...t, industry: '', alias: [...(t.alias ?? [])] }));
  if (!rows) return { towns, fromCsv: false };
  for (const row of rows) {
    const t = towns.find((x) => x.code === row.code?.trim() || x.name === row.name?.trim());
    if (!t) {
      console.warn(`towns.csv: unknown unit ${row.code} ${row.name} (not in scripts/lib/town-seats.mjs)`);
      continue;
    }
    Object.assign(t, {
      code: row.code.trim(),
      name: row.name.trim(),
      name_en: row.name_en?.trim() || t.name_en,
      type: row.type?.trim() || t.type,
      industry: row.industry?.trim() ?? '',
    });
    for (const a of (row.alias ?? '').split(/[;；、]/)) if (a.trim()) t.alias.push(a.trim());
  }
  return { towns, fromCsv: true };
}

function collectAnchors(towns, parts) {
  const byName = new Map();
  for (const t of towns) for (const n of [t.name, ...t.alias]) byName.set(n, t.name);
  const anchors = towns.map((t) => ({ town: t.name, lng: t.seat[0], lat: t.seat[1], file: 'seat' }));
  const skipped = [];
  for (const file of POINT_FILES) {
    for (const [i, row] of (readCsv(file) ?? []).entries()) {
      if (!(row.town ?? '').trim()) continue; // district-level rows (no town) are not anchors
      const town = byName.get(row.town.trim());
      const [lng, lat] = [Number(row.lng), Number(row.lat)];
      if (!town || !Number.isFinite(lng) || !Number.isFinite(lat)) {
        skipped.push(`${file}:${i + 2} town "${row.town}" / position not usable`);
        continue;
      }
      anchors.push({ town, lng, lat, file });
    }
  }
  /** @type {{ west: typeof anchors, east: typeof anchors }} */
  const out = { west: [], east: [] };
  for (const a of anchors) {
    const bank = EAST_BANK.has(a.town) ? 'east' : 'west';
    if (turf.booleanPointInPolygon([a.lng, a.lat], parts[bank])) out[bank].push(a);
    else skipped.push(`${a.file}: ${a.town} point ${a.lng},${a.lat} is not on its bank inside the outline`);
  }
  return { ...out, skipped, counts: anchors.length };
}

function main() {
  const outline = readJson('district-outline.geojson').features[0];
  const river = readJson('barriers.geojson').features.find((f) => f.properties.name === '黄浦江');
  const parts = splitByRiver(outline, river);
  const { towns, fromCsv } = loadTowns();
  const anchors = collectAnchors(towns, parts);
  const cells = new Map([...partitionByAnchors(parts.west, anchors.west), ...partitionByAnchors(parts.east, anchors.east)]);
  const features = [...towns]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((t) => {
      const cell = cells.get(t.name);
      if (!cell) throw new Error(`no cell for ${t.name}`);
      /** @type {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, Record<string, any>>} */
      const town = {
        type: 'Feature',
        properties: {
          code: t.code,
          name: t.name,
          name_en: t.name_en,
          type: t.type,
          industry: t.industry,
          precision: 'approximate',
          source: SOURCE,
          method: METHOD,
        },
        geometry: roundGeometry(cell.geometry),
      };
      return town;
    });
  // where each name is written: clear of the points drawn in the town (scripts/lib/label-point.mjs)
  const positions = (file) => (readCsv(file) ?? []).map((r) => /** @type {[number, number]} */ ([Number(r.lng), Number(r.lat)])).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const drawn = POINT_FILES.flatMap(positions);
  // and the name's box off every station's ring, whichever town the station is in
  const rings = positions('stations.csv');
  // names start at the centroids; two passes, each placing every name clear of the others' latest place
  // each name in Chinese and in English as short as a phone writes it (src/lib/i18n/place-names.ts)
  const texts = features.map((f) => [f.properties.name, f.properties.name_en.replace(/ (Town|Subdistrict)$/, '').replace(/ Industrial Zone$/, ' Ind. Zone')]);
  const names = features.map((f) => turf.centroid(f).geometry.coordinates);
  for (let pass = 0; pass < 2; pass++)
    features.forEach((f, i) => {
      const others = names.map((p, j) => /** @type {[number, number, string[]]} */ ([...p, texts[j]])).filter((_, j) => j !== i);
      names[i] = labelPoint(f, drawn, others, rings, texts[i]);
    });
  features.forEach((f, i) => ([f.properties.label_lng, f.properties.label_lat] = names[i]));
  // and where its own 演示 slide writes it, framed alone (scripts/lib/slide-label-point.mjs)
  for (const f of features) [f.properties.slide_lng, f.properties.slide_lat] = slideLabelPoint(f, rings, [f.properties.name, f.properties.name_en]);
  // and where 演示's district slides write it, at their larger text (scripts/lib/district-label-point.mjs):
  // from the map's points, three passes, the largest towns first (a name wider than its town spills
  // over its neighbours: placed last, it keeps off the names already there; the third pass leaves one
  // pair of English names touching where the second left two)
  const tour = features.map((f) => [f.properties.label_lng, f.properties.label_lat]);
  const byArea = features.map((_, i) => i).sort((a, b) => turf.area(features[b]) - turf.area(features[a]));
  for (let pass = 0; pass < 3; pass++)
    for (const i of byArea) {
      const others = tour.map((p, j) => [...p, texts[j]]).filter((_, j) => j !== i);
      tour[i] = districtLabelPoint(features[i], outline, others, rings, texts[i]);
    }
  features.forEach((f, i) => ([f.properties.district_lng, f.properties.district_lat] = tour[i]));
  // and where each other town's slide writes it, in the part of it that slide shows, when the map's
  // point is off that slide's free map or across a border (scripts/lib/slide-neighbour-points.mjs)
  const slideTexts = new Map(features.map((f, i) => [f.properties.name, [...texts[i], f.properties.name_en]]));
  for (const slide of features)
    for (const [name, at] of slideNeighbourPoints(slide, features, slideTexts, rings)) {
      const p = features.find((f) => f.properties.name === name)?.properties;
      if (!p) throw new Error(`no town ${name}`);
      p.on_slides = { ...p.on_slides, [slide.properties.name]: at };
    }
  writeFileSync(join(DATA, 'town-boundaries.geojson'), stringifyFeatureCollection(features));
  for (const s of anchors.skipped) console.warn(`skipped anchor: ${s}`);
  console.log(`towns from ${fromCsv ? 'data/towns.csv' : 'scripts/lib/town-seats.mjs (no data/towns.csv yet)'}; ${anchors.counts} anchors, ${anchors.west.length} west + ${anchors.east.length} east used`);
  console.log(`west bank ${(turf.area(parts.west) / 1e6).toFixed(1)} km², east bank ${(turf.area(parts.east) / 1e6).toFixed(1)} km²`);
  for (const f of features) {
    const n = f.geometry.type === 'MultiPolygon' ? ` (MultiPolygon, ${f.geometry.coordinates.length} parts)` : '';
    console.log(`${f.properties.code} ${f.properties.name}: ${(turf.area(f) / 1e6).toFixed(1)} km²${n}`);
  }
}

main();
