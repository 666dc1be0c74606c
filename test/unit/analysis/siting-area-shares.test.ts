// 驿站选址's shares over an area are the area reached, on the coverage engine's 50 m grid, not the share of
// the demand grid's points: at 200 m apart a 385 m disc (养老: 10 min at 3 km/h, detour 1.3) held ~12 %
// more points than its area's worth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import { gridDemand } from '../../../src/lib/analysis/area-demand';
import { areaShares } from '../../../src/lib/analysis/coverage/area-shares';
import { evaluateSites } from '../../../src/lib/analysis/siting/index';
import { interiorPoint } from '../../../src/lib/data/areas';

const json = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8'));
const towns = json('town-boundaries.geojson');
const outline = json('district-outline.geojson');

describe('the share of a town one site reaches', () => {
  it('is its disc’s area over the town’s, within 2 %', () => {
    const name = '浦江镇';
    const town = towns.features.find((f: { properties: { name: string } }) => f.properties.name === name);
    const [lng, lat] = interiorPoint(town);
    const radius = 500; // route metres: 385 m straight
    const demand = gridDemand({ outline, towns, spacing: 200, town: name, scope: null });
    const r = evaluateSites({ demand, existing: [], radiusMetres: radius }, [{ id: 'a', lng, lat }]);
    const expected = (Math.PI * (radius / 1.3) ** 2) / area(town);
    const measured = areaShares(r, { outline, towns, spacing: 200, town: name, scope: null }, [], { metres: radius / 1.3 }, {});
    expect(measured.before).toBe(0);
    expect(Math.abs(measured.after / expected - 1)).toBeLessThan(0.02);
    expect(Math.abs(measured.sites[0].gainShare / expected - 1)).toBeLessThan(0.02);
    expect(Math.abs(measured.towns.find((t) => t.town === name)!.after / expected - 1)).toBeLessThan(0.02);
    // the grid's points alone read it further off
    expect(Math.abs(r.after / expected - 1)).toBeGreaterThan(0.05);
  });
});
