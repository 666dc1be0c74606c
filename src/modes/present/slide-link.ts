// A tour slide as a link parameter (?mode=present&slide=浦江镇): a town's slide by the town's name,
// the first and last slides by a word, so a presenter can open the tour where the talk starts and a
// reload keeps the slide.
import type { TownRecord } from '../../lib/data/schema';
import { townNamed } from '../../lib/io/pack-records';
import type { Slide } from './slides';

/** The ?slide= value of a slide: its town's name, `overview` or `summary`. */
export function slideParam(s: Slide): string {
  return s.kind === 'town' ? s.town : s.kind === 'overview' ? 'overview' : 'summary';
}

/**
 * The index of the slide a ?slide= value names: a town by its name, short name or English
 * name, `overview` / `summary` (or 总览 / 小结), or a slide number from 1; -1 for none.
 */
export function slideIndexOf(slides: readonly Slide[], towns: readonly Pick<TownRecord, 'name' | 'name_en' | 'alias' | 'code'>[], value: string): number {
  const v = value.trim();
  if (/^(overview|总览)$/i.test(v)) return slides.findIndex((s) => s.kind === 'overview');
  if (/^(summary|closing|小结)$/i.test(v)) return slides.findIndex((s) => s.kind === 'closing');
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= slides.length ? n - 1 : -1;
  }
  const town = townNamed(towns, v);
  return town ? slides.findIndex((s) => s.kind === 'town' && s.town === town) : -1;
}
