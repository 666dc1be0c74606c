// Which town names a slide's map leaves out: MapLibre draws a symbol whose anchor is on screen even
// when its text runs past the map's edge, so a neighbouring town's name came out half cut at the
// slide's edge, under the card or the footer (颛桥镇 on 莘庄工业区's PNG, 七宝镇 on 新虹街道's print
// page). After the camera is set, each name's box is estimated from its text and size around its
// projected anchor; a neighbour's name that does not lie wholly inside the slide's free map area, or
// that runs under the scale bar, is not drawn. The slide's own town is always named. On a small stage (a
// phone held upright) a district slide leaves out the names that would run into each other. Pure: no map, no DOM.
import type { Rect } from '../../lib/map/camera';

export interface PlacedLabel {
  name: string;
  /** the text as drawn (\n between lines) */
  text: string;
  /** the anchor on screen (the text is centred on it) */
  x: number;
  y: number;
}

/** A text's width in ems: a CJK character is square, a latin letter or space at most about 0.6 em (Noto Sans). */
const ems = (s: string): number => [...s].reduce((w, c) => w + (c > '\u2e7f' ? 1 : 0.6), 0);

/**
 * The size of a label's box in pixels at `size` px: at most eight ems wide (the layer's
 * text-max-width), lines of 1.2 em; a latin name is counted a line for every six ems (MapLibre
 * breaks it at spaces into lines of up to eight, seldom fuller than six), so a box is never too small.
 */
export function labelSize(text: string, size: number): { w: number; h: number } {
  const e = ems(text);
  return { w: Math.min(e, 8) * size, h: Math.ceil(e / 6) * 1.2 * size };
}

/** A text-size as the tour sets it, a number or ['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1], at `zoom`. */
export function sizeAtZoom(value: unknown, zoom: number): number {
  if (!Array.isArray(value)) return typeof value === 'number' ? value : 16;
  const [z0, v0, z1, v1] = value.slice(3) as number[];
  return v0 + (v1 - v0) * Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
}

/** A label's box at `size` px, grown by `margin` on every side. */
function boxOf(l: PlacedLabel, size: number, margin: number): Rect {
  const { w, h } = labelSize(l.text, size);
  return { left: l.x - w / 2 - margin, right: l.x + w / 2 + margin, top: l.y - h / 2 - margin, bottom: l.y + h / 2 + margin };
}

const meet = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The names of the labels to leave out: every label but `own`'s whose box (grown by `margin`, the
 * halo and a little air) is not wholly inside `keepIn` or touches a `keepOut` box (the scale bar).
 */
export function labelsOutside(labels: readonly PlacedLabel[], size: number, own: string | null, keepIn: Rect, keepOut: readonly Rect[] = [], margin = 3): string[] {
  return labels
    .filter((l) => {
      const b = boxOf(l, size, margin);
      const inside = b.left >= keepIn.left && b.right <= keepIn.right && b.top >= keepIn.top && b.bottom <= keepIn.bottom;
      return l.name !== own && (!inside || keepOut.some((k) => meet(b, k)));
    })
    .map((l) => l.name);
}

/**
 * The names to leave out so that no two labels' boxes (each grown by `margin`) meet: the district's
 * 14 names in a map 200 px across (a phone held upright) ran into each other. As many names as can
 * be drawn apart are kept: the largest set of labels no two of which meet, found by trying each
 * label in and out (a label that meets none of those after it is always in; 14 names take well
 * under a millisecond). Of equal sets, the one keeping earlier labels.
 */
export function crowdedLabels(labels: readonly PlacedLabel[], size: number, margin = 3): string[] {
  const boxes = labels.map((l) => boxOf(l, size, margin));
  const clash = (i: number, j: number) => i !== j && meet(boxes[i], boxes[j]);
  const most = (rest: number[]): number[] => {
    if (!rest.length) return rest;
    const [i, ...after] = rest;
    const withI = [i, ...most(after.filter((j) => !clash(i, j)))];
    if (!after.some((j) => clash(i, j))) return withI;
    const withoutI = most(after);
    return withoutI.length > withI.length ? withoutI : withI;
  };
  const kept = most(labels.map((_, i) => i));
  return labels.filter((_, i) => !kept.includes(i)).map((l) => l.name);
}
