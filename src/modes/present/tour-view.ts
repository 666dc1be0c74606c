// Glue between the tour and the shared app state: which layers the tour shows, and restoring
// the user's own choice afterwards. Also the footer line every slide, PNG and page carries.
import type { AppState, LayerKey } from '../../lib/state/app.svelte';
import type { DataPack } from '../../lib/io/pack-types';
import { boundaryNote } from '../../lib/ui/boundary-note';
import { labelled, type Locale } from '../../lib/i18n/messages';
import { ps } from './strings';
import { dataYear } from './slides';

const TOUR_LAYERS: Record<LayerKey, boolean> = {
  district: true,
  towns: true,
  townLabels: true,
  stations: true,
  institutions: false,
  enterprises: false,
  facilities: false,
  barriers: true,
};

/** Switches to the tour's layers; returns a function that puts the user's layers back. */
export function useTourLayers(app: AppState): () => void {
  const saved = { ...app.layers };
  const selection = app.selection;
  app.selection = null;
  app.layers = { ...TOUR_LAYERS };
  return () => {
    app.layers = saved;
    app.selection = selection;
  };
}

export function setEnterprisesShown(app: AppState, on: boolean): void {
  if (app.layers.enterprises !== on) app.layers = { ...app.layers, enterprises: on };
}

/** The footer's parts; `keep`: not to be broken across lines (the 审图号 is one legal string). */
export function footerParts(pack: DataPack, locale: Locale, approval: string): { text: string; keep: boolean }[] {
  const parts = [
    { text: ps(locale, 'footerSources'), keep: false },
    { text: boundaryNote(pack, locale), keep: false },
    { text: labelled(locale, ps(locale, 'dataYear'), dataYear(pack)), keep: true },
  ];
  if (approval.trim()) parts.push({ text: labelled(locale, ps(locale, 'approval').replace(/\s*\(.*\)$/, ''), approval.trim()), keep: true });
  return parts;
}

/** Between the footer's parts: a full-width bar in Chinese, a plain one in English (review 24). */
export const footerSeparator = (locale: Locale) => (locale === 'en' ? ' | ' : ' ｜ ');

/** The footer as one line of text; a part that must stay whole (the data year, the 审图号) has no-break spaces. */
export function footerText(pack: DataPack, locale: Locale, approval: string): string {
  return footerParts(pack, locale, approval).map((p) => (p.keep ? p.text.replace(/ /g, '\u00a0') : p.text)).join(footerSeparator(locale));
}
