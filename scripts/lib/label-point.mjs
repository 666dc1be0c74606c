// Where to write a town's name on the map. First, its box stays off the 质汇驿站's rings: MapLibre's
// label collision does not see circles (a name covered the ring of a station at its town's
// representative point), so it is decided here, in screen pixels at the zooms the app frames the
// district at. Then, inside the town's polygon, clear of its edge, of the points drawn in it and of
// the other towns' names (a name is wide and short, so what is beside it counts more than what is
// above or below), and not far from its middle. Cartography only: the point is not a place.
import * as turf from '@turf/turf';

const M_PER_DEG_LAT = 111_320;

/**
 * The map's style as this file assumes it, [zoom, px] stops: the town names' text size
 * (TOWN_TEXT_SIZE, src/lib/map/layers/towns.ts) and the station circles' radius (STATION_RADIUS,
 * src/lib/map/base-layers.ts); a town-precision station's ring adds its stroke (circle-look.ts). A
 * unit test checks that they agree.
 */
export const TOWN_TEXT_STOPS = [[9, 12], [12, 16]];
export const STATION_RADIUS_STOPS = [[9, 6.5], [14, 13]];
export const RING_STROKE = 2.2;

/**
 * Zooms a name's box is measured at. NAME_VIEW: a little below the district on a phone (390 px
 * wide, zoom 9.34), the smallest view the app frames. A name and a ring both grow more slowly than
 * the map as it zooms in, so a name clear of every ring there is clear at every larger zoom. Every
 * name is clear from WIDE_VIEW, a little below the district at 1280 × 800 (zoom 10.5; at
 * 1920 × 1080 and a town picked from the list the map is closer), and on a phone stays off the
 * rings' centres; clear from NAME_VIEW where the town's room allows.
 */
export const NAME_VIEW = 9.2;
export const WIDE_VIEW = 10.3;
/** Pixels left between a name's box and a ring, or a ring's centre. */
export const RING_GAP = 2;
/**
 * Metres a name keeps from any point drawn, and from another name above or below it (3.5 times
 * that to the side), wherever the rings leave a place that does.
 */
export const MIN_TO_POINT = 320;
export const MIN_TO_NAME = 1550;

const at = (stops, z) => {
  const [[z0, v0], [z1, v1]] = stops;
  const t = Math.min(1, Math.max(0, (z - z0) / (z1 - z0)));
  return v0 + (v1 - v0) * t;
};

/**
 * Half the width and height, in px at `zoom`, of the box MapLibre keeps for a name (Chinese glyphs
 * 1 em wide, a line 1.2 em high, plus text-padding and halo): measured in Chromium at zoom 9.34,
 * 江川路街道 is 71 × 20 px, 吴泾镇 44 × 20 px, Jiangchuanlu 88 × 20 px, Xinzhuang / Ind. Zone 68 × 36 px.
 */
export function nameBox(name, zoom, stops = TOWN_TEXT_STOPS) {
  const size = at(stops, zoom);
  // Latin letters about 0.55 em wide; past 8 em (the layer's text-max-width) MapLibre breaks a name
  // at a space into lines of even width: two for these names, split where the longer is shortest
  const em = (t) => [...t].reduce((w, ch) => w + (/[\u3400-\u9fff]/.test(ch) ? 1 : 0.55), 0);
  const words = name.split(' ');
  let lines = [name];
  if (em(name) > 8 && words.length > 1) {
    let best = Infinity;
    for (let k = 1; k < words.length; k++) {
      const two = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
      const wide = Math.max(...two.map(em));
      if (wide < best) [best, lines] = [wide, two];
    }
  }
  return { halfW: (Math.max(...lines.map(em)) * size) / 2 + 4, halfH: 0.6 * size * lines.length + 2.5 };
}

/** Whether the boxes of names `a` written at `p` and `b` at `q` overlap at `zoom`. */
export function namesOverlap(p, a, q, b, zoom) {
  const pxPerDeg = (512 * 2 ** zoom) / 360;
  const [m, n] = [nameBox(a, zoom), nameBox(b, zoom)];
  const dx = Math.abs(p[0] - q[0]) * pxPerDeg;
  const dy = (Math.abs(p[1] - q[1]) * pxPerDeg) / Math.cos((p[1] * Math.PI) / 180);
  return dx < m.halfW + n.halfW && dy < m.halfH + n.halfH;
}

