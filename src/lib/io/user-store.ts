// A planner's own data, kept in the browser (IndexedDB) across reloads. One entry per user
// layer (facilities: one per category); a save writes all its entries in ONE transaction, so a
// failed or interrupted import leaves what was saved before intact.
import { openDB, type IDBPDatabase } from 'idb';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { PointLayer, PointRecord } from '../data/schema';
import type { RowIssue } from '../data/load';
import type { PopulationData } from '../data/population';

/** Layers a planner can import: the four point layers, town boundaries, barriers and population. */
export type UserLayer = PointLayer | 'boundaries' | 'barriers' | 'population';
export const USER_LAYERS: readonly UserLayer[] = ['stations', 'facilities', 'enterprises', 'institutions', 'boundaries', 'barriers', 'population'];

/** replace: the user's rows stand in for the embedded layer (facilities: for their category); add: shown together. */
export type MergeMode = 'replace' | 'add';

export interface UserEntry {
  /** Store key: the layer, or `facilities:<category>`. */
  key: string;
  layer: UserLayer;
  category?: string;
  fileName: string;
  /** ISO time of the import. */
  importedAt: string;
  mode: MergeMode;
  crs: string;
  encoding: string;
  /** Data rows in the file and rows that could not be used. */
  rows: number;
  rejected: number;
  issues: RowIssue[];
  /** Point records (WGS-84) for point layers. */
  records: PointRecord[];
  /** Polygons (boundaries) or lines (barriers), WGS-84. */
  shapes: Feature<Polygon | MultiPolygon | LineString>[];
  /** Population per town or counted points (layer 'population' only). */
  population?: PopulationData;
}

export interface UserStore {
  list(): Promise<UserEntry[]>;
  /** Writes the entries in one transaction; with `replaces`, first removes every stored entry it matches. */
  save(entries: UserEntry[], replaces?: (old: UserEntry) => boolean): Promise<void>;
  setMode(key: string, mode: MergeMode): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

/** A storage failure with a message for the user (quota exceeded is named as such). */
export class StoreError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly quota: boolean,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'StoreError';
  }
}

export function storeError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = (e as { name?: string })?.name ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(msg))
    return new StoreError(`浏览器存储空间不足，数据未保存（原有数据未改动）：${msg}`, `browser storage quota exceeded; nothing was saved (earlier data unchanged): ${msg}`, true);
  return new StoreError(`保存到浏览器失败（原有数据未改动）：${msg}`, `saving in the browser failed (earlier data unchanged): ${msg}`, false);
}

/** Layer order of the UI, then key. */
export function sortEntries(entries: UserEntry[]): UserEntry[] {
  return entries.sort((a, b) => USER_LAYERS.indexOf(a.layer) - USER_LAYERS.indexOf(b.layer) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const DB = 'zhihui-user-data';
const STORE = 'entries';

export async function openUserStore(factory?: IDBFactory): Promise<UserStore> {
  const open = () =>
    openDB(DB, 1, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'key' });
      },
    });
  let db: IDBPDatabase;
  if (factory) {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB: IDBFactory }).indexedDB = factory;
    try {
      db = await open();
    } finally {
      (globalThis as { indexedDB: IDBFactory }).indexedDB = saved;
    }
  } else db = await open();
  return idbStore(db);
}

function idbStore(db: IDBPDatabase): UserStore {
  return {
    async list() {
      const all = (await db.getAll(STORE)) as UserEntry[];
      return sortEntries(all);
    },
    async save(entries, replaces) {
      const tx = db.transaction(STORE, 'readwrite');
      tx.done.catch(() => {}); // reported below
      try {
        const st = tx.objectStore(STORE);
        if (replaces) {
          const old = (await st.getAll()) as UserEntry[];
          for (const e of old) if (replaces(e)) await st.delete(e.key);
        }
        for (const e of entries) await st.put(e);
        await tx.done;
      } catch (e) {
        // an exception inside the transaction (e.g. DataCloneError) does not abort it by itself
        try {
          tx.abort();
        } catch {
          // already finished or aborted (quota errors abort it)
        }
        throw storeError(e);
      }
    },
    async setMode(key, mode) {
      try {
        const tx = db.transaction(STORE, 'readwrite');
        const e = (await tx.store.get(key)) as UserEntry | undefined;
        if (e) await tx.store.put({ ...e, mode });
        await tx.done;
      } catch (e) {
        throw storeError(e);
      }
    },
    async remove(key) {
      await db.delete(STORE, key);
    },
    async clear() {
      await db.clear(STORE);
    },
  };
}
