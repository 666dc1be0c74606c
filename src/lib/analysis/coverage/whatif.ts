// "What if a facility were here?": covered area per town before and after adding hypothetical
// facilities. Only the categories of the added facilities are recomputed.
import { computeCoverage, type CoverageCache } from './engine.ts';
import type { CoverageInput, FacilityPoint, Warning } from './types.ts';

export interface WhatIfRow {
  town: string;
  category: string;
  beforeKm2: number;
  afterKm2: number;
  gainKm2: number;
  /** null in a town the category had no data for (CoverageInput.scopes), or anywhere when it had no facility: its share there was no figure. */
  beforeShare: number | null;
  /** null for 全区 when the category has data for some towns only, as the town table leaves it blank (review 24). */
  afterShare: number | null;
  /** null when no population was loaded. */
  beforePopulationShare: number | null;
  afterPopulationShare: number | null;
}

export interface WhatIfResult {
  rows: WhatIfRow[];
  warnings: Warning[];
}

export function whatIf(input: CoverageInput, added: readonly FacilityPoint[], cache?: CoverageCache): WhatIfResult {
  const categories = [...new Set(added.map((f) => f.category))];
  // (the shares only: no gaps, the costliest statistic)
  const base = { ...input, categories, largestGaps: false };
  const before = computeCoverage(base, cache);
  const after = computeCoverage({ ...base, facilities: [...input.facilities, ...added] }, cache);
  const rows: WhatIfRow[] = [];
  before.towns.forEach((tb, r) => {
    const ta = after.towns[r];
    tb.categories.forEach((cb, k) => {
      const ca = ta.categories[k];
      const scope = input.scopes?.[cb.category];
      // a category with no facility before (养老, none in the pack) had no figure anywhere, not 0 % (review 28),
      // and its 全区 after is blank as the town table leaves it (the what-if's towns its only data)
      const none = !input.facilities.some((f) => f.category === cb.category);
      const whole = (!!scope || none) && r === before.towns.length - 1;
      rows.push({
        town: tb.name, category: cb.category,
        beforeKm2: cb.coveredKm2, afterKm2: ca.coveredKm2, gainKm2: ca.coveredKm2 - cb.coveredKm2,
        beforeShare: none || (scope && !scope.includes(tb.name)) ? null : cb.coveredShare, afterShare: whole ? null : ca.coveredShare,
        beforePopulationShare: cb.populationShare, afterPopulationShare: ca.populationShare,
      });
    });
  });
  return { rows, warnings: before.warnings.filter((w) => w.code !== 'empty-category') };
}
