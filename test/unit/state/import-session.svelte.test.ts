// 导入数据's session (src/modes/import/session.svelte.ts) on Svelte's client runtime, its imports run by
// the analysis worker's own loop in-process: a file read, a column unmapped and mapped again, swapped
// coordinates fixed, and the coordinate system chosen by hand used again for the next file with the
// same headers. The converted positions are checked against gcoord.
import { afterEach, describe, expect, it, vi } from 'vitest';
import gcoord from 'gcoord';
import { ImportSession, sessionFor } from '../../../src/modes/import/session.svelte';
import { inProcessClient, stubFetchFromDisk, stubStorage } from './runes-env';

afterEach(() => vi.unstubAllGlobals());

const csv = (name: string, lines: string[]) => new File([lines.join('\n')], name, { type: 'text/csv' });

function session(): ImportSession {
  stubFetchFromDisk();
  const storage = stubStorage();
  const client = inProcessClient();
  const s = new ImportSession(() => ({ client, storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) } }));
  s.layer = 'facilities';
  return s;
}

/** Waits for a run a button started (swapBack, setMapping … return before it ends). */
const settled = (s: ImportSession) => vi.waitFor(() => expect(s.busy).toBe(false));

describe('ImportSession', () => {
  it('reads a file in the worker; a required column unmapped refuses every row, mapped again reads them', async () => {
    const s = session();
    await s.open(csv('设施.csv', ['名称,经度,纬度,类别', '甲医院,121.3795,31.1112,医疗', '乙文化站,121.4021,31.1503,文化']));
    expect([s.busy, s.error, s.fileName]).toEqual([false, null, '设施.csv']);
    expect(s.outcome!.records.map((r) => [r.name, r.lng, r.lat])).toEqual([['甲医院', 121.3795, 31.1112], ['乙文化站', 121.4021, 31.1503]]);
    expect(s.outcome!.crs).toBe('WGS84');
    const nameColumn = Object.entries(s.outcome!.mapping).find(([, h]) => h === '名称')![0];
    s.setMapping(nameColumn, '');
    expect(s.busy).toBe(true);
    await settled(s);
    expect(s.outcome!.records).toHaveLength(0);
    expect(s.outcome!.stats.rejected).toBe(2);
    s.setMapping(nameColumn, '名称');
    await settled(s);
    expect(s.outcome!.records).toHaveLength(2);
  });

  it('swapped coordinates are refused until 交换 fixes them', async () => {
    const s = session();
    await s.open(csv('swapped.csv', ['name,lng,lat,category', '甲,31.1112,121.3795,医疗', '乙,31.1503,121.4021,文化']));
    expect([s.outcome!.swapSuspects, s.outcome!.records.length]).toEqual([2, 0]);
    s.swapBack();
    await settled(s);
    expect(s.fixSwapped).toBe(true);
    expect(s.outcome!.records.map((r) => [r.lng, r.lat])).toEqual([[121.3795, 31.1112], [121.4021, 31.1503]]);
  });

  it('a coordinate system chosen by hand is used again for the next file with the same headers', async () => {
    const s = session();
    const lines = ['名称,X,Y,类别', '甲医院,121.3795,31.1112,医疗'];
    await s.open(csv('一月.csv', lines));
    expect(s.outcome!.crs).toBe('WGS84');
    s.crs = 'GCJ02';
    await s.run();
    s.remember();
    await s.open(csv('二月.csv', lines));
    expect([s.fileName, s.crs, s.recalled]).toEqual(['二月.csv', 'GCJ02', true]);
    const [lng, lat] = gcoord.transform([121.3795, 31.1112], gcoord.GCJ02, gcoord.WGS84);
    expect(s.outcome!.records[0].lng).toBeCloseTo(lng, 5);
    expect(s.outcome!.records[0].lat).toBeCloseTo(lat, 5);
    // another layer: the choices made for this one are not carried over, and the file is read again as it
    s.mode = 'add';
    s.setLayer('stations');
    expect([s.mode, s.mapping]).toEqual([null, null]);
    await settled(s);
    expect(s.outcome!.layer).toBe('stations');
  });

  it('a file that cannot be read says why; reset forgets the file', async () => {
    const s = session();
    const broken = { name: '坏.csv', arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) } as unknown as File;
    await s.open(broken);
    expect(s.busy).toBe(false);
    expect(s.error).toContain('gone');
    await s.open(csv('设施.csv', ['名称,经度,纬度,类别', '甲医院,121.3795,31.1112,医疗']));
    expect(s.error).toBeNull();
    s.reset();
    expect([s.fileName, s.outcome]).toEqual(['', null]);
    await s.run(); // nothing to run
    expect(s.outcome).toBeNull();
  });

  it('one session per app instance', () => {
    const app = {};
    const env = () => ({ client: inProcessClient() });
    expect(sessionFor(app, env)).toBe(sessionFor(app, env));
  });
});
