// Adds a layer at its place in LAYER_ORDER, and a GeoJSON source once (later updates use setData).
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { beforeIdFor, orderIndex } from './layer-order';
import { PART_KEY, SHARED_SOURCE, sourceOf, type BasePart } from './features';

/**
 * The source and filter of a layer drawing one base part (see baseSources), optionally narrowed
 * by `extra`; spread into the layer specification.
 */
export function onPart(
  part: BasePart,
  extra?: ExpressionSpecification,
): { source: string; filter?: ExpressionSpecification } {
  const source = sourceOf(part);
  const own: ExpressionSpecification | undefined = source === SHARED_SOURCE ? ['==', ['get', PART_KEY], part] : undefined;
  const filter = own && extra ? (['all', own, extra] as ExpressionSpecification) : (own ?? extra);
  return filter ? { source, filter } : { source };
}

export function addOrdered(map: MlMap, layer: LayerSpecification): void {
  orderIndex(layer.id);
  if (map.getLayer(layer.id)) return;
  map.addLayer(layer, beforeIdFor(layer.id, (id) => !!map.getLayer(id)));
}

export function setGeoJson(map: MlMap, sourceId: string, data: FeatureCollection): void {
  const src = map.getSource(sourceId) as GeoJSONSource | undefined;
  if (src) src.setData(data);
  else map.addSource(sourceId, { type: 'geojson', data });
}

export function setVisible(map: MlMap, ids: readonly string[], visible: boolean): void {
  for (const id of ids) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}

export const EMPTY_FC: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Removes layers (all of them first), then sources, skipping any that are not there. */
export function removeLayers(map: MlMap, layerIds: readonly string[], sourceIds: readonly string[] = layerIds): void {
  for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of sourceIds) if (map.getSource(id)) map.removeSource(id);
}
