// The reference answer: score every matching point, keep the k best. Used by the property
// tests and as the baseline of bench/nearest.ts.
import { offer, queryContext, score, toRows, type NearestQuery, type NearestResult, type Scored } from './query.ts';
import type { ServiceIndex } from './service-index.ts';

export function nearestBruteForce(index: ServiceIndex, q: NearestQuery): NearestResult {
  const ctx = queryContext(index, q);
  if (!ctx.filter || ctx.k === 0) return { rows: [], examined: 0 };
  const best: Scored[] = [];
  let examined = 0;
  for (let i = 0; i < index.ids.length; i++) {
    if (!ctx.filter(i)) continue;
    examined++;
    offer(best, score(index, ctx, i), ctx.k);
  }
  return { rows: toRows(index, ctx, best), examined };
}
