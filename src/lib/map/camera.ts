// Reads a MapLibre LngLatLike (object or [lng, lat] pair) without importing maplibre-gl at run time.
import type { LngLatLike } from 'maplibre-gl';

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
