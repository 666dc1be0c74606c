// A planner's own data, kept in the browser (IndexedDB) across reloads. One entry per user
// layer (facilities: one per category); a save writes all its entries in ONE transaction, so a
// failed or interrupted import leaves what was saved before intact.
import { errorText } from '../data/text';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { PointLayer, PointRecord } from '../data/schema';
import type { RowIssue } from '../data/load';
import type { PopulationData } from '../data/population';
import type { Crs } from '../data/crs';

/** Layers a planner can import: the four point layers, town boundaries, barriers and population. */
export type UserLayer = PointLayer | 'boundaries' | 'barriers' | 'population';
export const USER_LAYERS: readonly UserLayer[] = ['stations', 'facilities', 'enterprises', 'institutions', 'boundaries', 'barriers', 'population'];

/** replace: the user's rows stand in for the embedded rows of the towns they cover (facilities: of their category); add: shown together. */
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
  crs: Crs;
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
  const msg = errorText(e);
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

/** An IndexedDB request as a promise. */
function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Settles when the transaction commits, or fails with its error (a quota error aborts it). */
function committed(tx: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
  });
  done.catch(() => {}); // awaited by the caller when it gets that far; reported there
  return done;
}

/**
 * Runs `work` on the store in one read-write transaction and waits for the commit. An exception
 * inside it (e.g. DataCloneError from put) does not abort a transaction by itself: it is aborted
 * here, so nothing of a failed save is kept. Errors come back as StoreError.
 */
async function write(db: IDBDatabase, work: (st: IDBObjectStore) => Promise<void> | void): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const done = committed(tx);
  try {
    await work(tx.objectStore(STORE));
    await done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw storeError(e);
  }
}

/**
 * The planner's saved layers in the browser's IndexedDB (`factory`: another IndexedDB, for tests).
 * Plain IndexedDB requests wrapped in promises ([0011](../../../docs/decisions/0011-indexeddb-without-idb.md)).
 */
export async function openUserStore(factory: IDBFactory = indexedDB): Promise<UserStore> {
  const open = factory.open(DB, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'key' });
  };
  const db = await request(open);
  const all = async () => (await request(db.transaction(STORE).objectStore(STORE).getAll())) as UserEntry[];
  return {
    list: async () => sortEntries(await all()),
    save: (entries, replaces) =>
      write(db, async (st) => {
        if (replaces) for (const e of (await request(st.getAll())) as UserEntry[]) if (replaces(e)) st.delete(e.key);
        for (const e of entries) st.put(e);
      }),
    setMode: (key, mode) =>
      write(db, async (st) => {
        const e = (await request(st.get(key))) as UserEntry | undefined;
        if (e) st.put({ ...e, mode });
      }),
    remove: (key) => write(db, (st) => void st.delete(key)),
    clear: () => write(db, (st) => void st.clear()),
  };
}
