// Small settings kept in localStorage. Storage can be missing or throw (private mode, a full
// quota, a sandboxed frame): a setting then simply lasts for this session only.

/** The saved value; null when never saved; undefined when storage cannot be read at all. */
export function readPref(key: string): string | null | undefined {
  try {
    const storage = globalThis.localStorage;
    return storage ? storage.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a value if storage allows; never throws. */
export function writePref(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* the setting still applies for this session */
  }
}
