// What the 驿站选址 panel holds (settings, candidates, suggested sites and the last result)
// outlives the panel, so a planner who looks at another mode and comes back finds the work as
// left. One memory per app instance, used again as it is while the data pack is the same one.
// The settings and sites are also kept in localStorage: after a reload, or on other data (an
// import), the panel opens with them and scores the sites afresh.
import type { AppState } from '../../lib/state/app.svelte';
import type { DataPack } from '../../lib/io/pack-types';
import type { TravelMode } from '../../lib/analysis/travel-modes';
import type { SitingReply } from '../../lib/worker/protocol';
import type { CandidateSite, CandidateSource } from './candidates-csv';
import { readPref, writePref } from '../../lib/state/prefs';
import { uniqueIds } from '../../lib/io/user-merge';

export interface SitingSite extends CandidateSite {
  locked: boolean;
}

export interface SitingMemory {
  /** the pack it was made on; null: read back from storage before the pack was loaded */
  pack: DataPack | null;
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
  /** the file userCands were read from, to be read again in another coordinate system (null: clicked, or none) */
  candSource?: CandidateSource | null;
  k: number;
  sites: SitingSite[];
  excluded: string[];
  result: SitingReply | null;
  elapsed: number | null;
}

const memories = new WeakMap<AppState, SitingMemory>();
const KEY = 'zhihui.siting';

export function remember(app: AppState, m: SitingMemory): void {
  memories.set(app, m);
}

/** The settings and sites, kept across reloads (not the result, which is computed again). */
export function store(m: Omit<SitingMemory, 'pack' | 'result' | 'elapsed'>): void {
  writePref(KEY, JSON.stringify(m));
}

/** The memory of this app if it was made on this data pack; else what was stored, to be scored again. */
export function recall(app: AppState, pack: DataPack | null): SitingMemory | null {
  const m = memories.get(app);
  if (m && m.pack === pack) return m;
  try {
    const kept = JSON.parse(readPref(KEY) ?? 'null') as SitingMemory | null;
    return kept && Array.isArray(kept.sites) && Array.isArray(kept.userCands) && Array.isArray(kept.excluded)
      ? { ...kept, userCands: uniqueIds(kept.userCands), pack, result: null, elapsed: null } // (an older version could repeat a clicked id)
      : null;
  } catch {
    return null;
  }
}
