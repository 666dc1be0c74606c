// Where 演示's district slides (the overview and the closing slide) write a town's name. The map's
// point (label-point.mjs) keeps the name off the stations' rings first, at the map's 12–16 px; the
// tour writes the names at about 20 px, where that point left 虹桥镇's name below its area, over
// 七宝镇 and 古美街道, and 浦锦街道's across the district's edge. Here the name's box at the slide's
// zoom and text size lies (mostly) inside its town first, then apart from the other names, then off
// the stations' dots and rings. Three towns are narrower there than their names (古美街道, 新虹街道,
// 莘庄工业区): theirs spill over their neighbours, kept off the other names and, as far as
// 新虹街道's strip allows, inside the district. Cartography only: the point is not a place.
import * as turf from '@turf/turf';
import { better, gridInside, mainPart, nameBox, round6 } from './label-point.mjs';
import { fitZoom, SLIDE_TEXT_STOPS } from './slide-label-point.mjs';

/**
 * The map a district slide frames the district in at 1280 × 720, the smallest wide screen measured
 * (beside the card, below the presenter controls, above the footer), in px: zoom 10.28 there
 * (10.37 at 1366 × 768, 10.88 at 1920 × 1080). A name grows more slowly than the map as it zooms
 * in, so a box inside its town here is inside it on a larger screen too.
 */
/** @type {[number, number]} */
export const DISTRICT_MAP = [694, 583];
/** Px a name's box keeps from its town's edge, from another name's box, and from a station's centre or ring. */
export const EDGE_GAP = 3;
export const NAME_GAP = 4;
export const RING_GAP = 2;
/** The share of a name's box that lies in its town when it cannot lie wholly inside: most of it (虹桥镇's slanting area holds 0.87). */
export const MOSTLY = 0.85;
/** A station's ring on a tour slide, px: its radius (tour-map.ts TOUR_VALUES) and stroke (circle-look.ts). */
export const TOUR_RING = 9 + 2.2;

/**
 * How much closer a 4:3 projector's district slide (1024 × 768: zoom 10.18, 0.09 below 1280 × 720's)
 * draws the stations to a name than DISTRICT_MAP does, as a factor on their distance in px: the
 * rings keep their size there, and the names hardly shrink.
 */
export const RING_SCALE = 2 ** -0.1;

/** The zoom at which a district slide frames `outline`. */
export const districtZoom = (outline) => fitZoom(outline, DISTRICT_MAP);

/** Px from the box [-hw, hw] × [-hh, hh] to the segment a–b (0 when they meet). */
function boxToSegment([ax, ay], [bx, by], hw, hh) {
  const [vx, vy] = [bx - ax, by - ay];
  // Liang–Barsky: the part of the segment inside the box, if any
  let [t0, t1] = [0, 1];
  for (const [p, q] of [[-vx, ax + hw], [vx, hw - ax], [-vy, ay + hh], [vy, hh - ay]]) {
    if (p === 0) {
      if (q < 0) t1 = -1;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  if (t0 <= t1) return 0;
  const toBox = (x, y) => Math.hypot(Math.max(0, Math.abs(x) - hw), Math.max(0, Math.abs(y) - hh));
  const toSeg = (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy || 1)));
    return Math.hypot(ax + t * vx - x, ay + t * vy - y);
  };
  return Math.min(toBox(ax, ay), toBox(bx, by), ...[[-hw, -hh], [-hw, hh], [hw, -hh], [hw, hh]].map(([x, y]) => toSeg(x, y)));
}

/** Whether the point [x, y] lies inside `rings` (even-odd). */
function within([x, y], rings) {
  let inside = false;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const [[ax, ay], [bx, by]] = [ring[i - 1], ring[i]];
      if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
  return inside;
}

/**
 * How far the box of half-size `hw` × `hh` centred at [cx, cy] stays inside `rings` (all in px):
 * its distance from the nearest edge, -1 when an edge meets the box or the box lies outside.
 */
export function boxInside([cx, cy], hw, hh, rings) {
  if (!within([cx, cy], rings)) return -1;
  let gap = Infinity;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const [[ax, ay], [bx, by]] = [ring[i - 1], ring[i]];
      // (an edge far from the box: no need to measure it exactly)
      if (Math.min(ax, bx) - cx > hw + gap || cx - Math.max(ax, bx) > hw + gap || Math.min(ay, by) - cy > hh + gap || cy - Math.max(ay, by) > hh + gap) continue;
      gap = Math.min(gap, boxToSegment([ax - cx, ay - cy], [bx - cx, by - cy], hw, hh));
      if (gap === 0) return -1;
    }
  return gap;
}

/** The share of a 9 × 5 grid over the box of half-size `hw` × `hh` at [cx, cy] that lies in `rings` (px). */
function shareIn([cx, cy], hw, hh, rings) {
  let n = 0;
  for (let i = 0; i < 9; i++) for (let j = 0; j < 5; j++) if (within([cx + (i / 4 - 1) * hw, cy + (j / 2 - 1) * hh], rings)) n++;
  return n / 45;
}

