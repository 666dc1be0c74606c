// Draws the 黄浦江 centreline through/along 闵行区 (WGS-84, approximate) and writes
// data/barriers.geojson. Run: node scripts/build-river.mjs (after data/district-outline.geojson).
//
// How the line is made (general geographic knowledge cross-checked against the outline):
// - Along the southern boundary with 奉贤区 the river IS the district boundary, so the line follows
//   the outline's own vertices there (from the SW corner to the bend at ≈121.485E 31.018N, where
//   the land boundary of 浦江镇 with 奉贤区 turns south), shifted ~55 m outward so it does not
//   coincide with the outline. The 闵浦三桥 coordinate (30.98499N 121.37123E) falls on this edge.
// - From the bend the river runs north between 吴泾镇 (west bank) and 浦江镇/浦锦街道 (east bank)
//   to the point where the outline meets 徐汇区 (outline vertex ≈121.4583E 31.1045N); this inner
//   section is drawn as a near-straight line between those two points: the real river curves by up
//   to a few hundred metres, which is why it is marked approximate.
// - North of that point the river is the boundary between 徐汇区 and 浦锦街道, then 徐汇区/浦东新区;
//   the line follows the outline there (shifted ~55 m into 徐汇区) and goes on, as a rough line
//   along the river between 徐汇区 and 浦东新区 and on past the Bund to beyond 杨浦大桥 (31.28N, north of
//   the outline's bounding box, which is the coverage grid): no straight route between 浦锦街道 and the
//   west bank may slip round its end (it did ~1 km north of the outline), nor may the coverage grid's
//   regions join round it through the cells outside 闵行 (they did while it ended at 31.17N).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round6, stringifyFeatureCollection } from './lib/geojson-io.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OFFSET = 0.0005; // ≈ 55 m (lat) / 48 m (lng)

/** Nearest outline vertex index to a point (planar, degrees). */
function nearestIndex(ring, [x, y]) {
  let best = 0;
  let bd = Infinity;
  ring.forEach(([a, b], i) => {
    const d = (a - x) ** 2 + (b - y) ** 2;
    if (d < bd) [best, bd] = [i, d];
  });
  return best;
}

/** Vertices of the ring from index i to j walking backwards (the ring is listed clockwise here). */
function walk(ring, i, j, step) {
  const n = ring.length - 1;
  const out = [];
  for (let k = i; ; k = (k + step + n) % n) {
    out.push(ring[k]);
    if (k === j) break;
  }
  return out;
}

function densify(a, b, parts) {
  return Array.from({ length: parts - 1 }, (_, k) => [a[0] + ((b[0] - a[0]) * (k + 1)) / parts, a[1] + ((b[1] - a[1]) * (k + 1)) / parts]);
}

export function huangpuCentreline(outline) {
  const ring = outline.features[0].geometry.coordinates[0];
  // Points fixed by the outline (found by proximity, so the outline may be regenerated):
  const sw = nearestIndex(ring, [121.347, 30.9786]); // SW end of the river boundary with 奉贤区
  const bend = nearestIndex(ring, [121.4848, 31.0177]); // where the land boundary of 浦江镇 starts
  const xuhui = nearestIndex(ring, [121.4583, 31.1045]); // river meets the 徐汇区 boundary
  const exit = nearestIndex(ring, [121.4613, 31.1143]); // 徐汇区 / 浦东新区 / 闵行区 meet on the river
  const step = sw > bend ? -1 : 1;
  const south = walk(ring, sw, bend, step).map(([x, y]) => [x, y - OFFSET]);
  const north = walk(ring, xuhui, exit, xuhui < exit ? 1 : -1).map(([x, y]) => [x - OFFSET, y]);
  const bendPt = ring[bend];
  const inner = densify([bendPt[0] + 0.0012, bendPt[1] + 0.0004], north[0], 6);
  const coords = [
    [121.332, 30.9745], // upstream, in 松江区/奉贤区 (beyond the outline)
    ...south,
    [bendPt[0] + 0.0012, bendPt[1] + 0.0004],
    ...inner,
    ...north,
    [121.4655, 31.121], // downstream, 徐汇区/浦东新区 (beyond the outline)
    [121.4655, 31.128],
    [121.467, 31.15], // rough, only to close the way round: not used for any place in 闵行
    [121.469, 31.17],
    // on past 卢浦大桥, 南浦大桥 and the Bund to beyond 杨浦大桥, out of the coverage grid (the outline's
    // bounding box, north edge 31.262N): a line ending inside it let the grid's regions join round its end
    // through the cells outside 闵行, so barrier mode was straight-line mode (review 24)
    [121.478, 31.193],
    [121.498, 31.21],
    [121.499, 31.23],
    [121.493, 31.242],
    [121.51, 31.252],
    [121.528, 31.256],
    [121.548, 31.268],
    [121.556, 31.28],
  ];
  return coords.map(([x, y]) => [round6(x), round6(y)]);
}

function main() {
  const outline = JSON.parse(readFileSync(join(ROOT, 'data', 'district-outline.geojson'), 'utf8'));
  const feature = {
    type: 'Feature',
    properties: {
      id: 'huangpu-river',
      name: '黄浦江',
      name_en: 'Huangpu River',
      kind: 'river',
      precision: 'approximate',
      source:
        '公开地理常识：黄浦江是闵行区与奉贤区、徐汇区的界河，区内东岸部分（浦江镇、浦锦街道）以它为界，已与 data/district-outline.geojson 核对；由 scripts/build-river.mjs 绘制',
      note: '中心线，不是两岸（此段江面宽约300–400米）；吴泾镇与浦江镇之间的一段是区界上两个定点之间的近似直线，与实际河道可相差数百米；区界以北为沿徐汇区、黄浦区与浦东新区之间河道的粗略延长线（经卢浦大桥、南浦大桥、外滩至杨浦大桥以北，按记忆估计，可差数百米），只为使两岸之间的路线（包括生活圈覆盖网格中区外的格子）不能绕过线端，不用于闵行区内任何地点',
    },
    geometry: { type: 'LineString', coordinates: huangpuCentreline(outline) },
  };
  const out = join(ROOT, 'data', 'barriers.geojson');
  writeFileSync(out, stringifyFeatureCollection([feature]));
  console.log(`wrote ${out}: 黄浦江 with ${feature.geometry.coordinates.length} vertices`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
