// The point colours must be told apart on the map: 教育 and 公园 were two greens (#2ca02c, #1b9e3a,
// ΔE 7) that a user could not tell apart (review 17). Colour difference as CIE76 ΔE in CIELAB (D65).
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, ENTERPRISE_COLOUR, industryColours, INSTITUTION_COLOUR, NO_INDUSTRY_COLOUR, STATION_COLOUR } from '../../../src/lib/map/palette';

function lab(hex: string): [number, number, number] {
  const lin = (c: number) => (c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

describe('point colours', () => {
  it('knows its ΔE: black and white 100, two greens close', () => {
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0);
    expect(deltaE('#2ca02c', '#1b9e3a')).toBeLessThan(10);
  });

  it('every two of the categories, stations, institutions and enterprises differ by ΔE ≥ 25', () => {
    const colours = Object.entries({ ...CATEGORY_COLOURS, 质汇驿站: STATION_COLOUR, 机构: INSTITUTION_COLOUR, 企业: ENTERPRISE_COLOUR });
    const close = colours.flatMap(([a, ca], i) => colours.slice(i + 1).filter(([, cb]) => deltaE(ca, cb) < 25).map(([b]) => `${a}~${b}`));
    expect(close).toEqual([]);
  });
});

describe('industry fills', () => {
  // 14 industries, one per town: each fill must not pass for the grey of a town with no industry
  // (review 26: 华漕镇's #d9d9d9 was ΔE 1.4 from #dddddd and read as "no data")
  const fills = [...industryColours(Array.from({ length: 14 }, (_, i) => `industry ${i}`)).values()];

  it('gives 14 industries 14 colours, none within ΔE 15 of the no-industry grey', () => {
    expect(new Set(fills).size).toBe(14);
    expect(fills.filter((c) => deltaE(c, NO_INDUSTRY_COLOUR) < 15)).toEqual([]);
  });

  it('keeps every two industry fills ΔE ≥ 10 apart', () => {
    const close = fills.flatMap((a, i) => fills.slice(i + 1).filter((b) => deltaE(a, b) < 10).map((b) => `${a}~${b}`));
    expect(close).toEqual([]);
  });
});
