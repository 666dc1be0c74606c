import type { ExpressionSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n/messages';

/**
 * A Chinese name as map label lines: a parenthetical note starts its own line
 * (浦锦街道质汇驿站（文旅企业内，2024年新增）), so a wrapped label never begins a line with its
 * punctuation. Names without one come back unchanged.
 */
export function labelLines(name: string): string {
  const i = name.search(/[（(]/);
  return i >= 2 ? `${name.slice(0, i).trimEnd()}\n${name.slice(i)}` : name;
}

/**
 * The label text for a feature in the current language (English falls back to Chinese). Point
 * features carry `label` (labelLines of their name) when it differs from the name.
 */
export function labelExpr(locale: Locale): ExpressionSpecification {
  if (locale === 'zh') return ['coalesce', ['get', 'label'], ['get', 'name']];
  return [
    'case',
    ['any', ['!', ['has', 'name_en']], ['==', ['get', 'name_en'], '']],
    ['get', 'name'],
    ['get', 'name_en'],
  ];
}
