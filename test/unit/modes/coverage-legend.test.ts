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

  it.each([3, 5, 7, 9])('tells 0 (reaching nothing) clearly from 1 with %i categories: ΔE 25 or more (review 28: a what-if reaching into a 0 area barely showed)', (n) => {
    const [zero, one] = compositeSteps(n).map((st) => lab(onWhite(st.colour)));
    expect(Math.hypot(zero[0] - one[0], zero[1] - one[1], zero[2] - one[2])).toBeGreaterThanOrEqual(25);
  });
});

/** CIE L*a*b* (D65) of an sRGB colour, for ΔE76. */
function lab(rgb: readonly number[]): number[] {
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883].map(f);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
