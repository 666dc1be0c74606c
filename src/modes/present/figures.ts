// Parses a town's headline figures ("label: value unit (year)", ';'-separated) and finds the
// figures that are comparable across towns (same label, unit and year). Pure TypeScript.
import type { TownRecord } from '../../lib/data/schema';

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

/**
 * The first figure of `town` that at least one other town also reports under the same label,
 * unit and year (so bars compare like with like); null when none is comparable.
 */
export function comparableGroup(towns: readonly TownRecord[], town: string): ComparableGroup | null {
  const own = towns.find((t) => t.name === town);
  if (!own) return null;
  const parsed = towns.map((t) => ({ town: t.name, figs: parseFigures(t.figures) }));
  for (const f of parseFigures(own.figures)) {
    if (!Number.isFinite(f.num)) continue;
    const items = parsed.flatMap((p) =>
      p.figs
        .filter((g) => g.label === f.label && g.unit === f.unit && g.year === f.year && Number.isFinite(g.num))
        .slice(0, 1)
        .map((g) => ({ town: p.town, value: g.value, num: g.num })),
    );
    if (items.length >= 2) return { label: f.label, unit: f.unit, year: f.year, items };
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
