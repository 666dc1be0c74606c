// What a town's details list as its places, and which points one map click reaches.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointRefs, sameSpot, townPoints } from '../../../src/lib/ui/records';
import { parseLayerCsv } from '../../../src/lib/data/load';
import type { DataPack } from '../../../src/lib/io/pack-types';

const csv = (f: string) => readFileSync(`data/${f}`, 'utf8');
const pack = {
  stations: parseLayerCsv('stations', csv('stations.csv')).records,
  institutions: parseLayerCsv('institutions', csv('institutions.csv')).records,
  enterprises: parseLayerCsv('enterprises', csv('enterprises.csv')).records,
  facilities: parseLayerCsv('facilities', csv('facilities.csv')).records,
} as unknown as DataPack;

describe('townPoints', () => {
  it('lists every point of the town once, by layer; every point whose town is known is in one list', () => {
    const towns = [...new Set(pack.stations.map((s) => s.town))];
    expect(towns).toHaveLength(14);
    let total = 0;
    for (const t of towns) for (const g of townPoints(pack, t)) {
      expect(g.records.every((r) => r.town === t)).toBe(true);
      total += g.records.length;
    }
    // the pack leaves `town` empty where the sources do not settle it (data/README.md): those are in no list
    const known = [...pack.stations, ...pack.institutions, ...pack.enterprises, ...pack.facilities].filter((r) => r.town !== '');
    expect(total).toBe(known.length);
  });
  it('puts stations first, sorts by name and leaves empty layers out', () => {
    const groups = townPoints(pack, '虹桥镇');
    expect(groups[0].layer).toBe('stations');
    expect(groups[0].records.map((r) => r.name)).toEqual(['光的空间·质汇驿站', '万象有光·质汇驿站', '新意城·质汇驿站'].sort((a, b) => a.localeCompare(b, 'zh')));
    expect(townPoints(pack, '不存在的镇')).toEqual([]);
  });
});

describe('pointRefs', () => {
  it('keeps the points under a click in order, each once, without towns', () => {
    const hit = (layer: string, id: string) => ({ layer: { id: layer }, properties: { id, name: id } });
    expect(
      pointRefs([hit('stations-circle', 'a'), hit('facilities-circle', 'b'), hit('stations-circle', 'a'), hit('towns-fill', 'x'), hit('enterprises-circle', 'a')]),
    ).toEqual([
      { layer: 'stations', id: 'a' },
      { layer: 'facilities', id: 'b' },
      { layer: 'enterprises', id: 'a' },
    ]);
    expect(pointRefs([hit('towns-fill', 'x')])).toEqual([]);
  });
});

describe('sameSpot', () => {
  it('finds the other points at exactly the same position, across layers', () => {
    expect(sameSpot(pack, { layer: 'stations', id: 'st-hq-wanxiang' })).toEqual([{ layer: 'facilities', id: 'fa-mall-mixc' }]);
    expect(sameSpot(pack, { layer: 'facilities', id: 'fa-mall-mixc' })).toEqual([{ layer: 'stations', id: 'st-hq-wanxiang' }]);
    expect(sameSpot(pack, { layer: 'facilities', id: 'fa-rail-hq' })).toEqual([{ layer: 'facilities', id: 'fa-m-hqrail' }]);
    expect(sameSpot(pack, { layer: 'stations', id: 'no-such-id' })).toEqual([]);
  });
});
