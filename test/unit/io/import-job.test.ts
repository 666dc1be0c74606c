// The worker's import request on the fixture corpus: encodings, CRS, mapping, swaps, shapes, fatal files.
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import type { MultiPolygon } from 'geojson';
import { createAnalysisLoop } from '../../../src/lib/worker/loop';
import type { Reply, Request } from '../../../src/lib/worker/protocol';
import { districtBounds } from '../../../src/lib/data/coords';
import { fixtureBuffer, runJob } from './helpers';
import { english, reason } from '../data/fixture';

const NEAR = (a: number[], b: number[]) => Math.hypot((a[0] - b[0]) * 95_000, (a[1] - b[1]) * 111_000);

describe('import job', () => {
  it('reads the GB18030 e2e stations file: needs 东经/北纬 mapped, then 4 good rows and 3 bad lines', () => {
    const bytes = fixtureBuffer('stations-gcj02-gbk.csv', 'e2e');
    const first = runJob({ name: 'stations-gcj02-gbk.csv', bytes, layer: 'stations' }).out;
    expect(first.encoding).toBe('gb18030');
    expect(first.crs).toBe('GCJ02');
    expect(first.crsGuessed).toBe(true);
    expect(first.records).toHaveLength(0);
    expect(first.preview.headers).toContain('东经');
    expect(first.preview.rows[2][1]).toBe('<img src=x onerror=alert(1)>');

    const mapping = { ...first.mapping, lng: '东经', lat: '北纬' };
    const { out, steps } = runJob({ name: 'stations-gcj02-gbk.csv', bytes, layer: 'stations', mapping, crs: 'GCJ02' });
    expect(steps.length).toBeGreaterThan(0);
    expect(out.records.map((r) => r.id)).toEqual(['E1', 'E2', 'E3', 'E7']);
    expect(out.rejected.map((r) => r.line)).toEqual([5, 6, 7]);
    expect(out.stats).toMatchObject({ rows: 7, accepted: 4, rejected: 3 });
    const e1 = out.records[0];
    const wgs = gcoord.transform([121.385, 31.111], gcoord.GCJ02, gcoord.WGS84);
    expect(NEAR([e1.lng, e1.lat], wgs)).toBeLessThan(1);
  });

  it('an explicit WGS-84 choice is not converted', () => {
    const bytes = fixtureBuffer('stations-gcj02-gbk.csv', 'e2e');
    const { out } = runJob({ name: 'x.csv', bytes, layer: 'stations', crs: 'WGS84', mapping: { id: '编号', name: '站点名称', lng: '东经', lat: '北纬', services: '服务内容', status: '状态' } });
    expect(out.records[0].lng).toBe(121.385);
  });

  it('encoding override re-decodes (GB18030 read as UTF-8 garbles the headers)', () => {
    const bytes = fixtureBuffer('gb18030.csv');
    const auto = runJob({ name: 'a.csv', bytes, layer: 'facilities' }).out;
    expect(auto.headers).toContain('名称');
    const forced = runJob({ name: 'a.csv', bytes, layer: 'facilities', encoding: 'utf-8' }).out;
    expect(forced.encoding).toBe('utf-8');
    expect(forced.headers).not.toContain('名称');
  });

  it('reports swapped coordinates and fixes them on request; flags points outside the district outline', () => {
    const bytes = fixtureBuffer('swapped.csv');
    const before = runJob({ name: 's.csv', bytes, layer: 'facilities' }).out;
    expect(before.swapSuspects).toBe(2);
    expect(before.records).toHaveLength(0);
    const after = runJob({ name: 's.csv', bytes, layer: 'facilities', fixSwapped: true }).out;
    expect(after.records[0].lng).toBeCloseTo(121.3795, 6);
    expect(after.stats.swapped).toBe(2);
    expect(after.swapSuspects).toBe(0);
    const far = runJob({ name: 'o.csv', bytes: fixtureBuffer('outside-district.csv'), layer: 'facilities', district: { bbox: [121.23, 30.97, 121.58, 31.27] } }).out;
    expect(far.stats.outside).toBe(1);
    expect(far.rejected.map((r) => r.line)).toEqual([3]);
  });

  it('town boundaries: polygons kept, unnamed and non-polygon features reported, unknown names warned', () => {
    const { out } = runJob({ name: 'towns.geojson', bytes: fixtureBuffer('towns.geojson'), layer: 'boundaries', towns: [{ name: '古美街道', alias: '' }] });
    expect(out.shapes.map((s) => s.properties?.name)).toEqual(['测试街道']);
    expect(out.issues.filter((i) => i.severity === 'error').map((i) => i.line).sort()).toEqual([2, 3]);
    expect(out.issues.some((i) => i.severity === 'warning' && reason(i).includes('测试街道'))).toBe(true);
  });

  it('town boundaries: parts with the same name become one MultiPolygon; towns without a boundary are named', () => {
    const sq = (x: number) => [[[x, 31.1], [x + 0.01, 31.1], [x + 0.01, 31.11], [x, 31.1]]];
    const fc = { type: 'FeatureCollection', features: [['古美街道', 121.3], ['浦江镇', 121.5], ['浦江镇', 121.52]].map(([name, x]) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: sq(x as number) } })) };
    const bytes = new TextEncoder().encode(JSON.stringify(fc));
    const { out } = runJob({ name: 'official.geojson', bytes: bytes.buffer as ArrayBuffer, layer: 'boundaries', towns: ['古美街道', '浦江镇', '莘庄镇'].map((name) => ({ name, alias: '' })) });
    expect(out.shapes.map((s) => [s.properties?.name, s.geometry.type])).toEqual([['古美街道', 'Polygon'], ['浦江镇', 'MultiPolygon']]);
    expect((out.shapes[1].geometry as MultiPolygon).coordinates).toHaveLength(2);
    expect(out.issues.filter((i) => i.line === 0).map((i) => english(i))).toEqual(['2 of 3 towns have a boundary; once saved, the map has no area for: 莘庄镇']);
  });

  it('barriers: lines become shapes', () => {
    const { out } = runJob({ name: 'b.geojson', bytes: fixtureBuffer('barriers.geojson'), layer: 'barriers' });
    expect(out.shapes).toHaveLength(1);
    expect(out.shapes[0].geometry.type).toBe('LineString');
  });

  it('a binary file is a fatal, bilingual message, not an exception', () => {
    const { out } = runJob({ name: 'x.csv', bytes: fixtureBuffer('binary-png.csv'), layer: 'stations' });
    expect(out.fatal?.zh).toMatch(/CSV/);
    expect(out.records).toHaveLength(0);
  });

  it('runs through the one worker loop as the `import` request, with progress', async () => {
    const replies: Reply[] = [];
    const loop = createAnalysisLoop((r) => replies.push(r), async () => {});
    const req = { id: 1, type: 'import', payload: { name: 'gcj02-amap.csv', bytes: fixtureBuffer('gcj02-amap.csv'), layer: 'facilities' } } as Request;
    await loop(req);
    expect(replies.some((r) => r.kind === 'progress')).toBe(true);
    const res = replies.find((r) => r.kind === 'result');
    expect(res && res.kind === 'result' && res.type === 'import' ? res.result.records.length : -1).toBe(1);
  });

  it('reports row progress from inside the validation step of a large file', async () => {
    const replies: Reply[] = [];
    const loop = createAnalysisLoop((r) => replies.push(r), async () => {});
    const lines = ['id,name,lng,lat,services,status,source'];
    for (let i = 0; i < 12_000; i++) lines.push(`s${i},站${i},121.4,31.1,计量,在运营,test`);
    const bytes = new TextEncoder().encode(lines.join('\n')).buffer;
    await loop({ id: 7, type: 'import', payload: { name: 'big.csv', bytes, layer: 'stations' } } as Request);
    const rows = replies.flatMap((r) => (r.kind === 'progress' && r.progress.label === 'validate' ? [[r.progress.done, r.progress.total]] : []));
    expect(rows).toEqual([
      [5000, 12000],
      [10000, 12000],
    ]);
    const res = replies.at(-1);
    expect(res?.kind === 'result' && res.type === 'import' ? res.result.records.length : -1).toBe(12000);
  });

  it('districtBounds collects Polygon and MultiPolygon rings', () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
    const b = districtBounds({ features: [{ geometry: { type: 'Polygon', coordinates: [ring] } }, { geometry: { type: 'MultiPolygon', coordinates: [[ring], [ring]] } }] });
    expect('polygons' in b ? b.polygons.length : 0).toBe(3);
  });
});
