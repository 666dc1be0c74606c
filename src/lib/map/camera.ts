// Reads a MapLibre LngLatLike (object or [lng, lat] pair) without importing maplibre-gl at run time.
import type { LngLatLike, Map as MlMap } from 'maplibre-gl';
import { boundsBox } from '../data/coords';

export function maplibreLng(p: LngLatLike): number {
  return Array.isArray(p) ? p[0] : 'lng' in p ? p.lng : p.lon;
}

export function maplibreLat(p: LngLatLike): number {
  return Array.isArray(p) ? p[1] : p.lat;
}

/** 闵行区 outline extent (WGS-84, from data/district-outline.geojson), the first view of the map. */
export const MINHANG_BOUNDS: [[number, number], [number, number]] = [
  [121.235805, 30.978592],
  [121.57196, 31.261775],
];

/** A map as narrow as a phone's (the layout and controls change below 640 px). */
export const isNarrow = (map: Pick<MlMap, 'getContainer'>): boolean => map.getContainer().clientWidth <= 640;

/** Event data of a camera move that frames the whole district (a resize may then frame it again). */
export const DISTRICT_FRAME = 'districtFrame';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Padding for framing something on the map so that a panel floating over it (the details panel)
 * does not hide it: beside the panel when it stands at one side, below it when it spans the
 * width (phones). Never more than 60 % of the map's width or height, so there is always room.
 */
export function paddingBeside(map: Rect, panel: Rect | null, margin = 40): Padding {
  const pad: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  if (!panel || panel.right - panel.left <= 0 || panel.bottom - panel.top <= 0) return pad;
  if (panel.right <= map.left || panel.left >= map.right || panel.bottom <= map.top || panel.top >= map.bottom) return pad;
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const gap = 10;
  const onRight = panel.left - map.left > width / 2;
  const onLeft = map.right - panel.right > width / 2;
  if (onRight) pad.right = Math.min(map.right - panel.left + gap, width * 0.6);
  else if (onLeft) pad.left = Math.min(panel.right - map.left + gap, width * 0.6);
  else pad.top = Math.min(panel.bottom - map.top + gap, height * 0.6);
  return pad;
}

/** Whether the point `ll` of the map in `box` lies under `panel` (page px). */
function under(map: MlMap, box: Rect, ll: [number, number], panel: Rect | null): boolean {
  const p = map.project(ll);
  const [x, y] = [box.left + p.x, box.top + p.y];
  return !!panel && x >= panel.left && x <= panel.right && y >= panel.top && y <= panel.bottom;
}

/**
 * Eases the map to a point that is off screen (a point picked from a list or typed in) or under
 * `panel`, a panel floating over the map (the details; on a phone they span the map's width): the
 * point then goes to the middle of the part of the map the panel leaves free. Else leaves it.
 */
export function showPoint(map: MlMap, ll: [number, number], duration?: number, panel: Rect | null = null, also: [number, number][] = []): boolean | void {
  const box = map.getContainer().getBoundingClientRect();
  const all = [ll, ...also];
  const covered = all.some((p) => under(map, box, p, panel));
  if (map.getBounds().contains(ll) && !covered) return;
  const pad = paddingBeside(box, panel, 0);
  const time = duration === undefined ? {} : { duration };
  // with points to keep in view too (找服务's start and results): all framed there, no closer than now (review 24: on a
  // phone the start went off the map; review 26: on a tablet the details hid results they did not cover before)
  if (also.length) map.fitBounds(boundsBox({ polygons: [[all]] }), { padding: paddingBeside(box, panel, 30), maxZoom: map.getZoom(), ...time });
  else map.easeTo({ center: ll, offset: [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2], ...time });
  return covered;
}

/**
 * (Both say whether they moved the map out from under the details.)
 * A town whose details cover its middle (a tablet's or a phone's details span the map's top) is framed
 * in the part of the map they leave free, no closer than the map is; else left where it is.
 */
export function showArea(map: MlMap, b: number[], panel: Rect | null): boolean | void {
  const box = map.getContainer().getBoundingClientRect();
  if (!under(map, box, [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], panel)) return;
  map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { padding: paddingBeside(box, panel), maxZoom: map.getZoom() });
  return true;
}
