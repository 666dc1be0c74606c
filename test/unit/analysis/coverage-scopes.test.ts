// The one rule of which towns a facility type has data for, in the pure core (scopes.ts), and 驿站选址
// following it: its own copy (demand.ts's dataScope) put rows in no town in a town named '' that
// 生活圈覆盖 left out.
import { describe, expect, it } from 'vitest';
import { categoryScopes, dataTowns } from '../../../src/lib/analysis/coverage/scopes';
import { dataScope } from '../../../src/modes/siting/demand';
import type { DataPack } from '../../../src/lib/io/pack-types';

const f = (id: string, category: string, town: string) => ({ id, category, town, lng: 121.4, lat: 31.1, subtype: '' }) as DataPack['facilities'][number];
const towns = [{ name: '甲镇' }, { name: '乙镇' }, { name: '丙镇' }] as DataPack['towns'];
const packWith = (facilities: DataPack['facilities']) => ({ towns, boundaries: { type: 'FeatureCollection', features: [] }, facilities }) as unknown as DataPack;
const shipped = [f('a', '医疗', '甲镇'), f('b', '医疗', '乙镇')];

describe('the towns a facility type has data for', () => {
  it('are those of a type the planner’s files alone have, where not every town; none for a shipped or everywhere type', () => {
    const pack = packWith([...shipped, f('u1', '养老', '甲镇'), f('u2', '养老', '丙镇'), f('u3', '体育', '徐汇区'), ...towns.map((t, i) => f(`w${i}`, '教育', t.name))]);
    expect(categoryScopes(pack, dataTowns(pack, shipped))).toEqual({ 养老: new Set(['甲镇', '丙镇']), 体育: new Set() });
  });
  it('are the same in 驿站选址 as in 生活圈覆盖, rows in no town giving none', () => {
    const pack = packWith([...shipped, f('u1', '养老', '甲镇'), f('u3', '体育', '徐汇区')]);
    const scopes = categoryScopes(pack, dataTowns(pack, shipped));
    for (const c of ['养老', '体育', '医疗', '教育']) expect(dataScope(pack, shipped, c)).toEqual(scopes[c] ?? null);
    expect(dataScope(pack, shipped, '体育')).toEqual(new Set());
  });
});
