// The pointer over the map's points: a hand cursor, and a small tip that follows it with the
// point's name, what it is and its town (see hover-text.ts). One query per pointer move serves
// both. The tip is built with textContent only, so names from a planner's file cannot inject markup.
import { Popup, type Map as MlMap, type MapMouseEvent } from 'maplibre-gl';
import type { HoverHit, HoverText } from './hover-text';

export interface PointHoverOptions {
  /** The point layers, topmost first (hidden or absent ones are skipped). */
  layers: readonly string[];
  /** The tip for the points under the pointer; null shows none (the cursor still changes). */
  describe: (hits: HoverHit[]) => HoverText | null;
}

/** Those of `ids` that are on the map and shown (what a pointer query should ask about). */
export function shownLayers(map: MlMap, ids: readonly string[]): string[] {
  return ids.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
}

export function attachPointHover(map: MlMap, opts: PointHoverOptions): () => void {
  const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 12, maxWidth: '280px', className: 'hover-tip' });
  const body = document.createElement('div');
  const title = body.appendChild(document.createElement('strong'));
  const detail = body.appendChild(document.createElement('div'));
  const hint = body.appendChild(document.createElement('small'));
  body.dataset.testid = 'hover-tip';
  popup.setDOMContent(body);

  const hide = () => popup.remove();
  // a tap fires a mouse move too: no tip for it, which nothing would take away (review 23)
  let touched = -1e9;
  const onTouch = (e: { originalEvent: Event }) => (touched = e.originalEvent.timeStamp);
  const onMove = (e: MapMouseEvent) => {
    if (e.originalEvent.timeStamp - touched < 1000) return;
    const layers = shownLayers(map, opts.layers);
    const hits = layers.length ? map.queryRenderedFeatures(e.point, { layers }) : [];
    map.getCanvas().style.cursor = hits.length ? 'pointer' : '';
    const text = hits.length ? opts.describe(hits.map((f) => ({ layer: f.layer.id, properties: f.properties }))) : null;
    if (!text) return hide();
    title.textContent = text.title;
    detail.textContent = text.detail;
    hint.textContent = text.hint;
    popup.setLngLat(e.lngLat);
    if (!popup.isOpen()) popup.addTo(map);
  };
  map.on('mousemove', onMove);
  map.on('touchstart', onTouch);
  map.on('mouseout', hide);
  map.on('movestart', hide);
  return () => {
    map.off('mousemove', onMove);
    map.off('touchstart', onTouch);
    map.off('mouseout', hide);
    map.off('movestart', hide);
    hide();
  };
}
