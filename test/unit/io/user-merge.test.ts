// Merging a planner's saved layers into the embedded pack; entries from an import; exports that
// re-import to identical records; the remembered column mapping.
import { describe, expect, it } from 'vitest';
import { mergePack, defaultMode, replacedBy } from '../../../src/lib/io/user-merge';
import { outcomeToEntries, layerCsv, layerGeoJson, issuesCsv } from '../../../src/lib/io/user-entries';
import { mappingKey, recallChoices, rememberChoices } from '../../../src/lib/io/mapping-memory';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { sortEntries, type UserEntry } from '../../../src/lib/io/user-store';
import type { FacilityRecord, StationRecord } from '../../../src/lib/data/schema';
import { importFile } from '../../../src/lib/data/index';
import { parseLayerCsv } from '../../../src/lib/data/load';
import { readFileSync } from 'node:fs';
import { fixtureBuffer, runJob } from './helpers';
import { issueTemplates } from '../../../src/lib/i18n/catalog';

const pt = { name_en: '', town: '', precision: 'exact' as const, source: '内置', address: '', note: '', note_en: '' };
// Two test towns side by side: 古美街道 west of 121.1° E, 浦江镇 east of it (rows sit at 31.05° N).
const WEST = 121.05;
const EAST = 121.15;
const st = (id: string, town = '', lng = town === '浦江镇' ? EAST : WEST): StationRecord => ({ ...pt, id, name: id, town, lng, lat: 31.05, host: '', services: ['计量'], status: '在运营', awards: '', contact: '', status_basis: '', caveat: '', caveat_en: '' });
const fac = (id: string, category: FacilityRecord['category'], town = '古美街道'): FacilityRecord => ({ ...pt, id, name: id, town, lng: town === '浦江镇' ? EAST : WEST, lat: 31.05, category, subtype: '' });
const square = (name: string, x = 121) => ({ type: 'Feature' as const, properties: { name }, geometry: { type: 'Polygon' as const, coordinates: [[[x, 31], [x + 0.1, 31], [x + 0.1, 31.1], [x, 31.1], [x, 31]]] } });

const embedded: DataPack = {
  towns: [{ name: '古美街道' }, { name: '浦江镇' }] as DataPack['towns'],
  stations: [st('s1', '古美街道'), st('s2', '浦江镇')], institutions: [], enterprises: [],
  facilities: [fac('f1', '医疗'), fac('f2', '教育'), fac('f3', '医疗', '浦江镇')],
  categoryTotals: [], crossings: [], outline: { type: 'FeatureCollection', features: [] },
  boundaries: { type: 'FeatureCollection', features: [square('古美街道'), square('浦江镇', 121.1)] },
  barriers: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '黄浦江', kind: 'river' }, geometry: { type: 'LineString', coordinates: [[121, 31], [121.2, 31]] } }] },
  files: [{ file: 'stations.csv', rows: 2, issues: [], sources: [] }],
};

function entry(over: Partial<UserEntry>): UserEntry {
  return { key: 'stations', layer: 'stations', fileName: 'mine.csv', importedAt: '', mode: 'replace', crs: 'WGS84', encoding: 'utf-8', rows: 1, rejected: 0, issues: [], records: [], shapes: [], ...over };
}

