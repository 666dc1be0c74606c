// The point colours must be told apart on the map: 教育 and 公园 were two greens (#2ca02c, #1b9e3a,
// ΔE 7) that a user could not tell apart (review 17). Colour difference as CIE76 ΔE in CIELAB (D65).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { parseTownsCsv } from '../../../src/lib/data/load';
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

describe('neighbouring towns’ fills, also to a colour-blind eye', () => {
  // 古美街道 beside 七宝镇 (#bebada, #a6cee3) differed by ΔE 16.6 but 3.1 to a deuteranope; 江川路街道
  // and 莘庄工业区 were two teals (#8dd3c7, #66c2a5, ΔE 14.3). Machado, Oliveira & Fernandes (2009),
  // severity 1.0, applied to linear RGB; two towns are neighbours when their outlines share a border
  // (a vertex of one within 1 m of the other's edge; data/town-boundaries.geojson).
  const MACHADO = {
    deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
    protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  };
  const simulate = (hex: string, m: number[][]) => {
    const lin = [1, 3, 5].map((i) => ((c) => (c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92))(parseInt(hex.slice(i, i + 2), 16) / 255));
    const srgb = m.map((row) => Math.min(1, Math.max(0, row.reduce((s, k, j) => s + k * lin[j], 0)))).map((c) => (c > 0.0031308 ? 1.055 * c ** (1 / 2.4) - 0.055 : 12.92 * c));
    return `#${srgb.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
  };
  const towns = parseTownsCsv(readFileSync('data/towns.csv', 'utf8')).records.sort((a, b) => a.appendix_order - b.appendix_order);
  const colours = industryColours(towns.map((t) => t.industry));
  const fill = new Map(towns.map((t) => [t.name, colours.get(t.industry)!]));
  const areas = (JSON.parse(readFileSync('data/town-boundaries.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon>).features;
  const neighbours = areas.flatMap((a, i) =>
    areas.slice(i + 1).filter((b) => turf.explode(a).features.some((p) => turf.pointToLineDistance(p, turf.polygonToLine(b) as Feature<LineString>, { units: 'meters' }) < 1)).map((b) => [String(a.properties?.name), String(b.properties?.name)]),
  );

  it('simulates as the paper does: red and green alike to a deuteranope, white unchanged', () => {
    expect(simulate('#ffffff', MACHADO.deuteranopia)).toBe('#ffffff');
    expect(deltaE(simulate('#d62728', MACHADO.deuteranopia), simulate('#2ca02c', MACHADO.deuteranopia))).toBeLessThan(deltaE('#d62728', '#2ca02c') / 3);
    expect(neighbours).toContainEqual(['古美街道', '七宝镇']);
    expect(neighbours.length).toBeGreaterThan(20);
  });

  it('keeps the fills of every two neighbouring towns ΔE ≥ 10 apart, seen normally, by a deuteranope and by a protanope', () => {
    const close = Object.entries({ normal: null, ...MACHADO }).flatMap(([eye, m]) => {
      const seen = (n: string) => (m ? simulate(fill.get(n)!, m) : fill.get(n)!);
      return neighbours.filter(([a, b]) => deltaE(seen(a), seen(b)) < 10).map(([a, b]) => `${eye}: ${a} ${fill.get(a)} ~ ${b} ${fill.get(b)} (ΔE ${deltaE(seen(a), seen(b)).toFixed(1)})`);
    });
    expect(close).toEqual([]);
  });
});
