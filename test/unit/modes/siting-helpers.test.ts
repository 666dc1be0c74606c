import { describe, expect, it } from 'vitest';
import { groupShares, isFocusIndustry } from '../../../src/modes/siting/demand';
import { parseCandidatesCsv } from '../../../src/modes/siting/candidates-csv';
import { sitesCsv } from '../../../src/modes/siting/export-csv';
import { parseTable } from '../../../src/lib/data/table';

describe('siting helpers', () => {
  it('recognises a town focus industry despite bracketed notes', () => {
    expect(isFocusIndustry('生物医药（基因）产业', '生物医药（基因）产业')).toBe(true);
    expect(isFocusIndustry('食品产业', '食品产业（“食尚梅陇”）')).toBe(true);
    expect(isFocusIndustry('数字文创', '高端商贸（兼数字文创）')).toBe(false);
  });
  it('computes weighted shares per group', () => {
    const g = groupShares(['a', 'a', 'b'], [1, 3, 2], [1, 0, 0], [1, 1, 0]);
    expect(g).toEqual([
      { group: 'a', count: 2, total: 4, before: 0.25, after: 1 },
      { group: 'b', count: 1, total: 2, before: 0, after: 0 },
    ]);
  });
  it('parses a candidate CSV with Chinese headers, reporting bad rows', () => {
    const r = parseCandidatesCsv('编号,名称,经度,纬度\nA,甲,121.4,31.1\nB,乙,abc,31.1\nA,丙,121.5,31.0\n');
    expect(r.sites).toEqual([{ id: 'u:A', name: '甲', lng: 121.4, lat: 31.1 }]);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4]);
  });
  it('exports sites as CSV with BOM and formula-safe names', () => {
    const csv = sitesCsv([{ id: 'g1-2', lng: 121.4, lat: 31.1, locked: true, gain: 3, gainShare: 0.1, newlyCovered: 3 }], new Map([['g1-2', '=cmd']]), 0.2, 0.3, 'x');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const t = parseTable(csv);
    expect(t.headers[0]).toBe('rank');
    expect(t.rows[0][2]).toBe("'=cmd");
    expect(t.rows[0][5]).toBe('yes');
  });
});
