// The data set the app shows: the embedded pack, later replaceable by a planner's own data.
import { getContext, setContext } from 'svelte';
import type { DataPack } from '../io/pack-types';

export class DataState {
  pack = $state.raw<DataPack | null>(null);
  error = $state<string | null>(null);
  /** 'embedded' or the name of the user's data set. */
  origin = $state('embedded');

  async load(loader: () => Promise<DataPack>) {
    try {
      this.pack = await loader();
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }
}

const KEY = Symbol('data-state');
export function provideData(s: DataState): DataState {
  return setContext(KEY, s);
}
export function useData(): DataState {
  return getContext<DataState>(KEY);
}
