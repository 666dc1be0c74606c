// Coverage engine benchmark. Baseline = what most people would write: @turf/turf buffer around
// every facility, union, intersect with the district, area. Same inputs, same run; prints
// both times, the ratio and both covered shares. Run: npx tsx bench/coverage.ts
import { existsSync, readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import {
  bandFor, computeCoverage, COVERAGE_CATEGORIES, thresholdMetres,
  type BarrierInput, type CoverageCache, type CoverageInput, type CrossingInput, type FacilityPoint,
} from '../src/lib/analysis/coverage/index.ts';
import { createProjection } from '../src/lib/analysis/projection.ts';

const DATA = new URL('../data/', import.meta.url);
const file = (name: string) => new URL(name, DATA);
const csv = <T>(name: string): T[] => Papa.parse<T>(readFileSync(file(name), 'utf8'), { header: true, skipEmptyLines: true, dynamicTyping: false }).data;
const json = <T>(name: string): T => JSON.parse(readFileSync(file(name), 'utf8')) as T;
const ms = (t: number) => `${t.toFixed(1)} ms`;
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/** Median time of `runs` calls (the machine is shared, so single timings are noisy). */
function median<T>(f: () => T, runs: number): [T, number] {
  const ts: number[] = [];
  let r: T | undefined;
  for (let k = 0; k < runs; k++) { const [x, t] = time(f); r = x; ts.push(t); }
  ts.sort((a, b) => a - b);
  return [r as T, ts[(runs - 1) >> 1]];
}
const TURF_RUNS = 3, ENGINE_RUNS = 9;

let seed = 12345;
const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);

type Area = Feature<Polygon | MultiPolygon>;

function randomFacilitiesIn(outline: Area, n: number): FacilityPoint[] {
  const [w, s, e, nn] = turf.bbox(outline);
  const out: FacilityPoint[] = [];
  while (out.length < n) {
    const lng = w + rnd() * (e - w), lat = s + rnd() * (nn - s);
    if (!turf.booleanPointInPolygon([lng, lat], outline)) continue;
    out.push({ id: `r${out.length}`, lng, lat, category: COVERAGE_CATEGORIES[out.length % COVERAGE_CATEGORIES.length] });
  }
  return out;
}

/** Covered share of the district per category the turf way. */
function turfBaseline(outline: Area, input: CoverageInput): Map<string, number> {
  const districtArea = turf.area(outline);
  const shares = new Map<string, number>();
  for (const cat of input.categories) {
    const pts = input.facilities.filter((f) => f.category === cat);
    const radiusKm = thresholdMetres(bandFor(cat, input.bands), input.detour ?? 1.3) / 1000;
    if (pts.length === 0) { shares.set(cat, 0); continue; }
    const buffers = pts.map((p) => turf.buffer(turf.point([p.lng, p.lat]), radiusKm, { units: 'kilometers' }) as Feature<Polygon>);
    const union = buffers.length === 1 ? buffers[0] : turf.union(turf.featureCollection(buffers));
    const inside = union ? turf.intersect(turf.featureCollection([union as Area, outline])) : null;
    shares.set(cat, inside ? turf.area(inside) / districtArea : 0);
  }
  return shares;
}

function compare(label: string, outline: Area, input: CoverageInput): void {
  const [base, tBase] = median(() => turfBaseline(outline, input), TURF_RUNS);
  computeCoverage(input); // first call: JIT warm-up, not timed
  const [cold, tCold] = median(() => computeCoverage(input), ENGINE_RUNS);
  const cache: CoverageCache = {};
  computeCoverage(input, cache);
  const [, tWarm] = median(() => computeCoverage(input, cache), ENGINE_RUNS);
  const [, tShares] = median(() => computeCoverage({ ...input, largestGaps: false }, cache), ENGINE_RUNS);
  const district = cold.towns.at(-1)!;
  let worst = 0;
  district.categories.forEach((c, k) => {
    const b = base.get(c.category) ?? 0;
    worst = Math.max(worst, Math.abs(c.coveredShare - b));
    const cat = cold.categories[k];
    console.log(`  ${c.category.padEnd(5, '　')} n=${String(cat.facilityCount).padStart(4)} r=${cat.thresholdMetres.toFixed(0).padStart(5)} m (${cat.method.padEnd(5)}) engine ${pct(c.coveredShare).padStart(7)}  turf ${pct(b).padStart(7)}`);
  });
  const meanE = district.categories.reduce((s, c) => s + c.coveredShare, 0) / district.categories.length;
  const meanB = [...base.values()].reduce((s, x) => s + x, 0) / base.size;
  console.log(`  ${label}: turf ${ms(tBase)} | engine cold (grid built, full stats) ${ms(tCold)} → ${(tBase / tCold).toFixed(0)}× | warm (grid cached, as in the worker), full stats incl. largest gaps ${ms(tWarm)} → ${(tBase / tWarm).toFixed(0)}× | warm, shares only (the baseline's work) ${ms(tShares)} → ${(tBase / tShares).toFixed(0)}×`);
  console.log(`  mean covered share: engine ${pct(meanE)}, turf ${pct(meanB)}; largest per-category difference ${(100 * worst).toFixed(2)} pp (goal ≤ 0.5 pp); grid ${cold.grid.width}×${cold.grid.height}`);
}

