// Area demand (区域网格) counts points, not area: one site's gain must still be its disc's share of the
// town (independent check: at 500 m apart a 浦江镇 医疗 site read +3.1 % where its 769 m disc is 2.5 %).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import { dataScope, demandSpacing, inTowns } from '../../../src/modes/siting/demand';
import { gridCandidates, solveSiting } from '../../../src/lib/analysis/siting/index';
import { gridDemand } from '../../../src/lib/analysis/area-demand';
import type { DataPack } from '../../../src/lib/io/pack-types';

const json = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8'));
const boundaries = json('town-boundaries.geojson');
const outline = json('district-outline.geojson');

describe('siting over an area', () => {
  it('gives a lone site the share of the town its reach disc covers (15 min walk: 769 m straight)', () => {
    const town = boundaries.features.find((f: { properties: { name: string } }) => f.properties.name === '浦江镇');
    const radius = 1000; // 15 min at 4 km/h, a route; straight-line 1000 / 1.3
    const disc = Math.PI * (radius / 1.3) ** 2;
    const demand = gridDemand({ outline, towns: boundaries, spacing: demandSpacing(radius), town: '浦江镇', scope: null });
    const r = solveSiting({ demand, existing: [], candidates: gridCandidates(outline, 500), k: 1, radiusMetres: radius });
    expect(r.sites).toHaveLength(1);
    // a site well inside the town: its gain is the disc's area over the town's, within 3 %
    expect(Math.abs(r.sites[0].gainShare / (disc / area(town)) - 1)).toBeLessThan(0.03);
  });
});

describe('siting a facility type the data have for some towns only', () => {
  // (independent check: 养老 imported for two towns read 0.0 % in the 12 others, where 生活圈覆盖 shows –)
  const f = (id: string, category: string, town: string) => ({ id, category, subtype: '', town, lng: 0, lat: 0 }) as DataPack['facilities'][number];
  const shipped = [f('s1', '医疗', '浦江镇')];
  const towns = ['浦江镇', '梅陇镇', '七宝镇'].map((name) => ({ name }));
  const at = (rows: ReturnType<typeof f>[]) => ({ towns, boundaries: { type: 'FeatureCollection', features: [] }, facilities: rows }) as unknown as DataPack;
  it('gives the towns a category of the planner’s files alone lies in, and null for a shipped, absent or everywhere one', () => {
    const two = at([...shipped, f('a', '养老', '浦江镇'), f('b', '养老', '梅陇镇')]);
    expect([...dataScope(two, shipped, '养老')!].sort()).toEqual(['梅陇镇', '浦江镇']);
    expect(dataScope(two, shipped, '医疗')).toBeNull();
    expect(dataScope(two, shipped, '教育')).toBeNull();
    expect(dataScope(at([...shipped, ...towns.map((t, i) => f(`x${i}`, '养老', t.name))]), shipped, '养老')).toBeNull();
  });
  it('keeps the demand of those towns only, each point with its row', () => {
    const d = { points: [{ lng: 0, lat: 0, town: '浦江镇' }, { lng: 1, lat: 0, town: '七宝镇' }], rows: [null, null] };
    expect(inTowns(d, new Set(['浦江镇']))).toEqual({ points: [d.points[0]], rows: [null] });
  });
});
