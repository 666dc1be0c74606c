// Area demand (区域网格) counts points, not area: one site's gain must still be its disc's share of the
// town (independent check: at 500 m apart a 浦江镇 医疗 site read +3.1 % where its 769 m disc is 2.5 %).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import { demandSpacing, gridDemand } from '../../../src/modes/siting/demand';
import { gridCandidates, solveSiting } from '../../../src/lib/analysis/siting/index';
import type { DataPack } from '../../../src/lib/io/pack-types';

const json = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8'));
const boundaries = json('town-boundaries.geojson');
const outline = json('district-outline.geojson');
const pack = { outline, boundaries, towns: boundaries.features.map((f: { properties: { name: string } }) => ({ name: f.properties.name })) } as unknown as DataPack;

describe('siting over an area', () => {
  it('gives a lone site the share of the town its reach disc covers (15 min walk: 769 m straight)', () => {
    const town = boundaries.features.find((f: { properties: { name: string } }) => f.properties.name === '浦江镇');
    const radius = 1000; // 15 min at 4 km/h, a route; straight-line 1000 / 1.3
    const disc = Math.PI * (radius / 1.3) ** 2;
    const demand = gridDemand(pack, demandSpacing(radius), '浦江镇').points;
    const r = solveSiting({ demand, existing: [], candidates: gridCandidates(outline, 500), k: 1, radiusMetres: radius });
    expect(r.sites).toHaveLength(1);
    // a site well inside the town: its gain is the disc's area over the town's, within 3 %
    expect(Math.abs(r.sites[0].gainShare / (disc / area(town)) - 1)).toBeLessThan(0.03);
  });
});
