// One import session: the chosen file, the user's overrides (encoding, CRS, mapping, swap fix)
// and the worker's latest outcome. Every override re-runs the import in the worker.
import { errorText } from '../../lib/data/text';
import type { AnalysisClient } from '../../lib/worker/client';
import { SupersededError } from '../../lib/worker/client';
import { CRSS } from '../../lib/data/crs';
import type { Encoding } from '../../lib/data/decode';
import type { Mapping } from '../../lib/data/headers';
import type { Crs } from '../../lib/data/load';
import type { Bounds } from '../../lib/data/coords';
import type { OfficialTown } from '../../lib/data/population';
import type { ImportOutcome } from '../../lib/io/import-job';
import type { MergeMode, UserLayer } from '../../lib/io/user-store';
import { recallChoices, rememberChoices, type KeyValueStore } from '../../lib/io/mapping-memory';
import { valueWords } from './value-words';

export interface SessionEnv {
  client: AnalysisClient;
  district?: Bounds;
  towns?: OfficialTown[];
  storage?: KeyValueStore;
}

function localStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export class ImportSession {
  layer = $state<UserLayer>('stations');
  fileName = $state('');
  encoding = $state<Encoding | ''>('');
  crs = $state<Crs | ''>('');
  mapping = $state.raw<Mapping | null>(null);
  fixSwapped = $state(false);
  /** Empty required cells under a written one take the value above (merged cells; the report's button). */
  fillDown = $state(false);
  exact = $state(false);
  /** The merge mode chosen for this file; null: the panel's default for it (a choice does not carry over to the next file). */
  mode = $state<MergeMode | null>(null);
  outcome = $state.raw<ImportOutcome | null>(null);
  busy = $state(false);
  progress = $state('');
  /** Rows validated so far and in all, while a large file is checked. */
  progressRows = $state<[number, number] | null>(null);
  /** Milliseconds of the last worker run (file → records), shown to the user. */
  ms = $state(0);
  /** The mapping or the coordinate system chosen for these headers before is used again. */
  recalled = $state(false);
  error = $state<string | null>(null);
  private bytes: ArrayBuffer | null = null;
  private readonly env: () => SessionEnv;

  constructor(env: () => SessionEnv) {
    this.env = env;
  }

  setLayer(layer: UserLayer): void {
    this.layer = layer;
    this.mode = null;
    this.mapping = null;
    this.fillDown = false;
    if (this.bytes) void this.run();
  }

  async open(file: File): Promise<void> {
    this.progress = 'reading';
    this.busy = true;
    this.error = null;
    try {
      this.bytes = await file.arrayBuffer();
    } catch (e) {
      this.busy = false;
      this.error = errorText(e);
      return;
    }
    this.fileName = file.name;
    this.mode = null;
    this.encoding = '';
    this.crs = '';
    this.mapping = null;
    this.fixSwapped = false;
    this.fillDown = false;
    this.recalled = false;
    this.outcome = null;
    await this.run();
    const o = this.outcome as ImportOutcome | null;
    const c = o?.format === 'csv' ? recallChoices(this.env().storage ?? localStore(), this.layer, o.headers) : null;
    if (c) {
      const remap = JSON.stringify(c.mapping) !== JSON.stringify(o!.mapping);
      // a coordinate system the file names (百度 in its name, 高德 in its header) wins over the one last chosen by hand
      const crs = CRSS.includes(c.crs as Crs) && !o!.crsGuessed;
      if (remap) this.mapping = c.mapping;
      if (crs) this.crs = c.crs as Crs;
      if (c.exact) this.exact = true;
      this.recalled = remap || crs;
      if (this.recalled || c.exact) await this.run();
    }
  }

  /** Runs the import in the worker with the current overrides (a copy of the bytes is transferred). */
  async run(): Promise<void> {
    if (!this.bytes) return;
    const env = this.env();
    const bytes = this.bytes.slice(0);
    this.busy = true;
    this.progress = 'parsing';
    const t0 = performance.now();
    try {
      const words = await valueWords();
      const out = await env.client.run(
        'import',
        {
          words,
          name: this.fileName,
          bytes,
          layer: this.layer,
          encoding: this.encoding || undefined,
          crs: this.crs || undefined,
          mapping: this.mapping ?? undefined,
          fixSwapped: this.fixSwapped,
          fillDown: this.fillDown,
          exactPrecision: this.exact,
          district: env.district,
          towns: env.towns,
        },
        (p) => {
          this.progress = p.label;
          this.progressRows = p.label === 'validate' ? [p.done, p.total] : null;
        },
        [bytes],
      );
      this.outcome = out;
      this.ms = performance.now() - t0;
      this.error = null;
    } catch (e) {
      if (e instanceof SupersededError) return;
      this.error = errorText(e);
    }
    this.busy = false;
  }

  /** Runs again with the coordinates that look swapped swapped back (the report's button). */
  swapBack(): void {
    this.fixSwapped = true;
    void this.run();
  }

  /** Runs again with the empty cells under a merged cell's first row filled from above (the report's button). */
  fillFromAbove(): void {
    this.fillDown = true;
    void this.run();
  }

  setMapping(key: string, header: string): void {
    const m = { ...(this.mapping ?? this.outcome?.mapping ?? {}) };
    if (header) m[key] = header;
    else delete m[key];
    this.mapping = m;
    this.recalled = false;
    void this.run();
  }

  remember(): void {
    const o = this.outcome;
    if (o && o.format === 'csv') rememberChoices(this.env().storage ?? localStore(), this.layer, o.headers, { mapping: o.mapping, crs: this.crs || undefined, exact: this.exact || undefined });
  }

  reset(): void {
    this.bytes = null;
    this.fileName = '';
    this.outcome = null;
  }
}

const sessions = new WeakMap<object, ImportSession>();

/** The app's one import session: a file half-way through (its mapping, coordinate system, merge mode) is still there after a look at another mode (review 15). */
export function sessionFor(app: object, env: () => SessionEnv): ImportSession {
  let s = sessions.get(app);
  if (!s) sessions.set(app, (s = new ImportSession(env)));
  return s;
}
