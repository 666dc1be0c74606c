// What the 驿站选址 panel holds (settings, candidates, suggested sites and the last result)
// outlives the panel, so a planner who looks at another mode and comes back finds the work as
// left. One memory per app instance; it is only used again while the data pack is the same one.
import type { AppState } from '../../lib/state/app.svelte';
import type { DataPack } from '../../lib/io/pack-types';
import type { TravelMode } from '../../lib/analysis/travel-modes';
import type { SitingReply } from '../../lib/worker/protocol';
import type { CandidateSite } from './candidates-csv';

export interface SitingSite extends CandidateSite {
  locked: boolean;
}

export interface SitingMemory {
  pack: DataPack;
  subject: string;
  service: string;
  operatingOnly: boolean;
  subtype: string;
  demandKind: 'enterprises' | 'grid';
  industry: string;
  town: string;
  focusWeight: number;
  gridSpacing: number;
  travel: TravelMode;
  minutes: number;
  speed: number;
  barrierAware: boolean;
  candKind: 'grid' | 'upload' | 'click';
  candSpacing: number;
  userCands: CandidateSite[];
  k: number;
  sites: SitingSite[];
  excluded: string[];
  result: SitingReply | null;
  elapsed: number | null;
}

const memories = new WeakMap<AppState, SitingMemory>();

export function remember(app: AppState, m: SitingMemory): void {
  memories.set(app, m);
}

/** The memory of this app, if it was made on this data pack. */
export function recall(app: AppState, pack: DataPack | null): SitingMemory | null {
  const m = memories.get(app);
  return m && pack && m.pack === pack ? m : null;
}
