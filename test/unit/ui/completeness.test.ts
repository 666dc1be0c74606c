// Completeness of the embedded pack against the white paper's totals, as 数据说明 shows it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeness } from '../../../src/lib/io/pack-records';
import { parseCategoryTotalsCsv, parseLayerCsv, parseTownsCsv } from '../../../src/lib/data/load';
import type { DataPack } from '../../../src/lib/io/pack-types';

const csv = (f: string) => readFileSync(`data/${f}`, 'utf8');
const empty = { type: 'FeatureCollection', features: [] } as const;
const pack = {
  towns: parseTownsCsv(csv('towns.csv')).records,
  stations: parseLayerCsv('stations', csv('stations.csv')).records,
  institutions: parseLayerCsv('institutions', csv('institutions.csv')).records,
  enterprises: [],
  facilities: parseLayerCsv('facilities', csv('facilities.csv')).records,
  categoryTotals: parseCategoryTotalsCsv(csv('category-totals.csv')).records,
  crossings: [],
  outline: empty,
  boundaries: empty,
  barriers: empty,
  files: [],
} as unknown as DataPack;

describe('completeness against the white paper', () => {
  const rows = completeness(pack);
  const row = (subtype: string) => rows.find((r) => r.subtype === subtype)!;

  it('counts towns with a station, institutions and facilities by subtype', () => {
    expect(row('设立质汇驿站的街镇')).toMatchObject({ loaded: 14, total: 14 });
    expect(row('质乎手册收录服务机构')).toMatchObject({ loaded: pack.institutions.length, total: 115 });
    // testing bodies only: not the 质检 cluster or the robot pilot platform, which also offer 检验检测
    expect(row('检验检测机构').loaded).toBe(pack.institutions.filter((i) => i.kind === '检验检测机构').length);
    expect(row('检验检测机构').loaded).toBeLessThan(pack.institutions.filter((i) => i.services.includes('检验检测')).length);
    expect(row('社区卫生服务中心')).toMatchObject({ loaded: 14, total: 14 });
    // the totals over several subtypes count them all (they counted 0: no facility has such a subtype)
    expect(row('各级各类医疗机构')).toMatchObject({ loaded: pack.facilities.filter((f) => f.category === '医疗').length, total: 625 });
    expect(row('各级各类医疗机构').loaded).toBeGreaterThan(14);
    expect(row('各类市场').loaded).toBe(pack.facilities.filter((f) => ['各类专业市场', '农副产品批发市场', '室内菜市场'].includes(f.subtype)).length);
  });

  it("counts a planner's wording of a type the white paper counts: 社区卫生服务站 as a 卫生服务站, 长者食堂 as a 社区长者食堂 (review 22)", () => {
    const f = (subtype: string, category: string) => ({ ...pack.facilities[0], id: `x-${subtype}`, subtype, category });
    const types = [['社区卫生服务站', '医疗'], ['长者食堂', '养老'], ['日间照护中心', '养老'], ['老年活动室', '养老'], ['综合为老服务中心', '养老'], ['养老院', '养老'], ['服务中心', '养老']] as const;
    const more = { ...pack, facilities: [...pack.facilities, ...types.map(([t, c]) => f(t, c))] } as unknown as DataPack;
    const n = (subtype: string) => completeness(more).find((r) => r.subtype === subtype)!.loaded! - row(subtype).loaded!;
    expect(['卫生服务站', '社区长者食堂', '专业照护型日间照护中心', '标准化老年活动室', '社区综合为老服务中心'].map(n)).toEqual([1, 1, 1, 1, 1]);
    // a short word inside another is no type of it (服务中心 is in 社区卫生服务中心), and 养老院 is not written as any
    expect(['社区卫生服务中心', '养老机构', '社区卫生服务分中心'].map(n)).toEqual([0, 0, 0]);
    // the white paper's type ends the other (a branch or an office of one is not one), a rating is not
    // guessed, and a market counts in 各类市场 as in its own row (code review 22)
    const others = [['区级医院分院', '医疗'], ['城市公园管理处', '公园'], ['旅游景区', '文化'], ['专业市场', '商业']] as const;
    const more2 = { ...pack, facilities: [...pack.facilities, ...others.map(([t, c]) => f(t, c))] } as unknown as DataPack;
    const m = (subtype: string) => completeness(more2).find((r) => r.subtype === subtype)!.loaded! - row(subtype).loaded!;
    expect(['区级医院', '城市公园', '4A旅游景区', '3A旅游景区', '各类专业市场', '各类市场'].map(m)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('counts a 菜市场, 菜场 or 室内菜场 as a 室内菜市场 and in 各类市场, and no other market or 菜 as one (planner review)', () => {
    const f = (subtype: string) => ({ ...pack.facilities[0], id: `x-${subtype}`, subtype, category: '商业' });
    const with_ = (types: string[]) => ({ ...pack, facilities: [...pack.facilities, ...types.map(f)] }) as unknown as DataPack;
    const n = (types: string[], subtype: string) => completeness(with_(types)).find((r) => r.subtype === subtype)!.loaded! - row(subtype).loaded!;
    const markets = ['菜市场', '菜场', '室内菜场', '室内菜市场'];
    expect([n(markets, '室内菜市场'), n(markets, '各类市场'), n(markets, '各类专业市场'), n(markets, '农副产品批发市场')]).toEqual([4, 4, 0, 0]);
    const others = ['超市', '菜', '市场', '蔬菜基地', '菜市场管理所', '农副产品市场'];
    expect([n(others, '室内菜市场'), n(others, '各类市场')]).toEqual([0, 0]);
  });

  it('counts only Minhang\'s towns: an imported station in 徐汇区 or with no town adds none', () => {
    const odd = (town: string) => ({ ...pack.stations[0], id: `x-${town}`, town });
    const more = { ...pack, stations: [...pack.stations.filter((st) => st.town !== '华漕镇'), odd('徐汇区'), odd('')] };
    expect(completeness(more).find((r) => r.subtype === '设立质汇驿站的街镇')).toMatchObject({ loaded: 13, total: 14 });
  });

  it('counts the new-type standardisation bodies by kind (the pack has two of the four)', () => {
    expect(row('新型标准化技术组织')).toMatchObject({ loaded: pack.institutions.filter((i) => i.kind === '新型标准化技术组织').length, total: 4 });
    expect(row('新型标准化技术组织').loaded).toBe(2);
  });

  it('says "not comparable" rather than 0 where the pack cannot count such rows', () => {
    expect(row('立功竞赛参赛驿站建设单位').loaded).toBeNull();
    for (const r of rows) if (r.loaded !== null) expect(r.loaded).toBeLessThanOrEqual(r.total);
  });
});
