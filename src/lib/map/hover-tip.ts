// A small tip that follows the pointer over the map's points: name, what it is, its town (see
// hover-text.ts). Built with textContent only, so names from a planner's file cannot inject markup.
import { Popup, type Map as MlMap, type MapMouseEvent } from 'maplibre-gl';
import type { HoverHit, HoverText } from './hover-text';

export interface HoverTipOptions {
  /** The layers to describe, topmost first; an empty list turns the tip off. */
  layers: () => string[];
  describe: (hits: HoverHit[]) => HoverText | null;
}

export function attachHoverTip(map: MlMap, opts: HoverTipOptions): () => void {
  const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 12, maxWidth: '280px', className: 'hover-tip' });
  const body = document.createElement('div');
  const title = body.appendChild(document.createElement('strong'));
  const detail = body.appendChild(document.createElement('div'));
  const hint = body.appendChild(document.createElement('small'));
  body.dataset.testid = 'hover-tip';
  popup.setDOMContent(body);

  const hide = () => popup.remove();
  const onMove = (e: MapMouseEvent) => {
    const layers = opts.layers().filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    const hits = layers.length ? map.queryRenderedFeatures(e.point, { layers }) : [];
    const text = opts.describe(hits.map((f) => ({ layer: f.layer.id, properties: f.properties })));
    if (!text) return hide();
    title.textContent = text.title;
    detail.textContent = text.detail;
    hint.textContent = text.hint;
    popup.setLngLat(e.lngLat);
    if (!popup.isOpen()) popup.addTo(map);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', hide);
  map.on('movestart', hide);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', hide);
    map.off('movestart', hide);
    hide();
  };
}
