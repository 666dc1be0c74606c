// A file whose columns do not fit the layer chosen but fit another (a facility list dropped on
// 质汇驿站, the first layer, is refused for its missing 状态 column): which layer it fits best.
import { suggestMapping } from '../../lib/data/headers';
import { LAYER_FIELDS, type PointLayer } from '../../lib/data/schema';

/** Columns of `headers` the layer reads, or -1 when a column it needs is missing (id and source are made up). */
function fit(layer: PointLayer, headers: readonly string[]): number {
  const m = suggestMapping(layer, headers);
  return LAYER_FIELDS[layer].every((d) => !d.required || d.key in m || d.key === 'id' || d.key === 'source') ? Object.keys(m).length : -1;
}

/** The layer the file fits with the most columns read, when it does not fit `layer`; else null. */
export function betterLayer(layer: PointLayer, headers: readonly string[]): PointLayer | null {
  if (!headers.length || fit(layer, headers) >= 0) return null;
  let best: PointLayer | null = null;
  let most = 0;
  for (const l of Object.keys(LAYER_FIELDS) as PointLayer[]) {
    const n = fit(l, headers);
    if (n > most) [best, most] = [l, n];
  }
  return best;
}