describe('mergePack', () => {
  it('without user entries is the embedded pack itself', () => {
    expect(mergePack(embedded, [])).toBe(embedded);
  });
  it("replace stands in for the embedded rows of the file's towns, add shows both; the file list names the user file", () => {
    const rep = mergePack(embedded, [entry({ records: [st('u1', '古美街道')] })]);
    expect(rep.stations.map((s) => s.id)).toEqual(['s2', 'u1']);
    // named by its file, layer and category, which 数据说明 writes in the UI language (not "user: facilities")
    expect(rep.files.at(-1)).toMatchObject({ file: 'mine.csv', layer: 'stations' });
    const cat = mergePack(embedded, [entry({ layer: 'facilities', category: '养老', records: [fac('u9', '养老')] })]).files.at(-1);
    expect(cat).toMatchObject({ file: 'mine.csv', layer: 'facilities', category: '养老' });
    // a row that names no town (or one outside Minhang) counts for the town area it lies in
    expect(mergePack(embedded, [entry({ records: [st('u2', '', EAST)] })]).stations.map((s) => s.id)).toEqual(['s1', 'u2']);
    expect(mergePack(embedded, [entry({ records: [st('u3', '徐汇区', EAST)] })]).stations.map((s) => s.id)).toEqual(['s1', 'u3']);
    // a district-wide file replaces every town's rows; a row outside every town replaces none
    expect(mergePack(embedded, [entry({ records: [st('u1', '古美街道'), st('u2', '浦江镇')] })]).stations.map((s) => s.id)).toEqual(['u1', 'u2']);
    expect(mergePack(embedded, [entry({ records: [st('u4', '', 121.5)] })]).stations.map((s) => s.id)).toEqual(['s1', 's2', 'u4']);
    const add = mergePack(embedded, [entry({ records: [st('u1', '古美街道')], mode: 'add' })]);
    expect(add.stations.map((s) => s.id)).toEqual(['s1', 's2', 'u1']);
    expect(embedded.stations).toHaveLength(2);
  });
  it("facilities are replaced by category, in the file's towns only (review 6: one town's file emptied the district)", () => {
    const m = mergePack(embedded, [entry({ key: 'facilities:医疗', layer: 'facilities', category: '医疗', records: [fac('u', '医疗')] })]);
    expect(m.facilities.map((f) => f.id)).toEqual(['f2', 'f3', 'u']);
  });
  it('town boundaries replace the approximate ones; barriers are added by default, multi-lines split', () => {
    const m = mergePack(embedded, [
      entry({ key: 'boundaries', layer: 'boundaries', shapes: [square('古美街道')] }),
      entry({ key: 'barriers', layer: 'barriers', mode: defaultMode('barriers'), shapes: [{ type: 'Feature', properties: { name: 'S4' }, geometry: { type: 'MultiLineString', coordinates: [[[121, 31], [121.1, 31]], [[121.2, 31], [121.3, 31]]] } } as never] }),
    ]);
    expect(m.boundaries.features.map((f) => f.properties?.name)).toEqual(['古美街道']);
    expect(m.barriers.features.map((f) => f.geometry.type)).toEqual(['LineString', 'LineString', 'LineString']);
    expect(defaultMode('stations')).toBe('replace');
  });
  it('gives every row of a layer its own id: two files numbered 1, 2 … no longer open each other\'s details (review 15 H1)', () => {
    const a = entry({ fileName: '莘庄.csv', mode: 'add', records: [st('1', '古美街道'), st('2', '古美街道')] });
    const b = entry({ fileName: '七宝.csv', mode: 'add', records: [st('1', '浦江镇'), st('1', '浦江镇'), st('1~2', '浦江镇')] });
    const m = mergePack(embedded, [a, b]);
    expect(m.stations.map((s) => s.id)).toEqual(['s1', 's2', '1', '2', '1~2', '1~3', '1~2~2']);
    expect(new Set(m.stations.map((s) => s.id)).size).toBe(m.stations.length);
    // the same ids on every merge (links stay valid across reloads); the rows themselves are not changed
    expect(mergePack(embedded, [a, b]).stations.map((s) => s.id)).toEqual(m.stations.map((s) => s.id));
    expect(b.records.map((r) => r.id)).toEqual(['1', '1', '1~2']);
    expect(m.stations[4]).toMatchObject({ town: '浦江镇', name: '1' });
  });
  it('boundary parts saved under one name (before the import joined them) become one area', () => {
    const m = mergePack(embedded, [entry({ key: 'boundaries', layer: 'boundaries', shapes: [square('浦江镇'), square('古美街道'), square('浦江镇')] })]);
    expect(m.boundaries.features.map((f) => [f.properties?.name, f.geometry.type])).toEqual([['浦江镇', 'MultiPolygon'], ['古美街道', 'Polygon']]);
  });
});

