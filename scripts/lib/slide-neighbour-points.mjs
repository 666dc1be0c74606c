// Where a town's 演示 slide writes its neighbours' names. A slide frames its town close, beside the
// card: most neighbours show only a part, and their names at the map's points (label-point.mjs, in
// the middle of the whole town) fall off the free map or under the card, so tour-map.ts left them
// out (新虹街道's slide showed half of 华漕镇 and 七宝镇 unnamed), or across a border (虹桥镇's on
// 七宝镇's slide). Here each such neighbour gets a point in the part of it the slide shows: its box,
// in Chinese and in English, inside the town and inside the free map (off the presenter controls,
// the scale bar, the slide's own name and the other neighbours' names) on a 16:9 stage of 1280 × 720
// and of 1920 × 1080, and inside the town at a 4:3 stage's zoom too; of those, the one farthest from
// the town's edge, the free map's edges and the town's stations. A neighbour with no such point keeps
// the map's (tour-map.ts then leaves it out where it does not fit). Cartography only: not a place.
import * as turf from '@turf/turf';
import { gridInside, round6 } from './label-point.mjs';

/**
 * The slide's layout as fractions of a stage w × h (Tour.svelte with stage.ts): the camera's padding,
 * the free map (right of the card, above the footer) and what lies over it, the presenter controls
 * at the top right (measured in Chromium, Chinese and English, 1280 and 1920 wide: from 0.49 w, down
 * to 0.05 h) and the scale bar at the foot, right (labelsOutside's box for it: 120 px left of its
 * right edge, from 0.896 h).
 */
const PAD = { left: 0.418, right: 0.04, top: 0.08, bottom: 0.11 };
const KEEP_IN = { left: 0.388, top: 0, right: 1, bottom: 0.95 };
const KEEP_OUT = [
  { left: 0.485, top: 0, right: 1, bottom: 0.056 },
  { left: 0.89, top: 0.885, right: 1, bottom: 1 },
];
/** The stages the names must fit in, and one (4:3) whose smaller zoom only widens each box in the town. */
/** @type {[number, number][]} */
const STAGES = [[1280, 720], [1920, 1080]];
/** @type {[number, number]} */
const WIDEST = [1024, 768];
/** Px around a box (labelsOutside's margin, 3, and a little more) and between a box and a station's centre. */
const MARGIN = 6;
const STATION_GAP = 16;

const mx = (lng) => (lng + 180) / 360;
const my = (lat) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/** A function projecting [lng, lat] to the stage's px as MapLibre's fitBounds frames `town` (512 px tiles, zoom at most 14), and that zoom. */
export function slideCamera(town, [w, h]) {
  const [west, s, e, n] = turf.bbox(town);
  const [x0, x1, y0, y1] = [mx(west), mx(e), my(n), my(s)];
  const [aw, ah] = [w * (1 - PAD.left - PAD.right), h * (1 - PAD.top - PAD.bottom)];
  const zoom = Math.min(14, Math.log2(Math.min(aw / ((x1 - x0) * 512), ah / ((y1 - y0) * 512))));
  const k = 512 * 2 ** zoom;
  const [cx, cy] = [w * PAD.left + aw / 2, h * PAD.top + ah / 2];
  return { zoom, k, project: (/** @type {GeoJSON.Position} */ [lng, lat]) => [cx + (mx(lng) - (x0 + x1) / 2) * k, cy + (my(lat) - (y0 + y1) / 2) * k] };
}

/** The tour's town text size at `zoom` (tour-map.ts: 17 px at zoom 9 to 24 px at 12). */
const textSize = (zoom) => 17 + 7 * Math.min(1, Math.max(0, (zoom - 9) / 3));

/** Half the box of `text` at `size` px as label-fit.ts's labelSize measures it (CJK 1 em, else 0.6; 8 em wide at most, a line per 6 em). */
function half(text, size) {
  const e = [...text].reduce((w, c) => w + (c > '\u2e7f' ? 1 : 0.6), 0);
  return [(Math.min(e, 8) * size) / 2 + MARGIN, (Math.ceil(e / 6) * 1.2 * size) / 2 + MARGIN];
}

const meet = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const scaled = (r, w, h) => [r.left * w, r.top * h, r.right * w, r.bottom * h];

/**
 * @param slide the slide's town (a feature with `slide_lng`/`slide_lat`)
 * @param towns every town (features with `label_lng`/`label_lat`)
 * @param texts by town name: [Chinese, English as a neighbour is written (short), English in full]
 * @param stations every station as [lng, lat]
 * @returns {Map<string, [number, number]>} the neighbours given a point of their own on this slide, [lng, lat] rounded to 6 decimals
 */
