// What a town's details list as its places, and which points one map click reaches.
import { describe, expect, it } from 'vitest';
import { areaTownOf, pointRefs, sameSpot, townPoints } from '../../../src/lib/io/pack-records';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { embeddedLayers, readData as csv } from '../embedded-layers';

const pack = embeddedLayers() as unknown as DataPack;

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
  it('lists a point with no town under the one town whose approximate area holds it, as a group of its own', () => {
    const areas = JSON.parse(csv('town-boundaries.geojson')) as DataPack['boundaries'];
    const seen = new Map<string, string[]>();
    for (const f of areas.features) {
      const name = String(f.properties?.name);
      for (const g of townPoints(pack, name, areas)) {
        if (!g.inArea) {
          expect(g.records.every((r) => r.town === name)).toBe(true);
          continue;
        }
        expect(g.records.every((r) => r.town === '')).toBe(true);
        for (const r of g.records) seen.set(r.id, [...(seen.get(r.id) ?? []), name]);
      }
    }
    // every one of the pack's 27 town-less points is listed, each under exactly one town
    const townless = [...pack.stations, ...pack.institutions, ...pack.enterprises, ...pack.facilities].filter((r) => r.town === '');
    expect(townless).toHaveLength(27);
    expect([...seen.keys()].sort()).toEqual(townless.map((r) => r.id).sort());
    for (const towns of seen.values()) expect(towns).toHaveLength(1);
    // known answers: the SJTU campus and 东川路站 lie in 江川路街道's area, 外环路站 in 莘庄镇's
    expect(seen.get('fa-sjtu')).toEqual(['江川路街道']);
    expect(seen.get('fa-m-dongchuan')).toEqual(['江川路街道']);
    expect(seen.get('fa-m-waihuan')).toEqual(['莘庄镇']);
    // the group follows the town's own group of the same layer
    const jc = townPoints(pack, '江川路街道', areas);
    const i = jc.findIndex((g) => g.layer === 'facilities' && g.inArea);
    expect(jc[i - 1]).toMatchObject({ layer: 'facilities', inArea: false });
  });
  it('areaTownOf names the town area that holds a position, null outside them all', () => {
    const areas = JSON.parse(csv('town-boundaries.geojson')) as DataPack['boundaries'];
    const sjtu = pack.facilities.find((f) => f.id === 'fa-sjtu')!;
    expect(areaTownOf(areas, sjtu.lng, sjtu.lat)).toBe('江川路街道');
    // every station lies in the area of its own town (the areas are drawn around the pack's points)
    for (const st of pack.stations) expect(areaTownOf(areas, st.lng, st.lat), st.id).toBe(st.town);
    expect(areaTownOf(areas, 121.0, 31.0)).toBeNull();
  });
  it('a planner’s row naming no Minhang town (莘庄) is listed by its area too; one naming a town stays there', () => {
    const areas = JSON.parse(csv('town-boundaries.geojson')) as DataPack['boundaries'];
    const waihuan = pack.facilities.find((f) => f.id === 'fa-m-waihuan')!;
    const own = { ...pack, facilities: [
      { ...waihuan, id: 'u1', name: '甲', town: '莘庄' },
      { ...waihuan, id: 'u2', name: '乙', town: '七宝镇' },
    ] } as DataPack;
    expect(townPoints(own, '莘庄镇', areas).filter((g) => g.layer === 'facilities')).toEqual([
      { layer: 'facilities', records: [own.facilities[0]], inArea: true },
    ]);
    expect(townPoints(own, '七宝镇', areas).filter((g) => g.layer === 'facilities')).toEqual([
      { layer: 'facilities', records: [own.facilities[1]], inArea: false },
    ]);
  });
  it('without areas lists only the points that name the town', () => {
    expect(townPoints(pack, '江川路街道').every((g) => !g.inArea)).toBe(true);
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