/**
 * @param town the town's feature (its largest part is used)
 * @param outline the district's outline feature
 * @param names where the other towns' names are written (or will be), as [lng, lat, texts]
 * @param stations every station as [lng, lat]
 * @param texts the name as the district slide writes it: Chinese, and English as short as there
 * @returns {[number, number]} [lng, lat], rounded to 6 decimals
 *
 * Of the places inside the town (its box at the slide's zoom measured on a 9 × 5 grid), first the
 * one whose box lies most inside the district (all of it, but in 新虹街道); then one whose box lies
 * MOSTLY in its town; then one whose box meets no other name's, in Chinese and in English; then, for
 * a box wholly in the district, one whose glyphs (in either language) keep off every station's ring,
 * then one whose box keeps RING_GAP off them, on a 4:3 projector (RING_SCALE: 古美街道's and
 * 江川路街道's names lay over their rings); then the one farthest from the other names' boxes, up to
 * NAME_GAP; then one EDGE_GAP inside the district's edge (MapLibre's box is a few px wider than
 * nameBox's for a long name); then one whose box keeps RING_GAP off every station's centre; then one
 * whose box lies wholly in its town, EDGE_GAP from its edge; then the one whose box lies most in its
 * town; then the one farthest from edge, names and rings, less a tenth of its distance from the
 * middle. Where the town leaves no such place (七宝镇, 虹桥镇, 莘庄镇, 莘庄工业区, 华漕镇, 梅陇镇:
 * narrower than the name beside their stations, or, in 虹桥镇, stations across it), the name lies
 * over a ring.
 */
export function districtLabelPoint(town, outline, names, stations, texts) {
  const main = mainPart(town);
  const zoom = districtZoom(outline);
  const k = (512 * 2 ** zoom) / 360;
  const [, s, , n] = turf.bbox(outline);
  const cos = Math.cos((((s + n) / 2) * Math.PI) / 180);
  // px east and south of 0°, 0° (the slide's scale barely changes across the district)
  const px = (/** @type {GeoJSON.Position} */ [x, y]) => [x * k, (-y * k) / cos];
  const [{ halfW: hw, halfH: hh }, en] = texts.map((t) => nameBox(t, zoom, SLIDE_TEXT_STOPS));
  const own = main.geometry.coordinates.map((r) => r.map(px));
  const district = (outline.geometry.type === 'Polygon' ? outline.geometry.coordinates : outline.geometry.coordinates.flat()).map((r) => r.map(px));
  const centre = px(turf.centroid(main).geometry.coordinates);
  const others = names.map(([x, y, t]) => ({ p: px([x, y]), boxes: t.map((s) => nameBox(s, zoom, SLIDE_TEXT_STOPS)) }));
  const rings = stations.map(px);
  /** @type {{ rank: (number | boolean)[], c: GeoJSON.Position } | null} */
  let best = null;
  for (const c of gridInside(main, 64)) {
    const [cx, cy] = px(c);
    const edge = boxInside([cx, cy], hw, hh, own);
    const fromEdge = edge >= EDGE_GAP ? edge : boxInside([cx, cy], hw, hh, district);
    const inDistrict = edge >= 0 || fromEdge >= 0;
    // px between this name's box and the nearest other's, in Chinese and in English
    const apart = (k, { halfW, halfH }) =>
      Math.min(...others.map(({ p, boxes }) => Math.max(Math.abs(p[0] - cx) - halfW - boxes[k].halfW, Math.abs(p[1] - cy) - halfH - boxes[k].halfH)));
    const toName = apart(0, { halfW: hw, halfH: hh });
    // px from this name's box to the nearest station's centre, in Chinese and in English, on a 4:3 projector
    const fromCentre = ({ halfW, halfH }) => Math.min(...rings.map(([x, y]) => Math.hypot(Math.max(0, Math.abs(x - cx) * RING_SCALE - halfW), Math.max(0, Math.abs(y - cy) * RING_SCALE - halfH))));
    const toCentre = Math.min(fromCentre({ halfW: hw, halfH: hh }), en ? fromCentre(en) : Infinity);
    const toRing = toCentre - TOUR_RING;
    // the glyphs and their halo only (nameBox keeps 4 px beside and 2.5 px above and below them)
    const tight = ({ halfW, halfH }) => ({ halfW: halfW - 2.5, halfH: halfH - 3.5 });
    const glyphsToRing = Math.min(fromCentre(tight({ halfW: hw, halfH: hh })), en ? fromCentre(tight(en)) : Infinity) - TOUR_RING;
    const share = edge >= 0 ? 1 : shareIn([cx, cy], hw, hh, own);
    const mostly = inDistrict && share >= MOSTLY;
    // (a town narrower than its name: as much of the name as can be inside the district)
    const inside = inDistrict ? 45 : Math.round(shareIn([cx, cy], hw, hh, district) * 45);
    const score = Math.min(edge, toName / 2, toRing) - 0.1 * Math.hypot(cx - centre[0], cy - centre[1]);
    const rank = [inside, mostly, toName >= 0, !en || apart(1, en) >= 0, !inDistrict || glyphsToRing >= 0, !inDistrict || toRing >= RING_GAP, Math.min(NAME_GAP, Math.floor(toName)), fromEdge >= EDGE_GAP, toCentre >= RING_GAP, edge >= EDGE_GAP, Math.round(share * 45), score];
    if (!best || better(rank, best.rank)) best = { rank, c };
  }
  if (!best) throw new Error(`no point inside ${town.properties?.name}`);
  return /** @type {[number, number]} */ (best.c.map(round6));
}
