// UI state of the whole app as one Svelte 5 runes class, handed down through context.
import { getContext, setContext } from 'svelte';
import { CATEGORIES, type Category } from '../data/schema';
import { MESSAGES, vocab, type Locale, type MessageKey } from '../i18n/messages';
import { englishReady } from '../i18n/catalog';
import { POINT_LAYER_KEYS, type PointLayerKey, type PointRef } from '../io/pack-records';
import { readPref, writePref } from './prefs';
import { readParam, replaceSearch, withParam } from './url-params';

export type Mode = 'explore' | 'coverage' | 'nearest' | 'siting' | 'present' | 'import';
export const MODES: readonly Mode[] = ['explore', 'coverage', 'nearest', 'siting', 'present', 'import'];

export type LayerKey =
  | 'district'
  | 'towns'
  | 'townLabels'
  | 'stations'
  | 'institutions'
  | 'enterprises'
  | 'facilities'
  | 'barriers';
export const LAYER_KEYS: readonly LayerKey[] = [
  'district',
  'towns',
  'townLabels',
  'stations',
  'institutions',
  'enterprises',
  'facilities',
  'barriers',
];

export interface Selection {
  layer: PointLayerKey | 'towns' | 'crossings';
  id: string;
  /** Other points under the same click (points at one spot can only be told apart here). */
  here?: PointRef[];
}

const LOCALE_KEY = 'zhihui.locale';

/** A parameter of the page's URL (none outside a browser, e.g. in unit tests). */
function pageParam(key: string): string | null {
  return readParam(globalThis.location?.search ?? '', key);
}

/** The UI language a page asks for: ?lang=, else the saved choice, else Chinese. */
export function requestedLocale(): Locale {
  const q = pageParam('lang');
  if (q === 'en' || q === 'zh') return q;
  const saved = readPref(LOCALE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return 'zh';
}

/** The language the page opens in: the one asked for, but Chinese when the English could not be loaded. */
function initialLocale(): Locale {
  const l = requestedLocale();
  return l === 'en' && !englishReady() ? 'zh' : l;
}

/** ?town=<name> opens the map on that town, highlighted, with its details (a shareable view). */
function initialTown(): string | null {
  return pageParam('town');
}

/** ?place=<layer>:<id> (e.g. stations:st-hq-wanxiang) opens the map on that point with its details. */
function parsePlace(value: string | null): PointRef | null {
  const m = /^(\w+):(.+)$/.exec(value ?? '');
  return m && (POINT_LAYER_KEYS as readonly string[]).includes(m[1]) ? { layer: m[1] as PointLayerKey, id: m[2] } : null;
}

/** A ?town= link shows the town's details in the map view; another mode keeps the town picked, without the card. */
function townDetails(mode: Mode, town: string | null): Selection | null {
  return town && mode === 'explore' ? { layer: 'towns', id: town } : null;
}

/** ?mode=<id> opens that mode (shareable links of the analysis modes). */
function initialMode(): Mode {
  const q = pageParam('mode');
  return (MODES as readonly string[]).includes(q ?? '') ? (q as Mode) : 'explore';
}

function unknownModeParam(): string | null {
  const q = pageParam('mode');
  return q && !(MODES as readonly string[]).includes(q) ? q : null;
}

export class AppState {
  locale = $state<Locale>(initialLocale());
  mode = $state<Mode>(initialMode());
  /** The point a ?place= link opened with (the map goes to it once), or null. */
  readonly linkedPlace = parsePlace(pageParam('place'));
  // every layer on, but the enterprises: on when a ?place= link names one (it showed only the selection ring)
  layers = $state<Record<LayerKey, boolean>>(
    Object.fromEntries(LAYER_KEYS.map((k) => [k, k !== 'enterprises' || this.linkedPlace?.layer === 'enterprises'])) as Record<LayerKey, boolean>,
  );
  categories = $state<Record<Category, boolean>>(
    Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  );
  /** A ?mode= the app does not have (a stale or mistyped link): the map view opens and says so. */
  unknownMode = $state(unknownModeParam());
  focusTown = $state<string | null>(initialTown());
  /** A ?town= the data does not have under any of its names, said once the data is in (then dropped). */
  unknownTown = $state<string | null>(null);
  selection = $state<Selection | null>(this.linkedPlace ?? townDetails(this.mode, this.focusTown));
  showDataInfo = $state(false);
  /** Set by a mode that takes the whole screen for a while (the running tour, a print page). */
  fullscreen = $state(false);
  /** A line a mode adds to the details of the selected point (找服务: the trip to it), or ''. */
  detailsNote = $state('');
  /** The town the tour's slide or its print page shows ('' for the whole district); null outside them. */
  slideTown = $state<string | null>(null);
  /** Points the map keeps in view when it brings a selected one out from under the details (找服务's start and results). */
  anchor = $state.raw<[number, number][]>([]);
  /** A file dropped outside a drop zone (on the map), for 导入数据 to read. */
  dropped = $state.raw<File | null>(null);

  t = (key: MessageKey): string => MESSAGES[this.locale][key];
  /** English for the pack's type, role, host and award words (data/names-en.json), once fetched. */
  names = $state.raw<Record<string, string>>({});
  v = (value: string): string => (this.locale === 'en' && this.names[value]) || vocab(value, this.locale);

  setLocale(l: Locale) {
    this.locale = l;
    writePref(LOCALE_KEY, l);
    this.langInUrl();
  }

  /** The address says the language too, so a reload or a shared link opens in the one now shown (?lang wins over the saved choice). */
  private langInUrl() {
    replaceSearch(withParam(location.search, 'lang', this.locale === 'en' ? 'en' : null));
  }


  /** Back or Forward in the browser: the mode, town and details the URL names; the language stays, and the URL says it (review 19). */
  fromUrl() {
    this.mode = initialMode();
    this.focusTown = initialTown();
    this.selection = parsePlace(pageParam('place')) ?? townDetails(this.mode, this.focusTown);
    this.langInUrl();
  }
}

const KEY = Symbol('app-state');
export function provideApp(s: AppState): AppState {
  return setContext(KEY, s);
}
export function useApp(): AppState {
  return getContext<AppState>(KEY);
}
