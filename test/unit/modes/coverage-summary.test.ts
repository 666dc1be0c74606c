// The tour's closing numbers: stations per town, towns with a station, enterprises reached.
import { describe, expect, it } from 'vitest';
import { coverageSummary } from '../../../src/modes/present/coverage-summary';
import type { EnterpriseRecord, StationRecord, TownRecord } from '../../../src/lib/data/schema';
import type { Feature, Polygon } from 'geojson';

const town = (name: string) => ({ name }) as TownRecord;
const base = { name_en: '', precision: 'exact' as const, source: 's', address: '', note: '' };
const station = (id: string, town: string, lng: number, status: StationRecord['status'] = '在运营'): StationRecord => ({
  ...base, id, name: id, town, lng, lat: 31.1, host: '', services: ['计量'], status, awards: '',
});
const enterprise = (id: string, town: string, lng: number): EnterpriseRecord => ({ ...base, id, name: id, town, lng, lat: 31.1, industry: '', role: '', weight: 1 });

describe('coverageSummary', () => {
  const summary = coverageSummary({
    towns: [town('甲镇'), town('乙镇')],
    // 1 km apart at 31.1° N is ~0.0105° of longitude; a 15-minute ride (15 km/h) is 3.75 km
    stations: [station('s1', '甲镇', 121.4), station('s2', '甲镇', 121.41, '筹建'), station('s3', '徐汇区', 121.45), station('s4', '', 121.46)],
    enterprises: [enterprise('e1', '甲镇', 121.401), enterprise('e2', '乙镇', 121.9), enterprise('e3', '', 121.455)],
    barriers: null,
    crossings: [],
    areas: { features: [] },
  });

  it('counts each town\'s stations and enterprises, and the places outside the towns in a row of their own', () => {
    expect(summary.towns.map((t) => [t.town, t.operating, t.planned, t.enterprises, t.reached])).toEqual([
      ['甲镇', 1, 1, 1, 1],
      ['乙镇', 0, 0, 1, 0],
      ['', 2, 0, 1, 1],
    ]);
  });

  it('adds up: the rows hold every station and enterprise; only Minhang towns count as towns with a station', () => {
    expect(summary.towns.reduce((n, t) => n + t.operating + t.planned, 0)).toBe(summary.operating + summary.planned);
    expect(summary.towns.reduce((n, t) => n + t.enterprises, 0)).toBe(summary.enterprises);
    expect([summary.operating, summary.planned, summary.townsWithStation, summary.reached]).toEqual([3, 1, 1, 2]);
  });

  it('has no extra row when every place names a town', () => {
    const plain = coverageSummary({ towns: [town('甲镇')], stations: [station('s1', '甲镇', 121.4)], enterprises: [], barriers: null, crossings: [], areas: { features: [] } });
    expect(plain.towns.map((t) => t.town)).toEqual(['甲镇']);
  });

  it("counts a row naming no Minhang town in the town whose area holds it, as the map does (review 14 M1)", () => {
    // 乙镇's area holds s4 (no town) and e3 (no town), not s3 (徐汇区, west of it)
    const square = (w: number, e: number): Feature<Polygon> => ({
      type: 'Feature', properties: { name: '乙镇' }, geometry: { type: 'Polygon', coordinates: [[[w, 31.05], [e, 31.05], [e, 31.15], [w, 31.15], [w, 31.05]]] },
    });
    const placed = coverageSummary({
      towns: [town('甲镇'), town('乙镇')],
      stations: [station('s1', '甲镇', 121.4), station('s3', '徐汇区', 121.45), station('s4', '', 121.46)],
      enterprises: [enterprise('e3', '', 121.455)],
      barriers: null,
      crossings: [],
      areas: { features: [square(121.452, 121.47)] },
    });
    expect(placed.towns.map((t) => [t.town, t.operating, t.enterprises])).toEqual([
      ['甲镇', 1, 0],
      ['乙镇', 1, 1],
      ['', 1, 0],
    ]);
    expect(placed.townsWithStation).toBe(2);
  });
});