/** The outer radius in px of a station's ring at `zoom`. */
export function ringRadius(zoom) {
  return at(STATION_RADIUS_STOPS, zoom) + RING_STROKE;
}

/**
 * How far, in px at `zoom`, the box of `name` written at `c` stays from the nearest station at
 * `rings`: from its ring (negative: the box covers part of it), or with `centres`, from its centre.
 * Web Mercator, 512 px tiles.
 */
export function ringClearance(c, name, rings, zoom, centres = false, stops = TOWN_TEXT_STOPS) {
  const pxPerDeg = (512 * 2 ** zoom) / 360;
  const { halfW, halfH } = nameBox(name, zoom, stops);
  const r = centres ? 0 : ringRadius(zoom);
  let clear = Infinity;
  for (const [x, y] of rings) {
    const dx = Math.max(0, Math.abs(x - c[0]) * pxPerDeg - halfW);
    const dy = Math.max(0, (Math.abs(y - c[1]) * pxPerDeg) / Math.cos((c[1] * Math.PI) / 180) - halfH);
    clear = Math.min(clear, Math.hypot(dx, dy) - r);
  }
  return clear;
}

/**
 * The zoom from which the box of `name` written at `c` keeps RING_GAP px off every ring, to 0.01:
 * NAME_VIEW when it does there already, Infinity when it does not even at zoom 14.
 */
export function clearFrom(c, name, rings) {
  if (ringClearance(c, name, rings, NAME_VIEW) >= RING_GAP) return NAME_VIEW;
  let [lo, hi] = [NAME_VIEW, 14];
  if (ringClearance(c, name, rings, hi) < RING_GAP) return Infinity;
  while (hi - lo > 0.005) {
    const mid = (lo + hi) / 2;
    if (ringClearance(c, name, rings, mid) >= RING_GAP) hi = mid;
    else lo = mid;
  }
  return Math.ceil(hi * 100) / 100;
}

/**
 * @param {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>} town
 * @param {[number, number][]} points every point drawn on the map (any layer, any town)
 * @param {([number, number] | [number, number, string[]])[]} names where the other towns' names
 *   are written (or will be), with their texts (as `texts`) to keep their boxes apart on a phone
 * @param {[number, number][]} rings the stations (any town)
 * @param {string[]} texts the name as the map writes it: Chinese, and English as short as on a phone
 * @returns {[number, number]} [lng, lat], rounded to 6 decimals
 *
 * Of the places inside the town, one whose name is clear of the rings from WIDE_VIEW and off
 * their centres at NAME_VIEW wins over any other (and of those others, the one clear from the
 * lowest zoom); then one MIN_TO_POINT and MIN_TO_NAME apart; then one whose boxes on a phone miss
 * the other names'; then one whose box at WIDE_VIEW lies
 * inside the town (a name pushed to a border read as its neighbour's); then one clear of the rings
 * from NAME_VIEW; then the best by distance from the edge, the points, the names and the middle.
 */
