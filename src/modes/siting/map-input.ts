// What the planner does on the siting map: a click (or Enter on the focused map, at its centre)
// places a candidate or a moved site while one is being chosen, Esc stops, and a suggested site is
// dragged to a new spot; a CSV dropped on the map is read as candidate sites, as one dropped on the
// candidate-file control is; Ctrl+P and the browser's own print print as 打印 does. Adds the siting layers
// and takes them away again with the returned undo.
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { placeByKey } from '../../lib/map/place-by-key';
import { bindPrint } from '../../lib/map/print-map';
import { addSitingLayers, removeSitingLayers } from './map-layers';

export interface SitingInput {
  /** clicks count only while 驿站选址 is the mode in use */
  active(): boolean;
  /** a candidate or a site's new position is being chosen */
  armed(): boolean;
  place(lng: number, lat: number): void;
  cancel(): void;
  /** a site follows the pointer while dragged, and is moved where it is dropped */
  drag(id: string, lng: number, lat: number): void;
  drop(id: string, lng: number, lat: number): void;
  /** a CSV dropped on the map (not left to 导入数据, where a file dropped on the page goes) */
  file(f: File): void;
}

export function bindSitingMap(map: MlMap, h: SitingInput): () => void {
  addSitingLayers(map);
  let dragging: string | null = null;
  const onClick = (e: MapMouseEvent) => {
    if (h.active()) h.place(e.lngLat.lng, e.lngLat.lat);
  };
  const onDown = (e: MapMouseEvent) => {
    const hit = map.queryRenderedFeatures(e.point, { layers: ['siting-sites'] })[0];
    if (!hit) return;
    e.preventDefault();
    dragging = String(hit.properties.id);
    map.dragPan.disable();
  };
  const onMove = (e: MapMouseEvent) => {
    if (dragging) h.drag(dragging, e.lngLat.lng, e.lngLat.lat);
  };
  const onUp = (e: MapMouseEvent) => {
    if (!dragging) return;
    const id = dragging;
    dragging = null;
    map.dragPan.enable();
    h.drop(id, e.lngLat.lng, e.lngLat.lat);
  };
  // (the map's own property: the page's drop handler, which takes a file to 导入数据, sees it taken)
  map.getContainer().ondrop = (e) => {
    const f = e.dataTransfer?.files[0];
    if (f && /(sv|txt)$/i.test(f.name)) {
      e.preventDefault();
      h.file(f);
    }
  };
  map.on('click', onClick);
  const offKey = placeByKey(map, h.armed, h.place, h.cancel);
  const offPrint = bindPrint(map);
  map.on('mousedown', onDown);
  map.on('mousemove', onMove);
  map.on('mouseup', onUp);
  return () => {
    map.getContainer().ondrop = null;
    map.off('click', onClick);
    offKey();
    offPrint();
    map.off('mousedown', onDown);
    map.off('mousemove', onMove);
    map.off('mouseup', onUp);
    map.dragPan.enable();
    removeSitingLayers(map);
  };
}
