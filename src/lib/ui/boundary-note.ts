// What the map's town areas are, in words: the pack's approximate partition, or the planner's file(s).
import type { DataPack } from '../io/pack-types';
import { MESSAGES, labelled, listIn, type Locale } from '../i18n/messages';

export function boundaryNote(pack: Pick<DataPack, 'boundaries'>, locale: Locale): string {
  const areas = pack.boundaries.features;
  if (areas.some((f) => f.properties?.precision === 'approximate')) return MESSAGES[locale].boundariesApproximate;
  const files = [...new Set(areas.map((f) => String(f.properties?.source ?? '')).filter(Boolean))];
  return labelled(locale, MESSAGES[locale].boundariesImported, listIn(locale, files));
}
