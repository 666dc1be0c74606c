// Parses a town's headline figures ("label: value unit (year)", ';'-separated) and finds the
// figures that are comparable across towns (same label, unit and year). Pure TypeScript.
import type { TownRecord } from '../../lib/data/schema';
import type { Locale } from '../../lib/i18n/messages';

export interface Figure {
  label: string;
  /** the value as written, qualifiers kept (e.g. ">249", "约80", "390余") */
  value: string;
  /** the number inside value, NaN if none */
  num: number;
  unit: string;
  year: string;
  raw: string;
}

const FIGURE_RE = /^(.+?)[:：]\s*(\S+)\s*(.*?)\s*(?:[(（]([^()（）]+)[)）])?\s*$/;

export function parseFigures(figures: string): Figure[] {
  return figures
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((raw) => {
      const m = FIGURE_RE.exec(raw);
      if (!m) return { label: raw, value: '', num: NaN, unit: '', year: '', raw };
      const value = m[2];
      const n = /-?\d+(?:\.\d+)?/.exec(value);
      return { label: m[1].trim(), value, num: n ? Number(n[0]) : NaN, unit: m[3].trim(), year: m[4] ?? '', raw };
    });
}

export interface ComparableGroup {
  label: string;
  unit: string;
  year: string;
  items: { town: string; value: string; num: number }[];
}

/** A town's figures as written and as shown (the same array when not translated). */
function bothFigures(t: Pick<TownRecord, 'figures' | 'figures_en'>, locale: Locale): { figs: Figure[]; shown: Figure[] } {
  const figs = parseFigures(t.figures);
  const en = locale === 'en' && t.figures_en ? parseFigures(t.figures_en) : [];
  return { figs, shown: en.length === figs.length ? en : figs };
}

/**
 * A town's figures in the UI language: in English its `figures_en` when that lists as many figures
 * as `figures` (the same figures in the same order); otherwise the figures as written.
 */
export function figuresIn(t: Pick<TownRecord, 'figures' | 'figures_en'>, locale: Locale): Figure[] {
  return bothFigures(t, locale).shown;
}

/**
 * The first figure of `town` that at least one other town also reports under the same label,
 * unit and year (so bars compare like with like); null when none is comparable. Figures are
 * matched as written, so both languages compare the same towns; the group is shown in English
 * only when every town in it has its figures in English (units such as 亿元 are converted there).
 */
export function comparableGroup(towns: readonly TownRecord[], town: string, locale: Locale = 'zh'): ComparableGroup | null {
  const parsed = towns.map((t) => ({ town: t.name, ...bothFigures(t, locale) }));
  const own = parsed.find((p) => p.town === town);
  if (!own) return null;
  for (const [fi, f] of own.figs.entries()) {
    if (!Number.isFinite(f.num)) continue;
    const hits = parsed.flatMap((p) => {
      const gi = p.figs.findIndex((g) => g.label === f.label && g.unit === f.unit && g.year === f.year && Number.isFinite(g.num));
      return gi < 0 ? [] : [{ p, gi }];
    });
    if (hits.length < 2) continue;
    const translated = hits.every(({ p }) => p.shown !== p.figs);
    const pick = (p: (typeof parsed)[number], i: number) => (translated ? p.shown : p.figs)[i];
    const head = pick(own, fi);
    return {
      label: head.label,
      unit: head.unit,
      year: head.year,
      items: hits.map(({ p, gi }) => ({ town: p.town, value: pick(p, gi).value, num: pick(p, gi).num })),
    };
  }
  return null;
}

/** The latest year any figure refers to (e.g. "2024" from "(2023-2024)"), or '' if none. */
export function latestYear(towns: readonly TownRecord[]): string {
  let best = 0;
  for (const t of towns) {
    for (const f of parseFigures(t.figures)) {
      for (const y of f.year.match(/\d{4}/g) ?? []) best = Math.max(best, Number(y));
    }
  }
  return best ? String(best) : '';
}

/** The industry name without its parenthesised detail, for legends. */
export function shortIndustry(industry: string): string {
  return industry.replace(/[（(].*?[)）]/g, '').trim() || industry;
}
