// Remembers the column mapping a planner chose, keyed by layer + the file's set of headers, so the
// next export from the same spreadsheet maps itself (localStorage; any Storage-like object).
import type { Mapping } from '../data/index.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = 'zhihui.mapping.v1:';

/** Same header set in any order → same key. */
export function mappingKey(layer: string, headers: readonly string[]): string {
  return `${PREFIX}${layer}:${JSON.stringify([...new Set(headers)].sort())}`;
}

export function recallMapping(store: KeyValueStore | undefined, layer: string, headers: readonly string[]): Mapping | null {
  if (!store || headers.length === 0) return null;
  try {
    const raw = store.getItem(mappingKey(layer, headers));
    if (!raw) return null;
    const m = JSON.parse(raw) as Mapping;
    // only columns that still exist
    return Object.fromEntries(Object.entries(m).filter(([, h]) => typeof h === 'string' && headers.includes(h)));
  } catch {
    return null;
  }
}

export function rememberMapping(store: KeyValueStore | undefined, layer: string, headers: readonly string[], mapping: Mapping): void {
  if (!store || headers.length === 0) return;
  try {
    store.setItem(mappingKey(layer, headers), JSON.stringify(mapping));
  } catch {
    // a full localStorage only loses the convenience, never data
  }
}
