// The coverage mode's state, shared by its Panel and its Overlay (one instance per AppState).
import { errorText } from '../../lib/data/text';
import type { AppState } from '../../lib/state/app.svelte';
import type { DataPack } from '../../lib/io/pack-types';
import type { AnalysisClient } from '../../lib/worker/client';
import { SupersededError } from '../../lib/worker/client';
import type { ProgressInfo } from '../../lib/worker/protocol';
import type { CoverageCategory, CoverageResult, FacilityPoint, WhatIfResult } from '../../lib/analysis/coverage/index';
import { buildInput, categoryCounts, defaultSettings, facilityPoints, type CoverageSettings } from './settings';
import type { SortState } from './town-table';
import type { ViewKind } from './view';
import { recallCoverage, storeCoverage } from './memory';

/** A plain copy of the mode's $state data (objects, arrays, primitives) for the worker and the map, read
 *  deeply (so an effect calling it follows every nested change): `$state.snapshot` without its cloner (0.2 kB). */
export const plain = <T>(v: T): T =>
  (Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v) as T;

type Scopes = Record<string, Set<string>>;

export class CoverageState {
  settings = $state<CoverageSettings>(defaultSettings(true));
  view = $state<ViewKind>('composite');
  viewCategory = $state<CoverageCategory>('医疗');
  result = $state.raw<CoverageResult | null>(null);
  running = $state(false);
  /** A setting changed and its run waits for the debounce: the shown result is about to be replaced. */
  queued = $state(false);
  progress = $state<ProgressInfo | null>(null);
  runMs = $state<number | null>(null);
  runs = $state(0);
  error = $state<string | null>(null);
  hypothetical = $state<FacilityPoint[]>([]);
  hypoCategory = $state<CoverageCategory>('医疗');
  placing = $state(false);
  /** A spot to pin on the map, its times read out (a gap picked in the town table); the overlay takes it. */
  pin = $state<[number, number] | null>(null);
  whatIf = $state.raw<WhatIfResult | null>(null);
  whatIfRunning = $state(false);
  sort = $state<SortState>({ key: 'name', dir: 1 });
  /** Bumped when the map shows the raster of the current result and view (read by tests). */
  rasterKey = $state('');
  initialised = false;
  /** which categories had facilities when the selection was last followed (settings.ts followFacilities) */
  had: Record<string, boolean> = {};
  private token = 0;
  private whatIfToken = 0;

  init(pack: DataPack): void {
    if (this.initialised) return;
    // what was set before a reload (memory.ts), over this data's defaults
    Object.assign(this, recallCoverage({
      settings: defaultSettings(pack.barriers.features.length > 0, categoryCounts(facilityPoints(pack, false))),
      view: this.view, viewCategory: this.viewCategory, hypoCategory: this.hypoCategory, hypothetical: [], sort: this.sort, had: {},
    }));
    this.initialised = true;
  }

  /** Keeps what the planner set for the next reload (read by init). */
  save(): void {
    const { settings, view, viewCategory, hypoCategory, hypothetical, sort, had } = this;
    storeCoverage({ settings, view, viewCategory, hypoCategory, hypothetical, sort, had });
  }

  /** `scopes`: the towns a category of the planner's files alone has data for (settings.ts categoryScopes). */
  private input(pack: DataPack, withHypothetical: boolean, scopes: Scopes) {
    return buildInput(pack, plain(this.settings), withHypothetical ? plain(this.hypothetical) : [], scopes);
  }

  async run(client: AnalysisClient, pack: DataPack, scopes: Scopes): Promise<void> {
    const input = this.input(pack, true, scopes);
    const token = ++this.token;
    if (input.categories.length === 0) { this.result = null; this.running = false; return; }
    const t0 = performance.now();
    this.running = true;
    this.progress = { done: 0, total: input.categories.length, label: '' };
    performance.mark('coverage-run-start');
    try {
      const r = await client.run('coverage', input, (p) => { if (token === this.token) this.progress = p; });
      if (token !== this.token) return;
      performance.mark('coverage-result');
      this.result = r;
      this.runMs = performance.now() - t0;
      this.runs++;
      this.error = null;
    } catch (e) {
      if (e instanceof SupersededError || token !== this.token) return;
      this.error = errorText(e);
    } finally {
      if (token === this.token) this.running = false;
    }
  }

  /** `scopes` without the what-if facilities: a town one of them gives data had none before it. */
  async runWhatIf(client: AnalysisClient, pack: DataPack, scopes: Scopes): Promise<void> {
    const token = ++this.whatIfToken;
    const added = plain(this.hypothetical);
    if (added.length === 0) { this.whatIf = null; this.whatIfRunning = false; return; }
    this.whatIfRunning = true;
    try {
      const r = await client.run('whatIf', { input: this.input(pack, false, scopes), added });
      if (token === this.whatIfToken) this.whatIf = r;
    } catch (e) {
      if (!(e instanceof SupersededError) && token === this.whatIfToken) this.error = errorText(e);
    } finally {
      if (token === this.whatIfToken) this.whatIfRunning = false;
    }
  }

  addHypothetical(lng: number, lat: number): void {
    const n = this.hypothetical.length + 1;
    this.hypothetical.push({ id: `hypothetical-${n}-${Date.now()}`, lng, lat, category: this.hypoCategory });
  }
}

const states = new WeakMap<AppState, CoverageState>();
/** The coverage state of this app instance (Panel and Overlay are siblings, so no shared context). */
export function coverageStateFor(app: AppState): CoverageState {
  let s = states.get(app);
  if (!s) { s = new CoverageState(); states.set(app, s); }
  return s;
}
