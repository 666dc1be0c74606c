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

/**
 * Puts `search` in the address bar (nothing happens if unchanged): a new history entry for a step
 * the planner takes (a mode, a town), so Back returns to it; otherwise the entry is replaced.
 */
export function replaceSearch(search: string, push = false): void {
  if (search !== location.search) history[push ? 'pushState' : 'replaceState'](history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** Parameters that belong to one mode's view (找服务's query) and go when another mode opens. */
const MODE_VIEW = ['at', 'crs', 'service', 'travel', 'speed', 'planned', 'label', 'kinds', 'slide'];

/** `search` for opening `mode`: ?mode= (none for the map view), without the last mode's own parameters. */
export function withMode(search: string, mode: string): string {
  return MODE_VIEW.reduce((s, k) => withParam(s, k, null), withParam(search, 'mode', mode === 'explore' ? null : mode));
}