export function slideNeighbourPoints(slide, towns, texts, stations) {
  const name = slide.properties.name;
  const cams = STAGES.map((s) => ({ s, ...slideCamera(slide, s) }));
  const wide = slideCamera(slide, WIDEST);
  // a name's boxes on each stage, in px, and whether each lies inside `town` at each zoom
  const boxes = (c, ts) => cams.flatMap(({ s: [w, h], k, zoom, project }) => {
    const [x, y] = project(c);
    return ts.map((t) => {
      const [hw, hh] = half(t, textSize(zoom));
      return { w, h, k, b: [x - hw, y - hh, x + hw, y + hh] };
    });
  });
  const inTown = (c, ts, town) => [...cams, { ...wide, s: WIDEST }].every(({ k, zoom }) => ts.every((t) => {
    const [hw, hh] = half(t, textSize(zoom)).map((v) => (v - MARGIN) / k);
    const [x, y] = [mx(c[0]), my(c[1])];
    const at = (i, j) => [((x + i * hw) * 360) - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + j * hh)))) * 180) / Math.PI];
    return [-1, 0, 1].every((i) => [-1, 0, 1].every((j) => turf.booleanPointInPolygon(at(i, j), town)));
  }));
  const free = (bs, taken) => bs.every(({ w, h, b }) => {
    const keep = scaled(KEEP_IN, w, h);
    return b[0] >= keep[0] && b[1] >= keep[1] && b[2] <= keep[2] && b[3] <= keep[3] && !KEEP_OUT.some((r) => meet(b, scaled(r, w, h))) && !taken.some((o) => o.w === w && meet(b, o.b));
  });
  const own = [slide.properties.slide_lng, slide.properties.slide_lat];
  const taken = boxes(own, [texts.get(name)[0], texts.get(name)[2]]);
  const others = towns.filter((t) => t.properties.name !== name);
  const neighbour = (t) => texts.get(t.properties.name).slice(0, 2);
  const stays = (t) => {
    const p = [t.properties.label_lng, t.properties.label_lat];
    return inTown(p, neighbour(t), t) && free(boxes(p, neighbour(t)), taken);
  };
  // the names that fit where they are first (they are drawn), then the others, the largest on screen first
  for (const t of others.filter(stays)) taken.push(...boxes([t.properties.label_lng, t.properties.label_lat], neighbour(t)));
  const [w, h] = STAGES[0];
  const { k, project } = cams[0];
  /** @type {(p: number[]) => [number, number]} */
  const unproject = ([x, y]) => {
    const [x0, y0, x1, y1] = turf.bbox(slide);
    const [cx, cy] = [w * PAD.left + (w * (1 - PAD.left - PAD.right)) / 2, h * PAD.top + (h * (1 - PAD.top - PAD.bottom)) / 2];
    const [px, py] = [(mx(x0) + mx(x1)) / 2 + (x - cx) / k, (my(y0) + my(y1)) / 2 + (y - cy) / k];
    return [px * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * py))) * 180) / Math.PI];
  };
  const view = scaled(KEEP_IN, w, h);
  const shown = turf.bboxPolygon([...unproject([view[0], view[3]]), ...unproject([view[2], view[1]])]);
  const onScreen = (t) => turf.intersect(turf.featureCollection([t, shown]));
  const out = new Map();
  const edgePx = (t) => {
    // (a MultiLineString for a town with a hole: pointToLineDistance walks its segments, though its types say LineString)
    const line = /** @type {GeoJSON.Feature<GeoJSON.LineString>} */ (turf.polygonToLine(t));
    return (c) => (turf.pointToLineDistance(c, line, { units: 'meters' }) * k) / (40_075_017 * Math.cos((c[1] * Math.PI) / 180));
  };
  const moving = others.filter((t) => !stays(t) && onScreen(t)).sort((a, b) => turf.area(/** @type {GeoJSON.Feature} */ (onScreen(b))) - turf.area(/** @type {GeoJSON.Feature} */ (onScreen(a))));
  for (const t of moving) {
    const part = onScreen(t);
    const ts = neighbour(t);
    const edge = edgePx(t);
    const near = stations.filter((q) => turf.booleanPointInPolygon(q, t)).map(project);
    let best = null;
    for (const c of gridInside(part, 40)) {
      const bs = boxes(c, ts);
      if (!free(bs, taken) || !inTown(c, ts, t)) continue;
      const [x, y] = project(c);
      const b = bs[0].b;
      const fromView = Math.min(b[0] - view[0], view[2] - b[2], b[1] - view[1], view[3] - b[3]);
      const fromStation = Math.min(Infinity, ...near.map(([sx, sy]) => Math.hypot(Math.max(0, Math.abs(sx - x) - (b[2] - b[0]) / 2), Math.max(0, Math.abs(sy - y) - (b[3] - b[1]) / 2)) - STATION_GAP));
      const score = Math.min(edge(c), fromView, fromStation + 20);
      if (!best || score > best.score) best = { score, c };
    }
    if (!best) continue;
    out.set(t.properties.name, best.c.map(round6));
    taken.push(...boxes(best.c, ts));
  }
  return out;
}
