import { describe, expect, it } from 'vitest';
import { enterpriseDemand, existingOf, groupShares, isFocusIndustry } from '../../../src/modes/siting/demand';
import type { DataPack } from '../../../src/lib/io/pack-types';
import gcoord from 'gcoord';
import { candidatesCrs, nextClick, parseCandidatesCsv } from '../../../src/modes/siting/candidates-csv';
import { recall } from '../../../src/modes/siting/memory';
import type { AppState } from '../../../src/lib/state/app.svelte';
import { sitesCsv, unreachedCsv } from '../../../src/modes/siting/export-csv';
import { parseTable } from '../../../src/lib/data/parse-table';
import { countedAs, sitingKey } from '../../../src/modes/siting/key.svelte';
import { vocab, type Locale } from '../../../src/lib/i18n/messages';
import { AFTER, SITE, UNREACHED } from '../../../src/modes/siting/map-layers';
import { STRINGS } from '../../../src/modes/siting/strings';
import { CATEGORY_COLOURS, STATION_COLOUR } from '../../../src/lib/map/palette';

describe('siting helpers', () => {
  it('recognises a town focus industry despite bracketed notes', () => {
    expect(isFocusIndustry('生物医药（基因）产业', '生物医药（基因）产业')).toBe(true);
    expect(isFocusIndustry('食品产业', '食品产业（“食尚梅陇”）')).toBe(true);
    expect(isFocusIndustry('数字文创', '高端商贸（兼数字文创）')).toBe(false);
  });
  it('counts a university campus as an existing 教育 site only when 高校 is the kind sited (review 27)', () => {
    const f = (id: string, subtype: string) => ({ id, category: '教育', subtype });
    const pack = { facilities: [f('u', '高校'), f('k', '小学')] } as unknown as DataPack;
    expect(existingOf(pack, { kind: 'facilities', category: '教育', subtype: null }).map((r) => r.id)).toEqual(['k']);
    expect(existingOf(pack, { kind: 'facilities', category: '教育', subtype: '高校' }).map((r) => r.id)).toEqual(['u']);
  });
  it('counts an enterprise whose list gives no 街镇 in the town whose area holds it (review 15 M6)', () => {
    const sq = (name: string, x: number) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [[[x, 31], [x + 0.1, 31], [x + 0.1, 31.1], [x, 31.1], [x, 31]]] } });
    const e = (id: string, town: string, lng: number) => ({ id, name: id, town, lng, lat: 31.05, industry: '食品产业', weight: 1 });
    const pack = {
      towns: [{ name: '甲镇', industry: '食品产业' }, { name: '乙镇', industry: '芯片' }],
      boundaries: { type: 'FeatureCollection', features: [sq('甲镇', 121), sq('乙镇', 121.1)] },
      enterprises: [e('a', '', 121.05), e('b', '乙镇', 121.05), e('c', '', 121.15), e('d', '', 121.5)],
    } as unknown as DataPack;
    const all = enterpriseDemand(pack, { industry: null, town: null, focusWeight: 2 });
    // a blank row takes its area's town (and its focus weight); a named town is kept; outside every area: ''
    expect(all.points.map((p) => [p.town, p.weight])).toEqual([['甲镇', 2], ['乙镇', 1], ['乙镇', 1], ['', 1]]);
    expect(enterpriseDemand(pack, { industry: null, town: '乙镇', focusWeight: 1 }).rows.map((r) => r?.id)).toEqual(['b', 'c']);
  });
  it('computes weighted shares per group', () => {
    const g = groupShares(['a', 'a', 'b'], [1, 3, 2], [1, 0, 0], [1, 1, 0]);
    expect(g).toEqual([
      { group: 'a', count: 2, total: 4, before: 0.25, after: 1 },
      { group: 'b', count: 1, total: 2, before: 0, after: 0 },
    ]);
  });
  it('parses a candidate CSV with Chinese headers, reporting each bad row with its line and problem', () => {
    const r = parseCandidatesCsv('编号,名称,经度,纬度\nA,甲,121.4,31.1\nB,乙,abc,31.1\nA,丙,121.5,31.0\nC,丁,31.1,121.4\nD,戊,200,31\nE,己,,\nF,庚,121.4,\n');
    expect(r.sites).toEqual([{ id: 'u:A', name: '甲', lng: 121.4, lat: 31.1 }]);
    expect(r.issues).toEqual([
      { line: 3, problem: 'coordinate', value: 'abc, 31.1' },
      { line: 4, problem: 'duplicate', value: 'A' },
      { line: 5, problem: 'swapped', value: '31.1, 121.4' },
      { line: 6, problem: 'coordinate', value: '200, 31' },
      // empty cells are not echoed ("（, ）" said nothing)
      { line: 7, problem: 'coordinate', value: '' },
      { line: 8, problem: 'coordinate', value: '121.4' },
    ]);
  });
  it('reports a file without coordinate columns at its header line', () => {
    expect(parseCandidatesCsv('\n名称,地址\n甲,某路1号\n')).toEqual({ sites: [], issues: [{ line: 2, problem: 'columns' }] });
  });
  it('converts GCJ-02 and BD-09 files to WGS-84 and drops points outside the district', () => {
    // 莘庄 in WGS-84 and the same place as GCJ-02 (gcoord, ~500 m apart at Shanghai)
    const wgs = [121.385, 31.111];
    const [gx, gy] = gcoord.transform(wgs as [number, number], gcoord.WGS84, gcoord.GCJ02);
    const [bx, by] = gcoord.transform(wgs as [number, number], gcoord.WGS84, gcoord.BD09);
    const district = { bbox: [121.26, 30.97, 121.56, 31.24] as [number, number, number, number] };
    const g = parseCandidatesCsv(`id,lng,lat\nx,${gx},${gy}\nfar,121.8,31.3\n`, { crs: 'GCJ02', district });
    expect(g.sites[0].lng).toBeCloseTo(wgs[0], 5);
    expect(g.sites[0].lat).toBeCloseTo(wgs[1], 5);
    expect(g.sites[0].name).toBe('x');
    expect(g.issues).toEqual([{ line: 3, problem: 'outside', value: '121.8, 31.3' }]);
    const b = parseCandidatesCsv(`id,lng,lat\nx,${bx},${by}\n`, { crs: 'BD09' });
    expect(b.sites[0].lng).toBeCloseTo(wgs[0], 4);
    expect(b.sites[0].lat).toBeCloseTo(wgs[1], 4);
    // read as WGS-84, the GCJ-02 numbers land about 500 m away
    const wrong = parseCandidatesCsv(`id,lng,lat\nx,${gx},${gy}\n`).sites[0];
    expect(Math.abs(wrong.lng - wgs[0])).toBeGreaterThan(0.003);
  });
  it('reads the coordinate system a file names in its file name or header', () => {
    expect(candidatesCrs('候选点（高德坐标）.csv', 'id,lng,lat\n')).toBe('GCJ02');
    expect(candidatesCrs('sites.csv', 'id,百度经度,百度纬度\n1,2,3 baidu')).toBe('BD09');
    expect(candidatesCrs('sites.csv', 'id,lng,lat\n1,2,高德')).toBeUndefined();
  });
  it('exports sites as CSV with BOM and formula-safe names', () => {
    const csv = sitesCsv([{ id: 'g1-2', lng: 121.4, lat: 31.1, locked: true, gain: 3, gainShare: 0.1, newlyCovered: 3 }], new Map([['g1-2', '=cmd']]), 0.2, 0.3, 'x', () => '古美街道');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const t = parseTable(csv);
    expect(t.headers.slice(0, 8)).toEqual(['rank', 'id', 'name', 'town', 'lng', 'lat', 'crs', 'locked']);
    expect(t.headers[8]).toBe('gain (demand weight)');
    expect(t.rows[0][2]).toBe("'=cmd");
    expect(t.rows[0].slice(3, 8)).toEqual(['古美街道', '121.4', '31.1', 'WGS-84', 'yes']);
    // shares in per cent, as the coverage CSV
    expect(t.rows[0].slice(9, 13)).toEqual(['10', '3', '20', '30']);
  });
  it('exports in Chinese for the Chinese UI: headers, 是/否', () => {
    const t = parseTable(sitesCsv([{ id: 'g1', lng: 121.4, lat: 31.1, locked: false, gain: 3, gainShare: 0.1, newlyCovered: 3 }], new Map(), 0.2, 0.3, 'x', () => '', 'zh'));
    expect(t.headers.slice(0, 8)).toEqual(['排名', '编号', '名称', '街镇', '经度', '纬度', '坐标系', '已锁定']);
    expect(t.headers).toContain('选址后覆盖率%');
    expect(t.rows[0][7]).toBe('否');
  });
});