describe('entries and exports', () => {
  it('a facilities import becomes one entry per category', () => {
    const { out } = runJob({ name: 'g.csv', bytes: fixtureBuffer('gb18030.csv'), layer: 'facilities' });
    const cats = [...new Set(out.records.map((r) => (r as FacilityRecord).category))].sort();
    const es = outcomeToEntries(out, 'replace', new Date(0));
    expect(es.map((e) => e.key).sort()).toEqual(cats.map((c) => `facilities:${c}:g.csv`));
    expect(es.reduce((n, e) => n + e.records.length, 0)).toBe(out.records.length);
    expect(es[0].importedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it("数据说明 counts a facility file's problems once, under the first of its categories as listed, not again under each (planner review)", () => {
    const csv = ['名称,街镇,经度,纬度,类别', '甲医院,七宝镇,121.35,31.15,医疗', '乙敬老院,七宝镇,121.36,31.16,养老', '丙小学,七宝镇,121.37,31.15,教育', '坏行,七宝镇,abc,31.1,医疗'].join('\n');
    const { out } = runJob({ name: '三类.csv', bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer, layer: 'facilities' });
    expect(out.issues.filter((i) => i.severity === 'error')).toHaveLength(1);
    const files = mergePack(embedded, sortEntries(outcomeToEntries(out, 'add'))).files.filter((f) => f.file === '三类.csv');
    expect(files.map((f) => [f.category, f.rows])).toEqual([['养老', 1], ['医疗', 1], ['教育', 1]]);
    // all of them with the first file listed, none with the others
    expect(files.map((f) => f.issues.length)).toEqual([out.issues.length, 0, 0]);
  });

  it("counts them once too for a file saved before that, each of whose categories held the whole file's problems", () => {
    const csv = ['名称,街镇,经度,纬度,类别', '甲医院,七宝镇,121.35,31.15,医疗', '乙敬老院,七宝镇,121.36,31.16,养老', '坏行,七宝镇,abc,31.1,医疗'].join('\n');
    const { out } = runJob({ name: '两类.csv', bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer, layer: 'facilities' });
    const saved = sortEntries(outcomeToEntries(out, 'add').map((e) => ({ ...e, issues: out.issues })));
    const other = outcomeToEntries({ ...out, name: '另一个.csv' }, 'add');
    const files = mergePack(embedded, sortEntries([...saved, ...other])).files.filter((f) => f.layer);
    expect(files.map((f) => [f.file, f.category, f.issues.length])).toEqual([
      ['两类.csv', '养老', out.issues.length], ['另一个.csv', '养老', out.issues.length], ['两类.csv', '医疗', 0], ['另一个.csv', '医疗', 0],
    ]);
  });

  it('each file is an entry of its own: a second file of a layer adds to the first, the same file again replaces it', () => {
    const keys = (name: string, layer: 'stations' | 'boundaries') => outcomeToEntries({ ...runJob({ name, bytes: fixtureBuffer(layer === 'stations' ? 'bad-rows.csv' : 'towns.geojson'), layer }).out, name }, 'add').map((e) => e.key);
    expect([...keys('a.csv', 'stations'), ...keys('dir/b.csv', 'stations')]).toEqual(['stations:a.csv', 'stations:b.csv']);
    // town boundaries are one set: a new file replaces the last
    expect(keys('towns.geojson', 'boundaries')).toEqual(['boundaries']);
    // two files in one layer both show, in place of the embedded rows of the towns the replacing one covers
    const a = outcomeToEntries(runJob({ name: 'a.csv', bytes: fixtureBuffer('bad-rows.csv'), layer: 'stations' }).out, 'replace');
    const b = outcomeToEntries(runJob({ name: 'b.csv', bytes: fixtureBuffer('bad-rows.csv'), layer: 'stations' }).out, 'add');
    const kept = embedded.stations.length - replacedBy(a[0], embedded.stations, embedded).length;
    expect(mergePack(embedded, [...a, ...b]).stations).toHaveLength(kept + a[0].records.length + b[0].records.length);
  });

  it('the issues CSV has one row per issue with its line', () => {
    const { out } = runJob({ name: 'bad-rows.csv', bytes: fixtureBuffer('bad-rows.csv'), layer: 'stations' });
    const rows = issuesCsv(out, issueTemplates()).trimEnd().split('\r\n');
    expect(rows[0]).toBe('\uFEFFline,column,severity,reason');
    expect(rows.length - 1).toBe(out.issues.length);
    // (a note on the whole file, line 0, has an empty cell: below)
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(out.issues.map((i) => (i.line ? String(i.line) : '')));
  });

  it("the issues CSV leaves the line empty for a note on the whole file (it read 0)", () => {
    const bytes = new TextEncoder().encode('名称,经度,纬度,服务内容,状态\n甲,121.42,31.12,计量,在运营\n乙,121.43,31.13,计量,在运营').buffer as ArrayBuffer;
    const rows = issuesCsv(runJob({ name: 'x.csv', bytes, layer: 'stations' }).out, issueTemplates()).trimEnd().split('\r\n');
    // the two notes on the whole file: no 编号, no 位置精度 (r3)
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3).join(','))).toEqual([',,warning', ',,warning']);
    expect(rows.join('\n')).toContain('2 行没有编号');
    expect(rows.join('\n')).toContain('2 行未注明位置精度');
  });

  it('export CSV (BOM, formula-safe) and GeoJSON re-import to identical records', () => {
    const tricky = { ...st('=1+1'), name: '@SUM(A1)', note: '-2', address: '<img src=x onerror=alert(1)>', lng: 121.387654321, lat: 31.1123456789 };
    const pack = mergePack(embedded, [entry({ records: [tricky, st('s9', '', 121.45)] })]);
    const csv = layerCsv(pack, 'stations');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("'=1+1");
    const bytes = new TextEncoder().encode(csv);
    const back = importFile({ name: 'stations.csv', bytes, layer: 'stations' });
    expect(back.records).toEqual(pack.stations);
    const gj = importFile({ name: 'stations.geojson', bytes: new TextEncoder().encode(layerGeoJson(pack, 'stations')), layer: 'stations' });
    expect(gj.records).toEqual(pack.stations);
  });

  it("the embedded layers export and import back unchanged, though their sources name 高德 and 百度 (review 14 H1)", () => {
    // the pack's rows say …按GCJ-02经gcoord转WGS-84: read as GCJ-02 they moved 0.5–1.1 km
    const real = { ...embedded } as DataPack;
    for (const l of ['stations', 'facilities'] as const) (real as unknown as Record<string, unknown>)[l] = parseLayerCsv(l, readFileSync(`data/${l}.csv`, 'utf8')).records;
    for (const l of ['stations', 'facilities'] as const) {
      expect(real[l].some((r) => /GCJ-02|BD-09|高德|百度/.test(r.source)), l).toBe(true);
      // under the name the app gives the file, and under a name that says nothing
      for (const name of [`${l}_wgs84.csv`, `${l}.csv`]) {
        const back = importFile({ name, bytes: new TextEncoder().encode(layerCsv(real, l)), layer: l });
        expect(back.crs, name).toBe('WGS84');
        expect(back.records, name).toEqual(real[l]);
      }
      const gj = importFile({ name: `${l}.geojson`, bytes: new TextEncoder().encode(layerGeoJson(real, l)), layer: l });
      expect(gj.crs).toBe('WGS84');
      expect(gj.records).toEqual(real[l]);
    }
    // a name that says another system still wins over the text (the planner's own word)
    expect(importFile({ name: 'stations_高德.csv', bytes: new TextEncoder().encode(layerCsv(real, 'stations')), layer: 'stations' }).crs).toBe('GCJ02');
  });
});

