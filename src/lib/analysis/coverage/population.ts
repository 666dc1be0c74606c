// Population per cell from per-town counts (spread uniformly over the town's district cells)
// or from counted points. Never invents figures: with no input there is no population.
import { cellCoords, projectionOf, type Grid } from './grid.ts';
import type { PopulationInput, Warning } from './types.ts';

export function populationGrid(grid: Grid, input: PopulationInput, warnings: Warning[]): Float64Array {
  const pop = new Float64Array(grid.width * grid.height);
  if (input.kind === 'towns') {
    const perCell = grid.townNames.map((name, t) => (input.counts[name] ?? 0) / Math.max(1, grid.townCells[t]));
    for (const name of Object.keys(input.counts)) {
      if (!grid.townNames.includes(name)) {
        warnings.push({ code: 'unknown-town', zh: `人口数据中的街镇「${name}」不在街镇边界中`, en: `Population town "${name}" is not among the town boundaries` });
      }
    }
    for (let c = 0; c < pop.length; c++) if (grid.mask[c] && grid.townIndex[c] >= 0) pop[c] = perCell[grid.townIndex[c]];
    return pop;
  }
  const proj = projectionOf(grid);
  let outside = 0;
  for (const p of input.points) {
    const [u, v] = cellCoords(grid, proj, p.lng, p.lat);
    const i = Math.round(u), j = Math.round(v);
    const c = j * grid.width + i;
    if (i < 0 || j < 0 || i >= grid.width || j >= grid.height || !grid.mask[c]) { outside += p.count; continue; }
    pop[c] += p.count;
  }
  if (outside > 0) {
    warnings.push({ code: 'population-outside', zh: `${outside} 人的人口点位于区界之外，未计入`, en: `${outside} people in population points lie outside the district and were ignored` });
  }
  return pop;
}
