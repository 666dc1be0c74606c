// ONE typed message map for every request the analysis worker answers, and the reply shapes.
// A request is {id, type, payload}; replies are progress / result / error, keyed by id.
// A newer request of the same type supersedes an older one: the worker stops the older run at
// its next step boundary and never posts its result; the client rejects its promise with
// SupersededError as soon as the newer one is sent.
import type { CoverageInput, CoverageProgress, CoverageResult, FacilityPoint, WhatIfResult } from '../analysis/coverage/index.ts';
import type { NearestQuery, NearestResult, ServicePoint } from '../analysis/nearest/index.ts';
import type { DemandPoint, SitePoint, SitingInput, SitingResult } from '../analysis/siting/index.ts';
import type { GridDemand } from '../analysis/area-demand.ts';
import type { BarrierCollection, CrossingInput } from '../analysis/route-distance.ts';
import type { ImportOutcome, ImportPayload } from '../io/import-job.ts';

export interface ProgressInfo {
  done: number;
  total: number;
  /** What was just finished, e.g. a category name. */
  label: string;
}

export interface WhatIfPayload {
  input: CoverageInput;
  added: FacilityPoint[];
}

/**
 * request type → payload and result. To add an engine (as the ones in src/lib/analysis/nearest/
 * and siting/ were): add an entry here and a handler in src/lib/worker/handlers.ts — the client,
 * the worker loop and supersession need no change.
 */
export interface RequestMap {
  coverage: { payload: CoverageInput; result: CoverageResult };
  whatIf: { payload: WhatIfPayload; result: WhatIfResult };
  nearest: { payload: NearestPayload; result: NearestResult };
  siting: { payload: SitingPayload; result: SitingReply };
  /** A planner's file → records + issues (src/lib/io/import-job.ts); transfer payload.bytes. */
  import: { payload: ImportPayload; result: ImportOutcome };
}

/** Nearest search: the service index is built (and cached by the points' and barriers' content) in the worker. */
export interface NearestPayload {
  points: ServicePoint[];
  barriers: BarrierCollection | null;
  crossings: CrossingInput[];
  query: Omit<NearestQuery, 'network' | 'barriers' | 'crossings'>;
}

/** Siting: solve (MCLP) or, with `evaluate`, score the given sites in that order; with `grid`, over the area grid built here (not `input.demand`). */
export interface SitingPayload {
  input: SitingInput;
  evaluate?: SitePoint[];
  grid?: GridDemand;
}

/** The siting result plus, per demand point, 1 if covered before (existing) / after (with sites); the grid's points when built here. */
export interface SitingReply extends SitingResult {
  coveredBefore: Uint8Array;
  coveredAfter: Uint8Array;
  demand?: readonly DemandPoint[];
}

export type RequestType = keyof RequestMap;
export type PayloadOf<T extends RequestType> = RequestMap[T]['payload'];
export type ResultOf<T extends RequestType> = RequestMap[T]['result'];

export type Request<T extends RequestType = RequestType> = {
  [K in T]: { id: number; type: K; payload: PayloadOf<K> };
}[T];

export type Reply<T extends RequestType = RequestType> = {
  [K in T]:
    | { kind: 'progress'; id: number; type: K; progress: ProgressInfo }
    | { kind: 'result'; id: number; type: K; result: ResultOf<K> }
    | { kind: 'error'; id: number; type: K; message: string };
}[T];

export function coverageProgress(p: CoverageProgress): ProgressInfo {
  return { done: p.done, total: p.total, label: p.category };
}
