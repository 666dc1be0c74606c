// The completeness legend's figures are readable on every swatch (WCAG AA, 4.5:1 for small text).
import { describe, expect, it } from 'vitest';
import { compositeSteps } from '../../../src/modes/coverage/view';

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

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
