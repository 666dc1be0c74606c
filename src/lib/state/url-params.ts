// Reading and writing single query parameters of the page URL, so a view can be shared as a
// link (?town=浦江镇, ?mode=nearest&…). Pure (strings in, strings out) except replaceSearch.

/** The trimmed value of `key` in `search`, or null when absent or blank. */
export function readParam(search: string, key: string): string | null {
  const v = new URLSearchParams(search).get(key)?.trim();
  return v ? v : null;
}

/** `search` with `key` set to `value` (or removed for null); other parameters are kept. */
export function withParam(search: string, key: string, value: string | null): string {
  const q = new URLSearchParams(search);
  if (value === null) q.delete(key);
  else q.set(key, value);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Puts `search` in the address bar without a new history entry (nothing happens if unchanged). */
export function replaceSearch(search: string): void {
  if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}