describe('the siting key', () => {
  const all = { existing: '', what: '现有站点', precisions: ['exact'], unreached: true, after: true, sites: true, locked: true, own: true };
  it('names only what the map shows, in the layers’ colours', () => {
    expect(sitingKey(STRINGS.zh, { ...all, grid: false }).map((k) => k.label)).toEqual(['未覆盖的企业', '新站点建成后覆盖', '建议站点', '已锁定站点', '自选候选点']);
    const some = sitingKey(STRINGS.zh, { ...all, grid: false, after: false, locked: false, own: false });
    expect(some).toEqual([
      { colour: UNREACHED, label: '未覆盖的企业', ring: '#212121' },
      { colour: SITE, label: '建议站点', ring: '#fff' },
    ]);
  });
  it('keys grid cells as points of the area, drawn without a ring', () => {
    const [cells, after] = sitingKey(STRINGS.zh, { ...all, grid: true });
    expect(cells).toEqual({ colour: UNREACHED, label: '未覆盖的网格点', ring: UNREACHED });
    expect(after).toEqual({ colour: AFTER, label: '新站点建成后覆盖', ring: AFTER });
  });
  it('keys the existing sites first, in the colour of the base layer that draws them: a ring where they are town points', () => {
    expect(sitingKey(STRINGS.zh, { ...all, grid: false, existing: STATION_COLOUR, precisions: ['town', 'town'] })[0]).toEqual({ colour: '#fff', label: '现有站点', ring: STATION_COLOUR });
    expect(sitingKey(STRINGS.zh, { ...all, grid: true, existing: CATEGORY_COLOURS.养老, what: '现有设施（养老）', precisions: ['approximate'] })[0]).toEqual({ colour: CATEGORY_COLOURS.养老, label: '现有设施（养老）', ring: CATEGORY_COLOURS.养老 });
  });
  // a station offering 质量诊断 placed exactly, and 新意城, known only by its town, drawn as a ring beside a key of a dot alone
  it('keys both looks when some counted sites are town points: the ring as 仅知街镇, whether few or most are', () => {
    for (const precisions of [['exact', 'town'], ['town', 'town', 'approximate']]) {
      expect(sitingKey(STRINGS.zh, { ...all, grid: false, existing: STATION_COLOUR, what: '现有站点（质量诊断）', precisions }).slice(0, 3)).toEqual([
        { colour: STATION_COLOUR, label: '现有站点（质量诊断）', ring: STATION_COLOUR },
        { colour: '#fff', label: '仅知街镇', ring: STATION_COLOUR },
        { colour: UNREACHED, label: '未覆盖的企业', ring: '#212121' },
      ]);
    }
    // none drawn (the layer off): neither
    expect(sitingKey(STRINGS.zh, { ...all, grid: false, precisions: ['exact', 'town'] })[0].label).toBe('未覆盖的企业');
  });
  // review 25: a facility type's sites were keyed 现有站点（底图图层）; the service a station must offer is named too
  it('names the existing sites as the reach counts them: stations with the service asked for, or the facility type', () => {
    const named = (locale: Locale, ...xs: Parameters<typeof countedAs>[1][]) => xs.map((x) => countedAs(STRINGS[locale], x, { locale, v: (w) => vocab(w, locale) }));
    const stations = { kind: 'stations', service: null, operatingOnly: false } as const;
    const types = [stations, { ...stations, service: '计量', operatingOnly: true }, { kind: 'facilities', category: '养老', subtype: null }, { kind: 'facilities', category: '医疗', subtype: '社区卫生服务中心' }] as const;
    expect(named('zh', ...types)).toEqual(['现有站点', '现有站点（计量）', '现有设施（养老）', '现有设施（医疗/社区卫生服务中心）']);
    expect(named('en', ...types.slice(1, 3))).toEqual(['Existing stations (Metrology)', 'Existing facilities (Elderly care)']);
  });
});

