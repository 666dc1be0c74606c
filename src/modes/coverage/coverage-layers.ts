// Map layers of the coverage mode: the raster image source 'coverage-raster' (covered / gaps /
// completeness) and the hypothetical facilities 'coverage-hypothetical'. Added on entering the
// mode, removed on leaving it.
import type { CanvasSource, Map as MlMap } from 'maplibre-gl';
import type { FacilityPoint, RasterImage } from '../../lib/analysis/coverage/index';
import { addOrdered, removeLayers, setGeoJson } from '../../lib/map/add-layer';
import { FONT_STACK } from '../../lib/map/style';
import { pointsFc } from '../../lib/data/export';

export const RASTER_ID = 'coverage-raster';
export const HYPO_ID = 'coverage-hypothetical';
const HYPO_LABEL_ID = 'analysis-labels';

/**
 * Shows an RGBA image on the map through a canvas source: putImageData, then one texture upload
 * (no PNG encoding on the main thread — toBlob alone cost ~30 ms there).
 */
export function showRaster(map: MlMap, img: RasterImage): void {
  const src = map.getSource(RASTER_ID) as CanvasSource | undefined;
  const canvas = src?.getCanvas() ?? document.createElement('canvas');
  if (canvas.width !== img.width) canvas.width = img.width;
  if (canvas.height !== img.height) canvas.height = img.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  if (src) {
    src.setCoordinates(img.coordinates);
    src.play();
    src.pause(); // uploads the canvas once
    map.triggerRepaint();
  } else {
    map.addSource(RASTER_ID, { type: 'canvas', canvas, coordinates: img.coordinates, animate: false });
  }
  addOrdered(map, { id: RASTER_ID, type: 'raster', source: RASTER_ID, paint: { 'raster-opacity': 0.9, 'raster-resampling': 'nearest', 'raster-fade-duration': 0 } });
}

/**
 * Adds the raster layer with a transparent 1×1 image on entering the mode, so MapLibre compiles
 * its raster shader (~0.3 s under SwiftShader) before, not after, the first analysis.
 */
export function prepareRaster(map: MlMap, coordinates: RasterImage['coordinates']): void {
  if (map.getSource(RASTER_ID)) return;
  showRaster(map, { data: new Uint8ClampedArray(4), width: 1, height: 1, coordinates });
}

export function showHypothetical(map: MlMap, points: readonly FacilityPoint[], label: (p: FacilityPoint) => string): void {
  setGeoJson(map, HYPO_ID, pointsFc(points, (p) => ({ id: p.id, category: p.category, label: label(p) })));
  addOrdered(map, {
    id: HYPO_ID, type: 'circle', source: HYPO_ID,
    paint: { 'circle-radius': 8, 'circle-color': '#ffeb3b', 'circle-stroke-color': '#212121', 'circle-stroke-width': 2.5 },
  });
  addOrdered(map, {
    id: HYPO_LABEL_ID, type: 'symbol', source: HYPO_ID,
    layout: { 'text-field': ['get', 'label'], 'text-font': FONT_STACK, 'text-size': 12, 'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': 1.2 },
    paint: { 'text-color': '#212121', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
  });
}

export function removeCoverageLayers(map: MlMap): void {
  removeLayers(map, [HYPO_LABEL_ID, HYPO_ID, RASTER_ID], [HYPO_ID, RASTER_ID]);
}
