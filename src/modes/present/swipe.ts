// A finger swiped across the slide steps as the arrow keys do (a phone or a tablet has no keys:
// review 16): [touchstart, touchend] handlers for the window.
import type { TourState } from './tour-state.svelte';

export function swipeSteps(tour: TourState): [(e: TouchEvent) => void, (e: TouchEvent) => void] {
  let touchAt: number[] | null = null;
  return [
    (e) => {
      const p = e.touches[0];
      touchAt = e.touches.length === 1 && !(e.target as Element).closest?.('button,select') ? [p.clientX, p.clientY] : null;
    },
    (e) => {
      const p = e.changedTouches[0];
      if (!touchAt || !p) return;
      const dx = p.clientX - touchAt[0];
      const dy = p.clientY - touchAt[1];
      touchAt = null;
      if (Math.abs(dx) > 50 && Math.abs(dx) > 2 * Math.abs(dy)) {
        if (dx < 0) tour.next();
        else tour.prev();
      }
    },
  ];
}
