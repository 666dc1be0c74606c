// Discovers the app's modes: every folder src/modes/<id>/ with a mode.ts (its metadata), a
// Panel.svelte (sidebar content) and optionally an Overlay.svelte (drawn over the map).
// Adding a mode means adding a folder; nothing else has to change.
import type { Component } from 'svelte';
import type { Locale } from '../lib/i18n/messages';
import type { Mode } from '../lib/state/app.svelte';

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
  /** Loads the mode's components; each mode is its own chunk, fetched when first opened. */
  load: () => Promise<ModeComponents>;
}

const metas = import.meta.glob<ModeMeta>('./*/mode.ts', { eager: true, import: 'meta' });
const panels = import.meta.glob<Component>('./*/Panel.svelte', { import: 'default' });
const overlays = import.meta.glob<Component>('./*/Overlay.svelte', { import: 'default' });

export const MODE_ENTRIES: ModeEntry[] = Object.entries(metas)
  .map(([path, meta]) => {
    const dir = path.slice(0, path.lastIndexOf('/'));
    const panel = panels[`${dir}/Panel.svelte`];
    const overlay = overlays[`${dir}/Overlay.svelte`];
    const load = async (): Promise<ModeComponents> => {
      if (!panel) throw new Error(`mode ${meta.id} has no Panel.svelte`);
      const [Panel, Overlay] = await Promise.all([panel(), overlay ? overlay() : null]);
      return { Panel, Overlay };
    };
    return { meta, load };
  })
  .sort((a, b) => a.meta.order - b.meta.order);
