// The data set the app shows: the embedded pack merged with a planner's own saved layers
// (IndexedDB, src/lib/io/user-store.ts). `pack` is what every map layer and mode reads.
import { errorText } from '../data/text';
import { getContext, setContext } from 'svelte';
import type { DataPack } from '../io/pack-types';
import { mergePack } from '../io/user-merge';
import { readPref, writePref } from './prefs';
import { openUserStore, sortEntries, storeError, type MergeMode, type UserEntry, type UserStore } from '../io/user-store';

const USE_USER_KEY = 'zhihui.useUserData';
/** How many saved layers the store held when last read: lets start-up skip waiting for an empty store. */
const USER_COUNT_KEY = 'zhihui.userLayerCount';

export class DataState {
  /** The embedded Minhang data pack as shipped. */
  embedded = $state.raw<DataPack | null>(null);
  /** The planner's saved layers. */
  user = $state.raw<UserEntry[]>([]);
  /** Show the planner's layers (true) or the embedded pack only. */
  useUser = $state(true);
  error = $state<string | null>(null);
  /** Last storage problem (quota, private mode …), shown to the user. */
  storeError = $state<string | null>(null);
  pack = $derived(this.embedded ? mergePack(this.embedded, this.useUser ? this.user : []) : null);
  /** The planner's imported population in use (none in the embedded pack), or null. */
  population = $derived(this.pack?.population ?? null);

  private store: Promise<UserStore | null> | null = null;
  private readonly openStore: () => Promise<UserStore>;

  constructor(openStore: () => Promise<UserStore> = () => openUserStore()) {
    this.openStore = openStore;
    this.useUser = readPref(USE_USER_KEY) !== '0';
  }

  private getStore(): Promise<UserStore | null> {
    this.store ??= this.openStore().catch((e) => {
      this.storeError = storeError(e).message;
      return null;
    });
    return this.store;
  }

  async load(loader: () => Promise<DataPack>) {
    try {
      const user = this.refresh();
      const pack = await loader();
      // Wait for the planner's saved layers only when there may be some. On a first visit, or
      // with a store known to be empty, the embedded pack shows at once (opening IndexedDB can
      // take a few hundred ms while the page starts); layers found later still merge in.
      if (this.useUser && this.mayHaveUserLayers()) await user;
      this.embedded = pack;
      this.error = null;
    } catch (e) {
      this.error = errorText(e);
    }
  }

  /** Re-reads the saved layers from the browser store. */
  async refresh(): Promise<void> {
    const store = await this.getStore();
    if (!store) return;
    try {
      this.user = await store.list();
      this.rememberUserCount();
    } catch (e) {
      this.storeError = storeError(e).message;
    }
  }

  /**
   * Saves an import in one transaction, in place of what the same file of the same layer saved
   * before (all its categories) and of the layer's other files named in `replacing`; throws
   * StoreError (quota …) and leaves earlier data intact.
   */
  async save(entries: UserEntry[], replacing: readonly string[] = []): Promise<void> {
    const store = await this.getStore();
    if (!store) throw storeError(new Error(this.storeError ?? 'IndexedDB unavailable'));
    const sameFile = (old: UserEntry) =>
      entries.some((e) => e.layer === old.layer && (e.fileName === old.fileName || replacing.includes(old.fileName)));
    await store.save(entries, sameFile);
    this.storeError = null;
    this.setUseUser(true);
    // what was just committed, without reading every record back
    const keys = entries.map((e) => e.key);
    this.user = sortEntries([...this.user.filter((e) => !keys.includes(e.key) && !sameFile(e)), ...entries]);
    this.rememberUserCount();
  }

  /** The merge mode of entries (a file's, one per category), or (mode null) their removal. */
  async update(entries: readonly UserEntry[], mode: MergeMode | null): Promise<void> {
    const store = await this.getStore();
    for (const e of entries) await (mode ? store?.setMode(e.key, mode) : store?.remove(e.key));
    await this.refresh();
  }

  async clear(): Promise<void> {
    const store = await this.getStore();
    await store?.clear();
    await this.refresh();
  }

  /** False only when the count says so or was never written (unreadable storage: wait). */
  private mayHaveUserLayers(): boolean {
    const n = readPref(USER_COUNT_KEY);
    return n !== null && n !== '0';
  }

  private rememberUserCount(): void {
    writePref(USER_COUNT_KEY, String(this.user.length));
  }

  setUseUser(on: boolean): void {
    this.useUser = on;
    writePref(USE_USER_KEY, on ? '1' : '0');
  }
}

const KEY = Symbol('data-state');
export function provideData(s: DataState): DataState {
  return setContext(KEY, s);
}
export function useData(): DataState {
  return getContext<DataState>(KEY);
}
