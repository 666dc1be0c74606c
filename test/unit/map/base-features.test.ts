import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { TownRecord } from '../../../src/lib/data/schema';
import { PART_KEY, SHARED_SOURCE, baseSources, crossingsFc, sourceOf, townLabelPoints, townsFc } from '../../../src/lib/map/features';
import { ownSlideLabels } from '../../../src/modes/present/tour-map';

const pt = (name: string): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [121.4, 31.1] }, properties: { name } }],
});

describe('base sources', () => {
  it('puts the small fixed parts in one shared source, tagged with their part', () => {
    const towns = pt('莘庄镇');
    const district = pt('闵行区');
    const sources = baseSources({ district, towns });
    const shared = sources.get(SHARED_SOURCE)!;
    expect(shared.features.map((f) => [f.properties?.name, f.properties?.[PART_KEY]])).toEqual([
      ['莘庄镇', 'towns'],
      ['闵行区', 'district'],
    ]);
    expect(towns.features[0].properties).toEqual({ name: '莘庄镇' });
  });

  it('gives each point layer (which an import can make large) its own untagged source', () => {
    const stations = pt('质汇驿站A');
    const sources = baseSources({ stations });
    expect(sourceOf('stations')).toBe('stations');
    expect(sourceOf('facilities')).toBe('facilities');
    expect(sources.get('stations')!.features).toEqual(stations.features);
    expect(sources.get('facilities')!.features).toEqual([]);
    expect(sources.get(SHARED_SOURCE)!.features).toEqual([]);
  });

  it('tags features that had no properties', () => {
    const fc = baseSources({ district: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: null }] } });
    expect(fc.get(SHARED_SOURCE)!.features[0].properties).toEqual({ [PART_KEY]: 'district' });
  });

  it('turns crossings into points with their look', () => {
    const fc = crossingsFc(
      [{ id: 'x1', name: '闵浦大桥', name_en: 'Minpu Bridge', kind: 'bridge', modes: 'drive', lng: 121.45, lat: 31.0, precision: 'approximate' } as never],
      { _stroke: '#1f5fa8' },
    );
    expect(fc.features[0].geometry.coordinates).toEqual([121.45, 31.0]);
    expect(fc.features[0].properties).toMatchObject({ id: 'x1', name: '闵浦大桥', precision: 'approximate', _stroke: '#1f5fa8' });
  });
});

describe('town label points', () => {
  const square = (props: Record<string, unknown>) => ({
    type: 'FeatureCollection' as const,
    features: [{ type: 'Feature' as const, properties: props, geometry: { type: 'Polygon' as const, coordinates: [[[121, 31], [121.1, 31], [121.1, 31.1], [121, 31.1], [121, 31]]] } }],
  });
  it('uses the point the data gives', () => {
    const fc = townLabelPoints(square({ name: '甲镇', label_lng: 121.02, label_lat: 31.08 }));
    expect(fc.features[0].geometry.coordinates).toEqual([121.02, 31.08]);
    expect(fc.features[0].properties?.name).toBe('甲镇');
  });
  it("adds where the town's own slide writes its name, marked slide 1, when the data gives that (review 21)", () => {
    const fc = townLabelPoints(square({ name: '甲镇', label_lng: 121.02, label_lat: 31.08, slide_lng: 121.05, slide_lat: 31.05 }));
    expect(fc.features.map((f) => [f.geometry.coordinates, f.properties?.slide])).toEqual([[[121.02, 31.08], undefined], [[121.02, 31.08], 0], [[121.05, 31.05], 1]]);
    // the slide of 甲镇 writes it at its slide point, the other slides at its own
    expect(ownSlideLabels(fc.features, '甲镇', '甲镇').map((f) => f.geometry.coordinates)).toEqual([[121.05, 31.05]]);
    expect(ownSlideLabels(fc.features, '乙镇', '乙镇').map((f) => f.geometry.coordinates)).toEqual([[121.02, 31.08]]);
    // (a town slide of boundaries that give no slide point: the map's)
    expect(ownSlideLabels(fc.features, '乙镇', null).map((f) => f.geometry.coordinates)).toEqual([[121.02, 31.08]]);
  });
  it("adds where the district slides write its name, marked slide 0: the data's point, else the map's (虹桥镇 over 七宝镇 and 古美街道)", () => {
    const fc = townLabelPoints(square({ name: '甲镇', label_lng: 121.02, label_lat: 31.08, district_lng: 121.06, district_lat: 31.04, slide_lng: 121.05, slide_lat: 31.05 }));
    expect(fc.features.map((f) => [f.geometry.coordinates, f.properties?.slide])).toEqual([[[121.02, 31.08], undefined], [[121.06, 31.04], 0], [[121.05, 31.05], 1]]);
    expect(ownSlideLabels(fc.features, null, null).map((f) => f.geometry.coordinates)).toEqual([[121.06, 31.04]]);
    expect(ownSlideLabels(fc.features, '乙镇', '乙镇').map((f) => f.geometry.coordinates)).toEqual([[121.02, 31.08]]);
    // a planner's boundaries without it: the district slides write the name where the map does
    const theirs = townLabelPoints(square({ name: '乙镇', label_lng: 121.02, label_lat: 31.08 }));
    expect(ownSlideLabels(theirs.features, null, null).map((f) => f.geometry.coordinates)).toEqual([[121.02, 31.08]]);
  });
  it("falls back to the centroid for a planner's own boundaries", () => {
    const [x, y] = townLabelPoints(square({ name: '乙镇' })).features[0].geometry.coordinates;
    expect(x).toBeCloseTo(121.05, 6);
    expect(y).toBeCloseTo(31.05, 6);
  });
});

describe('townsFc', () => {
  it('gives each town its English name and, for the phone-sized map, a short one without Town / Subdistrict', () => {
    const square = (name: string) => ({ type: 'Feature' as const, properties: { name }, geometry: { type: 'Polygon' as const, coordinates: [[[121, 31], [121.1, 31], [121.1, 31.1], [121, 31]]] } });
    const towns = [
      { name: '浦江镇', name_en: 'Pujiang Town', industry: '生物医药' },
      { name: '江川路街道', name_en: 'Jiangchuanlu Subdistrict', industry: '' },
      { name: '莘庄工业区', name_en: 'Xinzhuang Industrial Zone', industry: '' },
    ] as TownRecord[];
    const fc = townsFc({ type: 'FeatureCollection', features: [...towns.map((t) => square(t.name)), square('某镇')] }, towns);
    expect(fc.features.map((f) => [f.properties?.name_en, f.properties?.name_en_short])).toEqual([
      ['Pujiang Town', 'Pujiang'],
      ['Jiangchuanlu Subdistrict', 'Jiangchuanlu'],
      ['Xinzhuang Industrial Zone', 'Xinzhuang Ind. Zone'],
      ['', undefined],
    ]);
  });
});
