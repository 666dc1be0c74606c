// Diagnostic page for the first-idle benchmark: MapLibre with the app's offline style and the
// embedded pack's data layers, but none of the app's UI. Against the bare page it shows what
// drawing the data costs; against the app, what the app shell adds.
// For the breakdown (BENCH_BREAKDOWN=1 npx tsx bench/app.ts) it also takes
//   ?without=symbol,circle,fill,line  – drop the data layers of those types after adding them
//   ?locale=en                        – English labels (Latin glyphs only: one font file)
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { baseStyle, loadFontFaces } from '../../src/lib/map/style';
import { loadEmbeddedPack } from '../../src/lib/io/pack';
import { addBaseLayers } from '../../src/lib/map/base-layers';
import { MINHANG_BOUNDS } from '../../src/lib/map/camera';

const query = new URLSearchParams(location.search);
const without = new Set((query.get('without') ?? '').split(',').filter(Boolean));

maplibregl.setWorkerUrl(workerUrl);
const [faces, pack] = await Promise.all([loadFontFaces(document.baseURI), loadEmbeddedPack()]);
const map = new maplibregl.Map({
  container: 'map',
  style: baseStyle(faces),
  bounds: MINHANG_BOUNDS,
  fitBoundsOptions: { padding: 40 },
  attributionControl: false,
  fadeDuration: 0,
});
(window as unknown as { __zhihuiMap: maplibregl.Map }).__zhihuiMap = map;
map.once('load', () => {
  addBaseLayers(map, pack, query.get('locale') === 'en' ? 'en' : 'zh');
  for (const layer of map.getStyle().layers) if (without.has(layer.type)) map.removeLayer(layer.id);
  map.once('idle', () => {
    (window as unknown as { __firstIdle: number }).__firstIdle = performance.now();
  });
});
