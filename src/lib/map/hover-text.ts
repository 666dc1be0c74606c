// What the hover tip over the map's points says: the name of the point a click there opens (a
// station before the enterprise rings drawn over it, as MapLayers' click; review 25: the tip named
// the ring, the click opened the station), what it is and its town, and how many points share the
// spot. Pure: no DOM, no map.
import type { Locale, MessageKey } from '../i18n/messages';
import { vocab } from '../i18n/messages';
import { fmt } from '../i18n/catalog';

export interface HoverHit {
  /** The MapLibre layer id, e.g. 'stations-circle'. */
  layer: string;
  properties: Record<string, unknown>;
}

export interface HoverText {
  title: string;
  detail: string;
  hint: string;
}

const KIND: Record<string, MessageKey> = {
  'stations-circle': 'kindStation',
  'institutions-circle': 'kindInstitution',
  'enterprises-circle': 'kindEnterprise',
  'crossings-circle': 'legendCrossing',
};

/** `hits` topmost first, as queryRenderedFeatures returns them (tile copies are counted once). */
export function hoverText(
  hits: readonly HoverHit[],
  locale: Locale,
  t: (k: MessageKey) => string,
  townName: (town: string) => string = (town) => town,
  word: (value: string) => string = (value) => vocab(value, locale),
): HoverText | null {
  if (!hits.length) return null;
  const seen = new Set(hits.map((h) => `${h.layer}/${String(h.properties.id ?? h.properties.name)}`));
  const hit = hits.find((h) => h.layer === 'stations-circle') ?? hits[0];
  const top = hit.properties;
  const name = String(top.name ?? '');
  const title = locale === 'en' && top.name_en ? String(top.name_en) : name;
  const kindKey = KIND[hit.layer];
  const kind = kindKey
    ? t(kindKey)
    : [word(String(top.category ?? '')), word(String(top.subtype ?? ''))].filter(Boolean).join(' · ');
  const detail = [kind, townName(String(top.town ?? ''))].filter(Boolean).join(' · ');
  const hint = seen.size > 1 ? fmt(t('hoverMore'), { n: seen.size }) : t('hoverClick');
  return { title, detail, hint };
}
