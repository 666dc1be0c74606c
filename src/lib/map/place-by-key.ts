// Placing a point without a mouse: while `armed()`, Enter on the focused map places it at the
// map's centre (Aim.svelte marks the spot) and Esc, anywhere on the page, cancels. Used by
// 生活圈覆盖's what-if facility and 驿站选址's candidates and moved sites. Returns the undo.
import type { Map as MlMap } from 'maplibre-gl';

export function placeByKey(map: MlMap, armed: () => boolean, place: (lng: number, lat: number) => void, cancel: () => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!armed() || (e.key !== 'Escape' && (e.key !== 'Enter' || !map.getContainer().contains(e.target as Node)))) return;
    if (e.key === 'Enter') place(map.getCenter().lng, map.getCenter().lat);
    else cancel();
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
