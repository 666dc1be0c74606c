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
  /** 'fullscreen' hides the header and sidebar (presentation). */
  layout: 'sidebar' | 'fullscreen';
}

export interface ModeEntry {
  meta: ModeMeta;
  Panel: Component;
  Overlay: Component | null;
}

const metas = import.meta.glob<ModeMeta>('./*/mode.ts', { eager: true, import: 'meta' });
const panels = import.meta.glob<Component>('./*/Panel.svelte', { eager: true, import: 'default' });
const overlays = import.meta.glob<Component>('./*/Overlay.svelte', { eager: true, import: 'default' });

export const MODE_ENTRIES: ModeEntry[] = Object.entries(metas)
  .map(([path, meta]) => {
    const dir = path.slice(0, path.lastIndexOf('/'));
    const Panel = panels[`${dir}/Panel.svelte`];
    if (!Panel) throw new Error(`mode ${meta.id} has no Panel.svelte`);
    return { meta, Panel, Overlay: overlays[`${dir}/Overlay.svelte`] ?? null };
  })
  .sort((a, b) => a.meta.order - b.meta.order);
