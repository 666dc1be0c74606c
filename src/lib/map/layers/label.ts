import type { ExpressionSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n/messages';

/** The label text for a feature in the current language (English falls back to Chinese). */
export function labelExpr(locale: Locale): ExpressionSpecification {
  if (locale === 'zh') return ['get', 'name'];
  return [
    'case',
    ['any', ['!', ['has', 'name_en']], ['==', ['get', 'name_en'], '']],
    ['get', 'name'],
    ['get', 'name_en'],
  ];
}
