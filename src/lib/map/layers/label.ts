import type { ExpressionSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n/messages';

/** Characters per line of a Chinese map label. */
const LABEL_LINE = 10;

/**
 * A Chinese name as map label lines: a parenthetical note starts its own line
 * (浦锦街道另一处质汇驿站（文旅企业内）), so a wrapped label never begins a line with its
 * punctuation, and a long part is cut into even lines of at most LABEL_LINE characters, never inside
 * a quotation (品汇工作站 / “丝路食品”质量提升站点), a number or before closing punctuation.
 * Names without Chinese, or short and without a note, come back unchanged.
 */
export function labelLines(name: string): string {
  const i = name.search(/[（(]/);
  const parts = i >= 2 ? [name.slice(0, i).trimEnd(), name.slice(i)] : [name];
  return (/[\u3400-\u9fff]/.test(name) ? parts.map(evenLines) : parts).join('\n');
}

function evenLines(s: string): string {
  const n = Math.ceil(s.length / LABEL_LINE);
  const lines: string[] = [];
  let start = 0;
  for (let k = 1; k < n; k++) {
    let at = Math.round((s.length * k) / n);
    const open = s.lastIndexOf('“', at - 1);
    if (open > start && open > s.lastIndexOf('”', at - 1)) at = open;
    while (at > start + 1 && /\w\w/.test(s.slice(at - 1, at + 1))) at--;
    if (/[，。、：；）)”]/.test(s[at] ?? '')) at++;
    if (at >= s.length) break;
    lines.push(s.slice(start, at));
    start = at;
  }
  lines.push(s.slice(start));
  return lines.join('\n');
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
