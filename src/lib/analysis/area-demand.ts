// 驿站选址's area demand, built in the analysis worker with the solve (on the page its ~9,300 cells at
// 200 m took ~220 ms). Not in siting/, whose files the page loads too (vite.config.ts's routes chunk). Pure.
import { areaTownOf, type TownAreas } from '../data/areas.ts';
import { gridCandidates, type Outline } from './siting/grid.ts';
import type { DemandPoint } from './siting/types.ts';

/** Area demand: the grid cells of the district (or of one town, or of the towns `scope` names), each weight 1, with its town (looked up once). */
export interface GridDemand {
  outline: Outline;
  towns: TownAreas;
  spacing: number;
  town: string | null;
  scope: readonly string[] | null;
}

export function gridDemand(g: GridDemand): DemandPoint[] {
  return gridCandidates(g.outline, g.spacing).flatMap(({ lng, lat }) => {
    const town = areaTownOf(g.towns, lng, lat) ?? '';
    return (!g.town || town === g.town) && (!g.scope || g.scope.includes(town)) ? [{ lng, lat, weight: 1, town }] : [];
  });
}
