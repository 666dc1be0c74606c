// The loader contract for the data-pack tables (towns, category totals, crossings).
import { describe, expect, it } from 'vitest';
import { parseTownsCsv, parseCategoryTotalsCsv, parseCrossingsCsv, parseLayerCsv } from '../../../src/lib/data/load';

describe('data-pack tables', () => {
  it('towns', () => {
    const res = parseTownsCsv('code,name,type,source,appendix_order\n310112001,江川路街道,街道,s,3\n310112999,某地,村,s,\n');
    expect(res.records).toMatchObject([{ code: '310112001', name: '江川路街道', type: '街道', appendix_order: 3, alias: '' }]);
    expect(res.issues.map((i) => [i.line, i.column])).toEqual([[3, 'type']]);
  });
  it('category totals need numbers', () => {
    const res = parseCategoryTotalsCsv('category,subtype,district_total,year,source\n医疗,社区卫生服务中心,14,2024,白皮书\n医疗,医院,多,2024,白皮书\n');
    expect(res.records).toEqual([{ category: '医疗', subtype: '社区卫生服务中心', district_total: 14, year: 2024, source: '白皮书' }]);
    expect(res.rejected.map((r) => r.line)).toEqual([3]);
  });
  it('crossings keep modes as a ;-joined string of walk/bike/car', () => {
    const res = parseCrossingsCsv('id,name,kind,lng,lat,modes,source\nc1,桥,bridge,121.4,31.1,walk；bike,s\nc2,桥2,bridge,121.4,31.1,boat,s\n');
    expect(res.records.map((r) => r.modes)).toEqual(['walk;bike']);
    expect(res.issues.map((i) => [i.line, i.column])).toEqual([[3, 'modes']]);
  });
  it('a mapping renames columns; crs converts', () => {
    const res = parseLayerCsv('facilities', 'ID,N,E,N2,C,S\nf1,甲,121.4,31.1,医疗,s\n', { mapping: { id: 'ID', name: 'N', lng: 'E', lat: 'N2', category: 'C', source: 'S' }, crs: 'GCJ02' });
    expect(res.records).toHaveLength(1);
    expect(res.records[0].lng).not.toBe(121.4);
    expect(Math.abs(res.records[0].lng - 121.4)).toBeLessThan(0.01);
  });
  it('data-pack rows require source; precision defaults to approximate', () => {
    const res = parseLayerCsv('facilities', 'id,name,lng,lat,category,source\nf1,甲,121.4,31.1,医疗,\nf2,乙,121.4,31.2,医疗,s\n');
    expect(res.issues.map((i) => [i.line, i.column])).toEqual([[2, 'source']]);
    expect(res.records.map((r) => r.precision)).toEqual(['approximate']);
  });
});

describe('line endings', () => {
  it.each([
    ['\n', 'LF'],
    ['\r\n', 'CRLF'],
    ['\r', 'CR (old Mac Excel)'],
  ])('%j (%s) gives the same records and line numbers', (nl) => {
    const text = ['id,name,lng,lat,category,source', 'f1,甲,121.4,31.1,医疗,s', '', 'f2,乙,x,31.1,医疗,s', 'f3,丙,121.4,31.2,医疗,s'].join(nl);
    const res = parseLayerCsv('facilities', text);
    expect(res.records.map((r) => r.id)).toEqual(['f1', 'f3']);
    expect(res.rejected.map((r) => r.line)).toEqual([4]);
  });
  it('a CRLF inside a quoted cell of an LF file stays in the cell', () => {
    const res = parseLayerCsv('facilities', 'id,name,lng,lat,category,source,note\nf1,甲,121.4,31.1,医疗,s,"a\r\nb"\nf2,乙,x,31.1,医疗,s,\n');
    expect(res.records[0].note).toBe('a\r\nb');
    expect(res.rejected.map((r) => r.line)).toEqual([4]);
  });
});
