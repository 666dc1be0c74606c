// Discovers the app's modes: every folder src/modes/<id>/ with a mode.ts (its metadata) and a
// ui.ts exporting its Panel (sidebar content) and optionally its Overlay (drawn over the map).
// One dynamic import per mode: the bundler makes one chunk of each mode's own files (two imports,
// Panel and Overlay, made up to five chunks a mode, or re-export files; docs/performance.md).
// Adding a mode means adding a folder; nothing else has to change.
import type { Component } from 'svelte';
import type { Locale } from '../lib/i18n/messages';
import type { Mode } from '../lib/state/app.svelte';
import * as explore from './explore/ui';

export interface ModeMeta {
  id: Mode;
  /** Position of the tab in the header. */
  order: number;
  label: Record<Locale, string>;
  /** 'fullscreen' hides the header and sidebar; a mode can also set AppState.fullscreen while it needs the screen. */
  layout: 'sidebar' | 'fullscreen';
}

export interface ModeComponents {
  Panel: Component;
  Overlay: Component | null;
}

export interface ModeEntry {
  meta: ModeMeta;
  /** Loads the mode's components; each mode but explore (in the start chunk) is its own chunk, fetched when first opened. */
  load: () => Promise<ModeComponents>;
}

const metas = import.meta.glob<ModeMeta>('./*/mode.ts', { eager: true, import: 'meta' });
// 地图浏览 (explore), the mode the page opens in, is in the start chunk (vite.config.ts, START_ONLY):
// imported with it rather than dynamically, which made the bundler add a re-export file for it.
const uis: Record<string, () => Promise<{ Panel: Component; Overlay?: Component }>> = {
  ...import.meta.glob(['./*/ui.ts', '!./explore/ui.ts']),
  './explore/ui.ts': async () => explore,
};

export const MODE_ENTRIES: ModeEntry[] = Object.entries(metas)
  .map(([path, meta]) => {
    const ui = uis[path.replace(/mode\.ts$/, 'ui.ts')];
    const load = async (): Promise<ModeComponents> => {
      if (!ui) throw new Error(`mode ${meta.id} has no ui.ts`);
      const m = await ui();
      return { Panel: m.Panel, Overlay: m.Overlay ?? null };
    };
    return { meta, load };
  })
  .sort((a, b) => a.meta.order - b.meta.order);