describe('mapping memory', () => {
  const memory = () => {
    const mem = new Map<string, string>();
    return { mem, store: { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) } };
  };
  it('is keyed by layer and header set (any order) and drops columns that no longer exist', () => {
    const { mem, store } = memory();
    rememberChoices(store, 'stations', ['东经', '北纬', '名称'], { mapping: { lng: '东经', lat: '北纬', name: '名称' } });
    expect(recallChoices(store, 'stations', ['名称', '北纬', '东经'])).toEqual({ mapping: { lng: '东经', lat: '北纬', name: '名称' } });
    expect(recallChoices(store, 'facilities', ['名称', '北纬', '东经'])).toBeNull();
    expect(mappingKey('stations', ['a', 'b'])).toBe(mappingKey('stations', ['b', 'a']));
    mem.set(mappingKey('stations', ['x']), JSON.stringify({ mapping: { lng: 'gone', name: 'x' } }));
    expect(recallChoices(store, 'stations', ['x'])).toEqual({ mapping: { name: 'x' } });
  });

  it('keeps the coordinate system and precision chosen by hand (a GCJ-02 file read again as WGS-84 moved ~500 m)', () => {
    const { store } = memory();
    rememberChoices(store, 'facilities', ['名称', '经度', '纬度'], { mapping: { name: '名称' }, crs: 'GCJ02', exact: true });
    expect(recallChoices(store, 'facilities', ['纬度', '经度', '名称'])).toEqual({ mapping: { name: '名称' }, crs: 'GCJ02', exact: true });
  });

  it('reads what earlier versions stored: the mapping alone', () => {
    const { mem, store } = memory();
    mem.set(mappingKey('stations', ['东经', '名称']), JSON.stringify({ lng: '东经', name: '名称' }));
    expect(recallChoices(store, 'stations', ['东经', '名称'])).toEqual({ mapping: { lng: '东经', name: '名称' } });
  });
});