export function labelPoint(town, points, names = [], rings = [], texts = [String(town.properties?.name ?? '')]) {
  const main = mainPart(town);
  const [w, s, e, n] = turf.bbox(main);
  const kx = M_PER_DEG_LAT * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const centre = turf.centroid(main).geometry.coordinates;
  const inner = signedEdgeDistance(main.geometry.coordinates.map((ring) => ring.map(([x, y]) => [x * kx, y * M_PER_DEG_LAT])));
  const near = points.filter(([x, y]) => x > w - 0.02 && x < e + 0.02 && y > s - 0.02 && y < n + 0.02);
  const name = String(town.properties?.name ?? '');
  let best = null;
  for (const c of gridInside(main, 48)) {
    const from = clearFrom(c, name, rings);
    const everywhere = from <= NAME_VIEW;
    const clear = from <= WIDE_VIEW && ringClearance(c, name, rings, NAME_VIEW, true) >= RING_GAP;
    // the edge's distance from the name's box as the district shows it on a wide screen (negative
    // when the box reaches over the edge), not only from the point it is centred on
    const toEdge = Math.min(...boxOutline(c, name, WIDE_VIEW).map(([x, y]) => inner([x * kx, y * M_PER_DEG_LAT])));
    let toPoint = Infinity;
    let nearest = Infinity;
    for (const [x, y] of near) {
      const dx = (x - c[0]) * kx;
      const dy = (y - c[1]) * M_PER_DEG_LAT;
      toPoint = Math.min(toPoint, Math.hypot(dx, dy * 3)); // beside the name counts three times as much
      nearest = Math.min(nearest, Math.hypot(dx, dy));
    }
    // another name: clear when far enough above or below it, or 3.5 times that to the side; it
    // weighs double (a name on a name is worse than a name on a point)
    let toName = Infinity;
    for (const [x, y] of names) toName = Math.min(toName, Math.max((Math.abs(x - c[0]) * kx) / 3.5, Math.abs(y - c[1]) * M_PER_DEG_LAT));
    const toCentre = Math.hypot((c[0] - centre[0]) * kx, (c[1] - centre[1]) * M_PER_DEG_LAT);
    const score = Math.min(toEdge, toPoint, 0.5 * toName) - 0.25 * toCentre;
    // and, on a phone, its box (in either language) off the other names' boxes
    const crowded = names.some(([x, y, other]) => other && texts.some((t, k) => other[k] && namesOverlap(c, t, [x, y], other[k], NAME_VIEW)));
    const apart = nearest > MIN_TO_POINT && toName > MIN_TO_NAME;
    const rank = [clear, clear ? apart : -from, !crowded, toEdge > 0, everywhere, score];
    if (!best || better(rank, best.rank)) best = { rank, c };
  }
  return /** @type {[number, number]} */ ((best ? best.c : centre).map(round6));
}

/** A coordinate rounded to 6 decimals (~0.1 m), as the data files write them. */
export const round6 = (v) => Math.round(v * 1e6) / 1e6;

/** The largest part of a town (Polygon or MultiPolygon), as a Polygon feature. */
export function mainPart(town) {
  const parts = town.geometry.type === 'Polygon' ? [town.geometry.coordinates] : town.geometry.coordinates;
  return turf.polygon(parts.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a)));
}

/** The points of a `steps` × `steps` grid over the box of `polygon` that lie inside it (its edges left out). */
export function gridInside(polygon, steps) {
  const [w, s, e, n] = turf.bbox(polygon);
  const out = [];
  for (let i = 1; i < steps; i++)
    for (let j = 1; j < steps; j++) {
      const c = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (turf.booleanPointInPolygon(c, polygon)) out.push(c);
    }
  return out;
}

/** The corners and the middles of the sides of the box of `name` written at `c`, at `zoom`, as [lng, lat]. */
export function boxOutline(c, name, zoom, stops = TOWN_TEXT_STOPS) {
  const pxPerDeg = (512 * 2 ** zoom) / 360;
  const { halfW, halfH } = nameBox(name, zoom, stops);
  const [dx, dy] = [halfW / pxPerDeg, (halfH / pxPerDeg) * Math.cos((c[1] * Math.PI) / 180)];
  const out = [];
  for (const i of [-1, 0, 1]) for (const j of [-1, 0, 1]) if (i || j) out.push([c[0] + i * dx, c[1] + j * dy]);
  return out;
}

/**
 * For rings in metres, a function of a point in metres: its distance from the nearest ring,
 * positive inside the polygon (even-odd), negative outside.
 */
function signedEdgeDistance(rings) {
  return ([px, py]) => {
    let d2 = Infinity;
    let inside = false;
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const [[ax, ay], [bx, by]] = [ring[i - 1], ring[i]];
        if (ay > py !== by > py && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) inside = !inside;
        const [vx, vy] = [bx - ax, by - ay];
        const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy || 1)));
        d2 = Math.min(d2, (ax + t * vx - px) ** 2 + (ay + t * vy - py) ** 2);
      }
    return (inside ? 1 : -1) * Math.sqrt(d2);
  };
}

/** Whether rank `a` beats `b`, compared term by term (true beats false, more beats less). */
export function better(a, b) {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] > b[k];
  return false;
}
