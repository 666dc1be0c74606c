import { describe, expect, it } from 'vitest';
import { categoryRaster, computeCoverage, gapRaster, probe, thresholdMetres, travelMinutes, whatIf, type CoverageInput } from '../../../src/lib/analysis/coverage/index.ts';
import { facility, line, ll, rect, towns, twoDiscUnion } from '../../fixtures/coverage/geometry.ts';

const open = rect(-5000, -5000, 5000, 5000, '开阔');
const district = { outline: open, towns: towns(open) };
const base = (over: Partial<CoverageInput>): CoverageInput => ({
  district, facilities: [], categories: ['医疗'], bands: { 医疗: { metres: 1000 } }, distanceMode: 'straight', ...over,
});

describe('coverage engine: known answers', () => {
  it('one facility in open space covers π r² within 1%', () => {
    const r = computeCoverage(base({ facilities: [facility('a', 123, -77, '医疗')] }));
    const covered = r.towns[0].categories[0].coveredKm2 * 1e6;
    expect(covered / (Math.PI * 1000 ** 2)).toBeCloseTo(1, 2);
    expect(Math.abs(covered / (Math.PI * 1e6) - 1)).toBeLessThan(0.01);
  });

  it('two facilities cover the analytic union (lens formula) within 1%', () => {
    const r = computeCoverage(base({ facilities: [facility('a', -600, 10, '医疗'), facility('b', 600, 10, '医疗')] }));
    const expected = twoDiscUnion(1000, 1200);
    expect(Math.abs((r.towns[0].categories[0].coveredKm2 * 1e6) / expected - 1)).toBeLessThan(0.01);
  });

  it('a time band converts with distance × detour / speed', () => {
    const band = { minutes: 15, mode: 'walk' as const };
    expect(thresholdMetres(band, 1.3)).toBeCloseTo(1000 / 1.3, 6);
    const r = computeCoverage(base({ facilities: [facility('a', 0, 0, '医疗')], bands: { 医疗: band }, detour: 1.3 }));
    const [lng, lat] = ll(600, 800); // 1000 m away, on a cell centre or near it
    const p = probe(r, lng, lat)!;
    const d = p.categories[0].distanceMetres!;
    expect(Math.abs(d - 1000)).toBeLessThan(50);
    expect(p.categories[0].minutes).toBeCloseTo((d * 1.3) / (4000 / 60), 6);
    expect(p.categories[0].reached).toBe(false); // 1000 m × 1.3 / 4 km/h = 19.5 min > 15
    expect(travelMinutes(1000, 1.3, 4)).toBeCloseTo(19.5, 9);
  });

  it('a town fully inside a band is 100% covered, a far one 0%', () => {
    const a = rect(-500, -500, 500, 500, 'A');
    const b = rect(3000, 3000, 5000, 5000, 'B');
    const r = computeCoverage(base({ district: { outline: open, towns: towns(a, b) }, facilities: [facility('a', 0, 0, '医疗')], bands: { 医疗: { metres: 800 } } }));
    expect(r.towns.find((t) => t.name === 'A')!.categories[0].coveredShare).toBe(1);
    expect(r.towns.find((t) => t.name === 'B')!.categories[0].coveredShare).toBe(0);
  });

  it('an empty category gives 0% and a warning in Chinese and English', () => {
    const r = computeCoverage(base({ facilities: [facility('a', 0, 0, '医疗')], categories: ['医疗', '体育'] }));
    const sport = r.towns[0].categories.find((c) => c.category === '体育')!;
    expect(sport.coveredShare).toBe(0);
    const w = r.warnings.find((x) => x.code === 'empty-category')!;
    expect(w.zh).toBe('类别「体育」没有设施');
    expect(w.en).toContain('体育');
  });

  it('composite count and completeness follow the categories reached', () => {
    const r = computeCoverage(base({
      facilities: [facility('a', 0, 0, '医疗'), facility('b', 0, 0, '公园')],
      categories: ['医疗', '公园'], bands: { 医疗: { metres: 1000 }, 公园: { metres: 500 } },
    }));
    const t = r.towns[0];
    const s1 = t.categories[0].coveredShare, s2 = t.categories[1].coveredShare;
    expect(t.completeness).toBeCloseTo((s1 + s2) / 2, 9);
    expect(t.allShare).toBeCloseTo(s2, 9); // the 500 m disc lies inside the 1000 m disc
  });

  it('the largest gap has the known area and lies in the gap', () => {
    const strip = rect(0, 0, 4000, 1000, 'S');
    const r = computeCoverage(base({ district: { outline: strip, towns: towns(strip) }, facilities: [facility('a', 0, 500, '医疗')] }));
    // covered part = disc of 1000 m centred on the left edge, clipped to |y − 500| ≤ 500
    const covered = 2 * (250 * Math.sqrt(1000 ** 2 - 500 ** 2) + (1000 ** 2 / 2) * Math.asin(0.5));
    const gap = r.towns[0].categories[0].largestGap!;
    expect(Math.abs(gap.areaKm2 * 1e6 - (4e6 - covered)) / (4e6 - covered)).toBeLessThan(0.01);
    const p = probe(r, gap.point[0], gap.point[1])!;
    expect(p.categories[0].reached).toBe(false);
  });

  it("the district's largest gap includes its cells in no town's area (a boundary file with only some towns, review 14 M4)", () => {
    // a 4 km × 1 km district, only its west kilometre a town; one facility at the west edge
    const strip = rect(0, 0, 4000, 1000, 'S');
    const west = rect(0, 0, 1000, 1000, 'W');
    const r = computeCoverage(base({ district: { outline: strip, towns: towns(west) }, facilities: [facility('a', 0, 500, '医疗')] }));
    const [w, all] = [r.towns[0], r.towns.at(-1)!];
    expect(w.name).toBe('W');
    // the town's own gap is what its kilometre leaves; the district's is the rest of the strip
    expect(w.largestBlind!.areaKm2).toBeLessThan(0.6);
    expect(all.largestBlind!.areaKm2).toBeGreaterThan(2.9);
    expect(all.categories[0].largestGap!.areaKm2).toBeCloseTo(all.largestBlind!.areaKm2, 9);
    expect(probe(r, ...all.largestBlind!.point)!.categories[0].reached).toBe(false);
  });

  it("全区's largest gap is the district's own, across town lines, not its largest town's (review 28)", () => {
    // west and east halves, one facility in the far west: the blind spot runs from the west half into the east
    const w = rect(-5000, -5000, 0, 5000, 'W'), e = rect(0, -5000, 5000, 5000, 'E');
    const r = computeCoverage(base({ district: { outline: open, towns: towns(w, e) }, facilities: [facility('a', -4500, 0, '医疗')] }));
    const [tw, te, all] = r.towns;
    expect(all.name).toBe('全区');
    expect(all.largestBlind!.areaKm2).toBeCloseTo(tw.largestBlind!.areaKm2 + te.largestBlind!.areaKm2, 9);
    expect(all.largestBlind!.areaKm2).toBeGreaterThan(90);
    expect(all.categories[0].largestGap).toEqual(all.largestBlind);
  });

  it('population per town gives the population share; points are counted where they fall', () => {
    const a = rect(-500, -500, 500, 500, 'A');
    const b = rect(3000, 3000, 5000, 5000, 'B');
    const d2 = { outline: open, towns: towns(a, b) };
    const fac = [facility('a', 0, 0, '医疗')];
    const byTown = computeCoverage(base({ district: d2, facilities: fac, population: { kind: 'towns', counts: { A: 1000, B: 3000 } } }));
    const all = byTown.towns.at(-1)!;
    expect(all.name).toBe('全区');
    expect(all.population).toBeCloseTo(4000, 6);
    expect(all.categories[0].populationShare).toBeCloseTo(0.25, 9);
    // population of one town only: that town's share, but none for the district (it read as 全区's: review 14 L3)
    const oneTown = computeCoverage(base({ district: d2, facilities: fac, population: { kind: 'towns', counts: { A: 1000 } } }));
    expect(oneTown.towns.find((t) => t.name === 'A')!.categories[0].populationShare).toBeCloseTo(0.25 * 4, 9);
    expect(oneTown.towns.at(-1)!.categories[0].populationShare).toBeNull();
    const [lng, lat] = ll(100, 100), [lng2, lat2] = ll(4000, 4000);
    const pts = computeCoverage(base({ district: d2, facilities: fac, population: { kind: 'points', points: [{ lng, lat, count: 30 }, { lng: lng2, lat: lat2, count: 10 }] } }));
    expect(pts.towns.at(-1)!.categories[0].populationShare).toBeCloseTo(0.75, 9);
  });

  it("a category with data for some towns only (a town office's file) makes no gap in the others, and its reach over the border still counts", () => {
    // west and east halves; 医疗 in both, 养老 only in the west's file, 300 m from the border, so its disc crosses it
    const w = rect(-5000, -5000, 0, 5000, 'W'), e = rect(0, -5000, 5000, 5000, 'E');
    const input = base({
      district: { outline: open, towns: towns(w, e) },
      facilities: [facility('m1', -2500, 0, '医疗'), facility('m2', 2500, 0, '医疗'), facility('y', -300, 0, '养老')],
      categories: ['医疗', '养老'], bands: { 医疗: { metres: 2000 }, 养老: { metres: 1000 } },
    });
    const all = computeCoverage(input), scoped = computeCoverage({ ...input, scopes: { 养老: ['W'] } });
    const town = (r: typeof all, name: string) => r.towns.find((t) => t.name === name)!;
    const [eAll, eScoped] = [town(all, 'E'), town(scoped, 'E')];
    // the shares are what the facilities reach, scope or none (the table blanks E's 养老 itself)
    expect(eScoped.categories.map((c) => c.coveredShare)).toEqual(eAll.categories.map((c) => c.coveredShare));
    expect(eScoped.categories[1].coveredShare).toBeGreaterThan(0);
    // E lacks 养老 nowhere: its 缺口 is its 医疗 gap, not the whole town less the disc's edge
    expect(eAll.largestGapAny!.areaKm2).toBeGreaterThan(eAll.categories[0].largestGap!.areaKm2 + 10);
    expect(eScoped.largestGapAny!.areaKm2).toBeCloseTo(eScoped.categories[0].largestGap!.areaKm2, 9);
    expect(eScoped.categories[1].largestGap).toBeNull();
    // a blind spot reaches nothing, whatever has data there; the west is as it was
    expect(eScoped.largestBlind).toEqual(eAll.largestBlind);
    expect(town(scoped, 'W')).toEqual(town(all, 'W'));
    expect(town(scoped, '全区').categories[1].largestGap).toEqual(town(all, 'W').categories[1].largestGap);
    // per cell: in E a cell lacks a category exactly where 医疗 does not reach it; the map paints no 养老 gap there
    const { grid } = scoped, [med, old] = scoped.categories;
    let eastCells = 0;
    grid.townIndex.forEach((t, c) => {
      if (!grid.mask[c] || grid.townNames[t] !== 'E') return;
      eastCells++;
      expect(scoped.gapCount[c] < 2).toBe(!med.reach[c]);
    });
    expect(eastCells).toBeGreaterThan(1000);
    const painted = (img: { data: Uint8ClampedArray }) => img.data.filter((_, i) => i % 4 === 3 && img.data[i] > 0).length;
    expect(painted(categoryRaster(scoped, '养老'))).toBeLessThan(painted(categoryRaster(all, '养老')) * 0.6);
    expect(painted(gapRaster(scoped, 'any'))).toBeLessThan(painted(gapRaster(all, 'any')));
    expect(old.scope).toEqual(Uint8Array.from(grid.townNames, (n) => +(n === 'W')));
    expect(med.scope).toBeNull();
    // 养老 alone: a blind spot is no more than a gap in E (it was the whole town: code review 24)
    const alone = computeCoverage({ ...input, categories: ['养老'], scopes: { 养老: ['W'] } });
    expect(town(alone, 'E').largestBlind).toBeNull();
    expect(town(alone, 'W').largestBlind).toEqual(town(alone, 'W').largestGapAny);
    expect(painted(gapRaster(alone, 'all'))).toBe(painted(gapRaster(alone, 'any')));
    // 全区's gap of the category is its towns with data's largest
    expect(town(scoped, '全区').categories[1].largestGap).not.toBeNull();
    // the readout at a point deep in E: 养老 out of reach there, and said to have no data, not to be a gap
    const [lng, lat] = ll(2500, 4500);
    expect(probe(scoped, lng, lat)!.categories.map((c) => [c.category, c.reached, c.noData])).toEqual([['医疗', false, false], ['养老', false, true]]);
    expect(probe(all, lng, lat)!.categories[1].noData).toBe(false);
    expect(probe(scoped, ...ll(-300, 100))!.categories[1]).toMatchObject({ reached: true, noData: false });
  });

  it("全部可达 counts the categories with data in the row's area: a town's own, 全区's in every town (it was blank in every town a file leaves out)", () => {
    // the halves above: 2 km 医疗 discs at x = ±2.5 km, a 1 km 养老 disc at x = -0.3 km, 养老 known in W only
    const w = rect(-5000, -5000, 0, 5000, 'W'), e = rect(0, -5000, 5000, 5000, 'E');
    const r = computeCoverage(base({
      district: { outline: open, towns: towns(w, e) },
      facilities: [facility('m1', -2500, 0, '医疗'), facility('m2', 2500, 0, '医疗'), facility('y', -300, 0, '养老')],
      categories: ['医疗', '养老'], bands: { 医疗: { metres: 2000 }, 养老: { metres: 1000 } }, scopes: { 养老: ['W'] },
    }));
    const [W, E, all] = ['W', 'E', '全区'].map((n) => r.towns.find((t) => t.name === n)!);
    const near = (share: number, km2: number, area: number, tol: number) => expect(Math.abs((share * area) / km2 - 1)).toBeLessThan(tol);
    // W: both, the lens of the two discs 2.2 km apart (km²)
    const lens = (r1: number, r2: number, d: number) =>
      r1 ** 2 * Math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1)) + r2 ** 2 * Math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2)) -
      Math.sqrt((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)) / 2;
    near(W.allShare, lens(2, 1, 2.2), 50, 0.03);
    // E: 医疗 alone, its whole disc (the 养老 disc's edge over the border made it ~0)
    near(E.allShare, 4 * Math.PI, 50, 0.01);
    expect(E.allShare).toBe(E.categories[0].coveredShare);
    // 全区: 医疗 alone, its one category with data in every town (as its row blanks 养老): both discs
    near(all.allShare, 8 * Math.PI, 100, 0.01);
    expect(all.allShare).toBe(all.categories[0].coveredShare);
  });

  it('a hypothetical facility adds coverage to its town and not to a far one', () => {
    const a = rect(-5000, -5000, -1000, 5000, 'A');
    const b = rect(1000, -5000, 5000, 5000, 'B');
    const input = base({ district: { outline: open, towns: towns(a, b) }, facilities: [facility('x', 4000, 4000, '医疗')] });
    const res = whatIf(input, [facility('new', -3000, 0, '医疗')]);
    const rowA = res.rows.find((r) => r.town === 'A')!, rowB = res.rows.find((r) => r.town === 'B')!;
    expect(rowA.gainKm2).toBeGreaterThan(3); // ≈ π km²
    expect(rowA.afterShare).toBeGreaterThan(rowA.beforeShare!);
    expect(rowB.gainKm2).toBe(0);
    // a category with data for B alone (a town office's file): A had no figure before, not 0 %; 全区 neither
    const scoped = whatIf({ ...input, scopes: { 医疗: ['B'] } }, [facility('new', -3000, 0, '医疗')]);
    expect(scoped.rows.map((r) => [r.town, r.beforeShare === null])).toEqual([['A', true], ['B', false], ['全区', true]]);
    expect(scoped.rows[0].afterShare).toBeCloseTo(rowA.afterShare!, 9);
    // 全区 of a category with data for some towns only is no figure after either (review 24: – → 0.5, the
    // share over towns without data, beside a town table that leaves it blank); its km² gain stands
    expect(scoped.rows[2].afterShare).toBeNull();
    expect(scoped.rows[2].gainKm2).toBeCloseTo(rowA.gainKm2 + rowB.gainKm2, 9);
    expect(res.rows[2].afterShare).not.toBeNull();
    // a category with no facility at all before (养老, none in the pack): no figure before anywhere, not 0.0 → 1.8
    // (review 28), and none for 全区 after, as the town table leaves it blank; its gain stands
    const none = whatIf({ ...input, categories: ['养老'], bands: { 养老: { metres: 1000 } } }, [facility('new', -3000, 0, '养老')]);
    expect(none.rows.map((r) => [r.town, r.beforeShare, r.afterShare === null])).toEqual([['A', null, false], ['B', null, false], ['全区', null, true]]);
    expect(none.rows[0].gainKm2).toBeCloseTo(rowA.gainKm2, 9);
  });
});

