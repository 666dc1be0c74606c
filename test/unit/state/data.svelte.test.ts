// The data the app shows (src/lib/state/data.svelte.ts) on Svelte's client runtime: the embedded pack
// (loaded from data/ by the app's own loader) merged with the planner's layers saved in IndexedDB
// (fake-indexeddb), 仅内置数据 remembered, and a store the browser refuses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { IDBFactory } from 'fake-indexeddb';
import { DataState } from '../../../src/lib/state/data.svelte';
import { loadEmbeddedPack } from '../../../src/lib/io/pack';
import { openUserStore, StoreError, type UserEntry } from '../../../src/lib/io/user-store';
import { readData } from '../embedded-layers';
import { stubFetchFromDisk, stubStorage } from './runes-env';

afterEach(() => vi.unstubAllGlobals());

/** Rows of the embedded stations.csv (its header and trailing newline aside). */
const STATIONS = readData('stations.csv').trim().split('\n').length - 1;

function stations(n: number, mode: UserEntry['mode'] = 'add'): UserEntry {
  const records = Array.from({ length: n }, (_, i) => ({ id: `mine-${i}`, name: `我的站${i}`, name_en: '', town: '七宝镇', lng: 121.35 + i / 1000, lat: 31.15, precision: 'exact' as const, source: '我的.csv', address: '', note: '' }));
  return { key: 'stations:我的.csv', layer: 'stations', fileName: '我的.csv', importedAt: '2026-01-01T00:00:00.000Z', mode, crs: 'WGS84', encoding: 'utf-8', rows: n, rejected: 0, issues: [], records, shapes: [] } as UserEntry;
}

describe('DataState', () => {
  it('shows the embedded pack, then the planner\'s saved layers merged in; 仅内置数据 shows the pack alone and is remembered', async () => {
    const prefs = stubStorage();
    stubFetchFromDisk();
    const idb = new IDBFactory();
    const d = new DataState(() => openUserStore(idb));
    expect(d.pack).toBeNull();
    await d.load(loadEmbeddedPack);
    expect(d.error).toBeNull();
    expect(d.pack!.stations).toHaveLength(STATIONS);
    const packs: number[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        packs.push(d.pack!.stations.length);
      });
    });
    flushSync();
    await d.save([stations(2)]);
    flushSync();
    expect(d.user.map((e) => e.key)).toEqual(['stations:我的.csv']);
    expect(d.pack!.stations).toHaveLength(STATIONS + 2);
    expect(d.pack!.files.at(-1)!.file).toBe('我的.csv');
    expect(prefs.get('zhihui.userLayerCount')).toBe('1');
    d.setUseUser(false);
    flushSync();
    expect(d.pack!.stations).toHaveLength(STATIONS);
    expect(prefs.get('zhihui.useUserData')).toBe('0');
    expect(new DataState(() => openUserStore(idb)).useUser).toBe(false);
    stop();
    expect(packs).toEqual([STATIONS, STATIONS + 2, STATIONS]);
  });

  it('after a reload the saved layers are in the pack as soon as it shows; removed, the pack is the embedded one again', async () => {
    stubStorage();
    stubFetchFromDisk();
    const idb = new IDBFactory();
    await new DataState(() => openUserStore(idb)).save([stations(3)]);
    const d = new DataState(() => openUserStore(idb));
    await d.load(loadEmbeddedPack);
    expect(d.pack!.stations).toHaveLength(STATIONS + 3);
    expect(d.pack!.stations.filter((s) => s.id.startsWith('mine-')).map((s) => s.name)).toEqual(['我的站0', '我的站1', '我的站2']);
    await d.update(d.user, null);
    expect(d.user).toEqual([]);
    expect(d.pack!.stations).toHaveLength(STATIONS);
  });

  it('with the store known to be empty, the pack shows without waiting for IndexedDB', async () => {
    const prefs = stubStorage();
    stubFetchFromDisk();
    prefs.set('zhihui.userLayerCount', '0');
    const d = new DataState(() => new Promise<never>(() => {})); // a store that never opens
    await d.load(loadEmbeddedPack);
    expect(d.pack!.stations).toHaveLength(STATIONS);
  });

  it('a store the browser refuses: the pack still shows, the reason is kept, and a save fails without losing anything', async () => {
    stubStorage();
    stubFetchFromDisk();
    const d = new DataState(() => Promise.reject(new DOMException('denied', 'SecurityError')));
    await d.load(loadEmbeddedPack);
    expect(d.pack!.stations).toHaveLength(STATIONS);
    expect(d.storeError).toBeTruthy();
    await expect(d.save([stations(1)])).rejects.toBeInstanceOf(StoreError);
    expect(d.user).toEqual([]);
  });

  it('a pack that cannot be loaded is an error, not an empty map', async () => {
    stubStorage();
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    const d = new DataState(() => openUserStore(new IDBFactory()));
    await d.load(loadEmbeddedPack);
    expect(d.pack).toBeNull();
    expect(d.error).toContain('HTTP 500');
  });
});
