import type { ModeMeta } from '../registry';
import { tour } from './tour-state.svelte';

export const meta: ModeMeta = {
  id: 'present',
  order: 5,
  label: { zh: '演示', en: 'Present' },
  /** The sidebar holds the tour's settings; the running tour (or a print view) owns the screen. */
  get layout() {
    return tour.running || tour.printTown ? 'fullscreen' : 'sidebar';
  },
};
