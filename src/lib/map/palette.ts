// Colours shared by map layers and legends (pure: no map imports, so the UI legend can use it).
import { CATEGORIES, type Category } from '../data/schema';

/** 14 distinguishable colours for the one-town-one-industry fill (ColorBrewer Set3 + Paired tones, and a sage
 *  instead of Set3's grey #d9d9d9, which read as the no-industry fallback #dddddd); neighbouring towns ΔE ≥ 10
 *  apart to a deuteranope and a protanope too (江川路街道's yellow and 古美街道's pink were a second teal, as
 *  莘庄工业区's, and a lilac that a deuteranope saw as 七宝镇's blue; palette.test.ts). */
const INDUSTRY_COLOURS = [
  '#ffd92f', '#fdb462', '#fb9a99', '#fb8072', '#80b1d3', '#b3de69',
  '#fccde5', '#bc80bd', '#ccebc5', '#ffed6f', '#a6cee3', '#e5c494', '#94b06c', '#66c2a5',
];

/** A town whose industry has no colour (none given). */
export const NO_INDUSTRY_COLOUR = '#dddddd';

/** Assigns colours to industries in the order given (e.g. appendix order), one per distinct name. */
export function industryColours(industries: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of industries) {
    if (!out.has(name)) out.set(name, INDUSTRY_COLOURS[out.size % INDUSTRY_COLOURS.length]);
  }
  return out;
}

export const CATEGORY_COLOURS: Record<Category, string> = {
  医疗: '#d62728',
  养老: '#ff7f0e',
  教育: '#a6761d',
  文化: '#9467bd',
  体育: '#17becf',
  商业: '#bcbd22',
  公园: '#1b9e3a',
  交通: '#1f77b4',
  政务: '#8c564b',
};

export const STATION_COLOUR = '#c2185b';
export const INSTITUTION_COLOUR = '#5e35b1';
export const ENTERPRISE_COLOUR = '#37474f';
export const RIVER_COLOUR = '#4f8fd6';

export function categoryColour(c: string): string {
  return (CATEGORY_COLOURS as Record<string, string>)[c] ?? '#777777';
}

export { CATEGORIES };