describe('unreached enterprises CSV', () => {
  it("writes each position's precision in the UI's language, as the details do (planner review: 'approximate' in the Chinese file)", () => {
    const row = { id: 'e1', name: '甲公司', town: '七宝镇', industry: '智能制造', lng: 121.35, lat: 31.15, weight: 1, reachedAfter: false };
    const col = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').slice(1).map((l) => l.split(',')[7]);
    const rows = ['exact', 'approximate', 'estimated', 'town'].map((precision) => ({ ...row, precision }));
    expect(col(unreachedCsv(rows, '设置', 'zh'))).toEqual(['精确（地址级，约100米内）', '近似（约1公里内）', '估计位置（未核对坐标）', '仅知街镇（街镇代表点）']);
    expect(col(unreachedCsv(rows, 'settings', 'en'))[1]).toBe('Approximate (within ~1 km)');
  });
});

describe('the candidates clicked on the map (code review: a file read again made p-ids repeat, and the suggestion failed)', () => {
  const c = (id: string) => ({ id, name: id, lng: 121.4, lat: 31.1 });
  it('are numbered one past the largest p-number, whatever else the list holds', () => {
    expect(nextClick([])).toBe(1);
    // 3 rows of a file and a click (p4), then a 1-row file: u:1 and p4 left; the next click is p5, not p3 then p4 again
    expect(nextClick([c('u:1'), c('p4')])).toBe(5);
    expect(nextClick([c('p2'), c('p10'), c('m:p11'), c('u:p12')])).toBe(11);
  });
  it('kept by an older version with a repeated id, come back with ids that differ', () => {
    const store = new Map([['zhihui.siting', JSON.stringify({ sites: [], excluded: [], userCands: [c('u:1'), c('p4'), c('p3'), c('p4')] })]]);
    const original = globalThis.localStorage;
    Object.defineProperty(globalThis, 'localStorage', { value: { getItem: (k: string) => store.get(k) ?? null }, configurable: true });
    try {
      const ids = recall({} as AppState, null)!.userCands.map((x) => x.id);
      expect(ids.slice(0, 3)).toEqual(['u:1', 'p4', 'p3']);
      expect(new Set(ids).size).toBe(4);
    } finally {
      Object.defineProperty(globalThis, 'localStorage', { value: original, configurable: true });
    }
  });
});
