// What the map's town areas are, as the legend, 演示's footer and the coverage CSV say it (review 15 M8).
import { describe, expect, it } from 'vitest';
import { boundaryNote } from '../../../src/lib/ui/boundary-note';
import type { DataPack } from '../../../src/lib/io/pack-types';

const area = (properties: Record<string, string>) => ({ type: 'Feature' as const, properties, geometry: { type: 'Polygon' as const, coordinates: [] } });
const pack = (...features: ReturnType<typeof area>[]) => ({ boundaries: { type: 'FeatureCollection', features } }) as Pick<DataPack, 'boundaries'>;

describe('boundaryNote', () => {
  it('calls the embedded partition approximate', () => {
    expect(boundaryNote(pack(area({ name: '古美街道', precision: 'approximate' })), 'zh')).toBe('街镇边界为近似划分，非官方边界');
  });
  it('names the files of imported boundaries, once each', () => {
    const mine = pack(area({ name: '古美街道', source: '边界.geojson' }), area({ name: '七宝镇', source: '边界.geojson' }), area({ name: '浦江镇', source: '浦江.geojson' }));
    expect(boundaryNote(mine, 'zh')).toBe('街镇边界为导入的文件：边界.geojson、浦江.geojson');
    expect(boundaryNote(mine, 'zh')).not.toContain('近似');
  });
});
