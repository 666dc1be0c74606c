// The IndexedDB store of a planner's layers (fake-indexeddb): save/list/mode/delete, one
// transaction per save (a failing save leaves earlier data intact), quota errors named.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openUserStore, storeError, type UserEntry } from '../../../src/lib/io/user-store';

function entry(key: string, layer: UserEntry['layer'], n: number): UserEntry {
  const records = Array.from({ length: n }, (_, i) => ({ id: `${key}-${i}`, name: `点${i}`, name_en: '', town: '', lng: 121.4 + i / 1000, lat: 31.1, precision: 'approximate' as const, source: 'f.csv', address: '', note: '' }));
  return { key, layer, fileName: 'f.csv', importedAt: '2026-01-01T00:00:00.000Z', mode: 'replace', crs: 'GCJ02', encoding: 'gb18030', rows: n, rejected: 0, issues: [], records, shapes: [] };
}

describe('user store', () => {
  it('saves, lists in layer order, changes mode, deletes and clears', async () => {
    const store = await openUserStore(new IDBFactory());
    await store.save([entry('facilities:医疗', 'facilities', 2), entry('stations', 'stations', 3)]);
    let all = await store.list();
    expect(all.map((e) => e.key)).toEqual(['stations', 'facilities:医疗']);
    expect(all[0].records).toEqual(entry('stations', 'stations', 3).records);
    await store.setMode('stations', 'add');
    expect((await store.list())[0].mode).toBe('add');
    await store.remove('stations');
    all = await store.list();
    expect(all.map((e) => e.key)).toEqual(['facilities:医疗']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('a new save of the same key replaces it; `replaces` drops what it matches first', async () => {
    const store = await openUserStore(new IDBFactory());
    await store.save([entry('facilities:医疗', 'facilities', 1), entry('facilities:教育', 'facilities', 1)]);
    await store.save([entry('facilities:医疗', 'facilities', 5)]);
    expect((await store.list()).map((e) => [e.key, e.records.length]).sort()).toEqual([['facilities:医疗', 5], ['facilities:教育', 1]].sort());
    await store.save([entry('facilities:文化', 'facilities', 2)], (e) => e.layer === 'facilities');
    expect((await store.list()).map((e) => e.key)).toEqual(['facilities:文化']);
  });

  it('a save that fails half-way writes nothing (one transaction) and is reported', async () => {
    const store = await openUserStore(new IDBFactory());
    await store.save([entry('stations', 'stations', 2)]);
    const bad = { ...entry('enterprises', 'enterprises', 1), records: [() => 1] } as unknown as UserEntry;
    await expect(store.save([entry('stations', 'stations', 9), bad])).rejects.toMatchObject({ name: 'StoreError' });
    const all = await store.list();
    expect(all.map((e) => [e.key, e.records.length])).toEqual([['stations', 2]]);
  });

  it('names quota errors as such', () => {
    const q = storeError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(q.quota).toBe(true);
    expect(q.zh).toContain('存储空间不足');
    expect(storeError(new Error('boom')).quota).toBe(false);
  });
});