export async function run(): Promise<void> {
  console.log('# coverage engine (grid + exact EDT) vs turf buffer/union/intersect/area');
  console.log(`(times are medians: turf of ${TURF_RUNS} runs, engine of ${ENGINE_RUNS}; "cold" = no cache, grid and barrier model built in the call)`);
  const havePack = ['district-outline.geojson', 'town-boundaries.geojson', 'facilities.csv', 'stations.csv'].every((f) => existsSync(file(f)));
  let outline: Area;
  let towns: FeatureCollection<Polygon | MultiPolygon, { name?: string }> | undefined;
  let facilities: FacilityPoint[] = [];
  if (havePack) {
    outline = json<FeatureCollection<Polygon | MultiPolygon>>('district-outline.geojson').features[0];
    towns = json('town-boundaries.geojson');
    const fac = csv<{ id: string; lng: string; lat: string; category: string }>('facilities.csv');
    const st = csv<{ id: string; lng: string; lat: string }>('stations.csv');
    facilities = [
      ...fac.map((r) => ({ id: r.id, lng: +r.lng, lat: +r.lat, category: r.category })),
      ...st.map((r) => ({ id: r.id, lng: +r.lng, lat: +r.lat, category: '质汇驿站' })),
    ];
    console.log(`data pack: 闵行 outline, ${towns?.features.length ?? 0} towns, ${facilities.length} facilities+stations`);
  } else {
    const p = createProjection();
    const h = 10_000, ring = [[-h, -h * 1.8], [h, -h * 1.8], [h, h * 1.8], [-h, h * 1.8], [-h, -h * 1.8]].map(([x, y]) => p.toLngLat([x, y]));
    outline = turf.polygon([ring]);
    console.log('data pack not found: using a synthetic Minhang-sized polygon (20 km × 36 km)');
  }
  const all = [...COVERAGE_CATEGORIES];
  const base: Omit<CoverageInput, 'facilities'> = { district: { outline, towns }, categories: all, cellSize: 50, distanceMode: 'straight' };

  if (havePack) {
    console.log('(a) 闵行, all categories, 50 m cells, straight-line, data-pack facilities:');
    compare('data pack', outline, { ...base, facilities });
  }
  const synthetic = randomFacilitiesIn(outline, 300);
  console.log('(a) 闵行 outline, all categories, 50 m cells, straight-line, 300 random facilities in 10 categories:');
  compare('synthetic 300', outline, { ...base, facilities: synthetic });

  if (existsSync(file('barriers.geojson'))) {
    const barriers = json<BarrierInput>('barriers.geojson');
    const crossings = existsSync(file('crossings.csv')) ? csv<CrossingInput & { lng: string; lat: string }>('crossings.csv').map((c) => ({ ...c, lng: +c.lng, lat: +c.lat })) : [];
    const input: CoverageInput = { ...base, facilities: havePack ? facilities : synthetic, distanceMode: 'barrier', barriers, crossings };
    const [r, tCold] = median(() => computeCoverage(input), ENGINE_RUNS);
    const cache: CoverageCache = {};
    computeCoverage(input, cache);
    const [, tWarm] = median(() => computeCoverage(input, cache), ENGINE_RUNS);
    const straight = computeCoverage({ ...input, distanceMode: 'straight' }).towns.at(-1)!;
    const d = r.towns.at(-1)!;
    const mean = (t: typeof d) => t.categories.reduce((s, c) => s + c.coveredShare, 0) / t.categories.length;
    console.log(`(b) 闵行, all categories, 50 m, barrier-aware (${barriers.features.length} barrier lines, ${crossings.length} crossings), full stats: cold (grid + barrier model built) ${ms(tCold)}, warm (both cached) ${ms(tWarm)} (goal < 100 ms); mean covered ${pct(mean(d))} vs straight ${pct(mean(straight))}`);
  } else {
    console.log('(b) skipped: data/barriers.geojson not found');
  }

  // (c) Shanghai-sized synthetic region: 6,340 km² square, 20,000 facilities
  const p = createProjection([121.47, 31.23]);
  const half = Math.sqrt(6340e6) / 2;
  const sq = turf.polygon([[[-half, -half], [half, -half], [half, half], [-half, half], [-half, -half]].map(([x, y]) => p.toLngLat([x, y]))]);
  const [w, s, e, n] = turf.bbox(sq);
  const many: FacilityPoint[] = Array.from({ length: 20_000 }, (_, k) => ({ id: `s${k}`, lng: w + rnd() * (e - w), lat: s + rnd() * (n - s), category: all[k % all.length] }));
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  const [big, tBig] = time(() => computeCoverage({ district: { outline: sq }, facilities: many, categories: all, cellSize: 50, distanceMode: 'straight' }));
  const after = process.memoryUsage();
  const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;
  console.log(`(c) synthetic Shanghai-sized region 6,340 km², ${big.grid.width}×${big.grid.height} = ${(big.grid.width * big.grid.height / 1e6).toFixed(2)} M cells, 20,000 facilities: ${ms(tBig)} (goal < 2 s); rss ${mb(after.rss)} (+${mb(after.rss - before.rss)}), heap ${mb(after.heapUsed)}, arrayBuffers ${mb(after.arrayBuffers)} (goal < 500 MB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
