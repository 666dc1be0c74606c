// Remembers what a planner chose for a file — the column mapping, and the coordinate system and
// precision when chosen by hand — keyed by layer + the file's set of headers, so the next export
// from the same spreadsheet is read the same way (localStorage; any Storage-like object).
import type { Mapping } from '../data/index.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The choices kept for a header set: `crs` only when picked by hand (not the automatic reading). */
export interface ImportChoices {
  mapping: Mapping;
  crs?: string;
  exact?: boolean;
}

const PREFIX = 'zhihui.mapping.v1:';

/** Same header set in any order → same key. */
export function mappingKey(layer: string, headers: readonly string[]): string {
  return `${PREFIX}${layer}:${JSON.stringify([...new Set(headers)].sort())}`;
}

export function recallChoices(store: KeyValueStore | undefined, layer: string, headers: readonly string[]): ImportChoices | null {
  if (!store || headers.length === 0) return null;
  try {
    const raw = store.getItem(mappingKey(layer, headers));
    if (!raw) return null;
    // stored before the CRS was kept: the mapping alone
    const kept = JSON.parse(raw) as ImportChoices | Mapping;
    const c: ImportChoices = typeof kept.mapping === 'object' ? (kept as ImportChoices) : { mapping: kept as Mapping };
    // only columns that still exist
    return { ...c, mapping: Object.fromEntries(Object.entries(c.mapping).filter(([, h]) => typeof h === 'string' && headers.includes(h))) };
  } catch {
    return null;
  }
}

export function rememberChoices(store: KeyValueStore | undefined, layer: string, headers: readonly string[], choices: ImportChoices): void {
  if (!store || headers.length === 0) return;
  try {
    store.setItem(mappingKey(layer, headers), JSON.stringify(choices));
  } catch {
    // a full localStorage only loses the convenience, never data
  }
}
