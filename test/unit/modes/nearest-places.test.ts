// Where 找服务 puts a town picked from the search: inside the town, among the pack's points known only by
// that town (its representative point), not at the map's label anchor, which keeps clear of them.
import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../src/modes/nearest/places';
import { areaTownOf, townLabelPoint } from '../../../src/lib/data/areas';
import { parseTownsCsv } from '../../../src/lib/data/load';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { embeddedLayers, readData } from '../embedded-layers';

const pack = {
  ...embeddedLayers(),
  towns: parseTownsCsv(readData('towns.csv')).records,
  boundaries: JSON.parse(readData('town-boundaries.geojson')),
} as unknown as DataPack;
const km = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * 95.3, (a[1] - b[1]) * 111.2);

describe('a town in the place search', () => {
  const towns = placesOf(pack).filter((p) => p.kind === 'town');
  it('is each of the 14 towns, inside its own approximate area', () => {
    expect(towns).toHaveLength(14);
    for (const t of towns) expect(areaTownOf(pack.boundaries, t.lng, t.lat)).toBe(t.name);
  });
  it('stands among the town-precision points of the town, not at the label anchor 2–3 km away (review 16)', () => {
    for (const t of towns) {
      const own = [...pack.stations, ...pack.institutions, ...pack.facilities, ...pack.enterprises].filter((r) => r.town === t.name && r.precision === 'town');
      const nearest = Math.min(...own.map((r) => km([t.lng, t.lat], [r.lng, r.lat])));
      expect(nearest, t.name).toBeLessThan(1);
    }
    // the anchor it used to be: far from the points in these towns
    const feature = (name: string) => pack.boundaries.features.find((f) => f.properties?.name === name)!;
    const pujiang = towns.find((t) => t.name === '浦江镇')!;
    expect(km(townLabelPoint(feature('浦江镇')), [pujiang.lng, pujiang.lat])).toBeGreaterThan(2);
  });
  it('falls back to the label anchor when no point of the data is known only by its town', () => {
    const bare = { ...pack, stations: [], institutions: [], facilities: [], enterprises: [] } as unknown as DataPack;
    const t = placesOf(bare).find((p) => p.key === 'town:浦江镇')!;
    expect([t.lng, t.lat]).toEqual(townLabelPoint(pack.boundaries.features.find((f) => f.properties?.name === '浦江镇')!));
  });
});
