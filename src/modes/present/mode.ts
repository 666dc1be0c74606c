import type { ModeMeta } from '../registry';

export const meta: ModeMeta = {
  id: 'present',
  order: 5,
  label: { zh: '演示', en: 'Present' },
  /** The sidebar holds the tour's settings; while the tour (or a print view) runs, Overlay.svelte sets AppState.fullscreen. */
  layout: 'sidebar',
};
