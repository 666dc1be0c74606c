// The completeness legend's figures are readable on every swatch (WCAG AA, 4.5:1 for small text).
import { describe, expect, it } from 'vitest';
import { compositeSteps, luminance } from '../../../src/modes/coverage/view';

/** A swatch's colour as drawn on the white panel (its alpha over white). */
function onWhite(css: string): number[] {
  const [r, g, b, a] = css.match(/[\d.]+/g)!.map(Number);
  return [r, g, b].map((v) => v * a + 255 * (1 - a));
}

describe('completeness legend', () => {
  it.each([3, 5, 9])('has figures of 4.5:1 or more on all %i + 1 steps (the dark end measured 2.1–3.8:1)', (n) => {
    for (const st of compositeSteps(n)) {
      const bg = luminance(onWhite(st.colour));
      const fg = luminance(st.ink === '#ffffff' ? [255, 255, 255] : [0, 0, 0]);
      const ratio = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
      expect(ratio, `step ${st.count} of ${n}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
