// How a point is drawn, as plain per-feature properties. Every base circle layer reads the same
// four properties, so MapLibre compiles ONE circle shader program for all of them: each distinct
// mix of data-driven and constant paint properties is a separate program, and under software
// WebGL (SwiftShader, the only WebGL on machines without a GPU) each costs tens of ms at start-up.
// No map calls here (types only), so it is unit-tested without a map.
import type { CircleLayerSpecification } from 'maplibre-gl';
import type { Precision } from '../data/schema';

export interface CircleLook {
  _fill: string;
  _fillOpacity: number;
  _stroke: string;
  _strokeWidth: number;
}

/** The one circle paint every base point layer uses (radius is per layer, zoom-dependent). */
export const CIRCLE_LOOK_PAINT: NonNullable<CircleLayerSpecification['paint']> = {
  'circle-color': ['get', '_fill'],
  'circle-opacity': ['get', '_fillOpacity'],
  'circle-stroke-color': ['get', '_stroke'],
  'circle-stroke-width': ['get', '_strokeWidth'],
};

/**
 * Position precision made visible: exact = solid, approximate or estimated (placed from memory,
 * not checked) = lighter fill, town-only (the point stands for "somewhere in this town") = hollow
 * ring. The legend names each look (legendExact, legendApprox, legendTown).
 */
export function precisionLook(colour: string, precision: Precision | string): CircleLook {
  if (precision === 'town') return { _fill: '#ffffff', _fillOpacity: 0.9, _stroke: colour, _strokeWidth: 2.2 };
  return { _fill: colour, _fillOpacity: precision === 'exact' ? 1 : 0.75, _stroke: colour, _strokeWidth: 1 };
}

/** A ring with no fill (crossings, the selection marker). */
export function ringLook(colour: string, width: number, fill = '#ffffff', fillOpacity = 1): CircleLook {
  return { _fill: fill, _fillOpacity: fillOpacity, _stroke: colour, _strokeWidth: width };
}
