// The key to the siting layers, shown over the map (Overlay.svelte): only the symbols the map
// shows now; and whether a position is being chosen (the aim at the map's
// centre). The Panel sets both; the Overlay is its sibling.
import type { AppState } from '../../lib/state/app.svelte';
import { asideIn } from '../../lib/i18n/messages';
import type { Subject } from './demand';
import { AFTER, SITE, UNREACHED } from './map-layers';
import type { STRINGS } from './strings';

/** One entry of the key: a dot of the layer's colour with its ring. */
export interface KeyItem {
  colour: string;
  label: string;
  ring: string;
}

export interface Shown {
  /** the colour of the base layer that draws the existing sites (stations or the facility type), '' if none is drawn */
  existing: string;
  /** what they are, as the reach counts them (countedAs) */
  what: string;
  /** their positions' precisions: a town-precision point is drawn as a ring, the others solid */
  precisions: string[];
  grid: boolean;
  unreached: boolean;
  after: boolean;
  sites: boolean;
  locked: boolean;
  own: boolean;
}

export function sitingKey(s: (typeof STRINGS)['zh'], on: Shown): KeyItem[] {
  const key: KeyItem[] = [];
  const add = (shown: boolean, colour: string, label: string, ring = '#fff') => shown && key.push({ colour, label, ring });
  // grid cells are drawn without a ring
  const ring = on.grid ? UNREACHED : '#212121';
  // the base map draws them, as in 地图浏览: a dot, and a ring for those known only by their town (a counted
  // 新意城 was drawn as a ring beside a key of a dot alone); what they reach is not marked red
  const solid = on.precisions.some((p) => p !== 'town');
  add(!!on.existing && solid, on.existing, on.what, on.existing);
  add(!!on.existing && on.precisions.includes('town'), '#fff', solid ? s.keyTown : on.what, on.existing);
  add(on.unreached, UNREACHED, on.grid ? s.keyUnreachedCells : s.keyUnreached, ring);
  add(on.after, AFTER, s.keyAfter, on.grid ? AFTER : ring);
  add(on.sites, SITE, s.keySite);
  add(on.locked, SITE, s.keyLocked, '#212121');
  add(on.own, '#fff', s.keyCand, SITE);
  return key;
}

/** The existing sites the reach counts, named as such: 现有站点（计量）, 现有设施（养老）, not 现有站点（底图图层） for
 * every subject (review 25); those it leaves out (being set up, another service or type) are faded (map-layers.ts) */
export function countedAs(s: (typeof STRINGS)['zh'], x: Subject, app: Pick<AppState, 'locale' | 'v'>): string {
  return x.kind === 'stations'
    ? s.keyExisting + (x.service ? asideIn(app.locale, app.v(x.service)) : '')
    : s.keyFacilities + asideIn(app.locale, app.v(x.category) + (x.subtype ? `/${app.v(x.subtype)}` : ''));
}

class KeyState {
  items = $state.raw<KeyItem[]>([]);
  /** a candidate or a site's new position is being chosen: Enter on the focused map puts it at the centre */
  aim = $state(false);
}
const states = new WeakMap<AppState, KeyState>();
export function keyFor(app: AppState): KeyState {
  let k = states.get(app);
  if (!k) states.set(app, (k = new KeyState()));
  return k;
}
