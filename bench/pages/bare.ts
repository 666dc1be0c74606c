// Baseline page for the first-idle benchmark: MapLibre with the app's offline style and no data.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { baseStyle, loadFontFaces } from '../../src/lib/map/style';

maplibregl.setWorkerUrl(workerUrl);
const faces = await loadFontFaces(document.baseURI);
const map = new maplibregl.Map({
  container: 'map',
  style: baseStyle(faces),
  bounds: [
    [121.26, 30.97],
    [121.56, 31.24],
  ],
  attributionControl: false,
});
(window as unknown as { __zhihuiMap: maplibregl.Map }).__zhihuiMap = map;
map.once('idle', () => {
  (window as unknown as { __firstIdle: number }).__firstIdle = performance.now();
});