describe('barrier-aware distance', () => {
  const wall = { type: 'FeatureCollection' as const, features: [line('river', [0, -9000], [0, 9000])] };
  const crossing = (modes: string) => [{ id: 'c1', name: '桥', ...lngLat(0, 2000), modes }];
  function lngLat(x: number, y: number) { const [lng, lat] = ll(x, y); return { lng, lat }; }

  it('routes through the single crossing: distance = detour path length within a cell', () => {
    const r = computeCoverage(base({ distanceMode: 'barrier', barriers: wall, crossings: crossing('walk;bike'), facilities: [facility('a', -1500, 0, '医疗')] }));
    expect(r.distanceMode).toBe('barrier');
    const across = ll(1500, 0);
    const expected = 2 * Math.hypot(1500, 2000);
    const d = probe(r, across[0], across[1])!.categories[0].distanceMetres!;
    expect(Math.abs(d - expected)).toBeLessThanOrEqual(50);
    const same = ll(-1500, 1200); // same bank: straight line
    expect(Math.abs(probe(r, same[0], same[1])!.categories[0].distanceMetres! - 1200)).toBeLessThanOrEqual(50);
  });

  it('a crossing not open to the travel mode cannot be used', () => {
    const r = computeCoverage(base({ distanceMode: 'barrier', barriers: wall, crossings: crossing('car'), facilities: [facility('a', -1500, 0, '医疗')] }));
    const across = ll(1500, 0);
    expect(probe(r, across[0], across[1])!.categories[0].distanceMetres).toBeNull();
    const bike = computeCoverage(base({ distanceMode: 'barrier', barriers: wall, crossings: crossing('bike'), bands: { 医疗: { minutes: 15, mode: 'bike' } }, facilities: [facility('a', -1500, 0, '医疗')] }));
    expect(probe(bike, across[0], across[1])!.categories[0].distanceMetres).not.toBeNull();
  });

  it('with no barrier present it agrees with straight-line mode within 0.5 percentage points', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const facilities = Array.from({ length: 40 }, (_, k) => facility(`f${k}`, rnd() * 10000 - 5000, rnd() * 10000 - 5000, k % 2 ? '医疗' : '公园'));
    const onlyExpressway = { type: 'FeatureCollection' as const, features: [line('expressway', [-5000, 0], [5000, 0])] };
    const common = { facilities, categories: ['医疗', '公园'], bands: { 医疗: { minutes: 15, mode: 'walk' as const }, 公园: { metres: 500 } } };
    const straight = computeCoverage(base({ ...common, distanceMode: 'straight' }));
    const barrier = computeCoverage(base({ ...common, distanceMode: 'barrier', barriers: onlyExpressway }));
    expect(barrier.distanceMode).toBe('barrier');
    for (let k = 0; k < 2; k++) {
      expect(Math.abs(barrier.towns[0].categories[k].coveredShare - straight.towns[0].categories[k].coveredShare)).toBeLessThan(0.005);
    }
    // …while the same line as a barrier (no crossings) does change the answer
    const blocked = computeCoverage(base({ ...common, distanceMode: 'barrier', barriers: onlyExpressway, barrierKinds: ['expressway'] }));
    expect(blocked.towns[0].categories[0].coveredShare).toBeLessThan(straight.towns[0].categories[0].coveredShare);
  });

  it('falls back to straight-line with a warning when barrier mode has no barriers', () => {
    const r = computeCoverage(base({ distanceMode: 'barrier', facilities: [facility('a', 0, 0, '医疗')] }));
    expect(r.distanceMode).toBe('straight');
    expect(r.warnings.map((w) => w.code)).toContain('no-barriers');
  });
});
