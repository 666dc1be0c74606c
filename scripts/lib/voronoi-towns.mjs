// Partitions a polygon among named anchor points: Voronoi cells of the anchors, clipped to the
// polygon, dissolved per town. Deterministic for a given anchor list (sorted before use).
import * as turf from '@turf/turf';

/**
 * @param {GeoJSON.Feature<GeoJSON.Polygon>} part
 * @param {{ town: string, lng: number, lat: number }[]} anchors
 * @returns {Map<string, GeoJSON.Feature>} town → dissolved (Multi)Polygon clipped to `part`
 */
export function partitionByAnchors(part, anchors) {
  const seen = new Set();
  const unique = [...anchors]
    .sort((a, b) => a.lng - b.lng || a.lat - b.lat || (a.town < b.town ? -1 : a.town > b.town ? 1 : 0))
    .filter((a) => {
      const key = `${a.lng.toFixed(6)},${a.lat.toFixed(6)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const [minX, minY, maxX, maxY] = turf.bbox(part);
  /** @type {GeoJSON.BBox} */
  const bbox = [minX - 0.1, minY - 0.1, maxX + 0.1, maxY + 0.1];
  const points = turf.featureCollection(unique.map((a) => turf.point([a.lng, a.lat], { town: a.town })));
  const cells = turf.voronoi(points, { bbox });
  const byTown = new Map();
  cells.features.forEach((cell, i) => {
    if (!cell) return;
    const clipped = turf.intersect(turf.featureCollection([cell, part]));
    if (!clipped) return;
    const town = unique[i].town;
    if (!byTown.has(town)) byTown.set(town, []);
    byTown.get(town).push(clipped);
  });
  const out = new Map();
  for (const [town, pieces] of [...byTown.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const merged = pieces.length === 1 ? pieces[0] : turf.union(turf.featureCollection(pieces));
    if (merged) out.set(town, merged);
  }
  reassignOrphans(out, unique);
  return out;
}

const polygonsOf = (f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((c) => turf.polygon(c));

/**
 * A Voronoi cell clipped to a non-convex outline can fall apart: a piece of a town that holds none
 * of its anchors (it lies across a notch of the outline) is given to the touching town whose
 * nearest anchor is closest to the piece, so towns stay one polygon where the data allows.
 */
function reassignOrphans(out, anchors) {
  for (const town of [...out.keys()]) {
    const polys = polygonsOf(out.get(town));
    if (polys.length < 2) continue;
    const own = anchors.filter((a) => a.town === town).map((a) => [a.lng, a.lat]);
    const keep = [];
    for (const poly of polys) {
      if (own.some((p) => turf.booleanPointInPolygon(p, poly))) {
        keep.push(poly);
        continue;
      }
      const c = turf.centroid(poly).geometry.coordinates;
      let best = null;
      let bd = Infinity;
      for (const [other, f] of out) {
        if (other === town || !turf.booleanIntersects(poly, f)) continue;
        for (const a of anchors) {
          if (a.town !== other) continue;
          const d = (a.lng - c[0]) ** 2 + (a.lat - c[1]) ** 2;
          if (d < bd) [best, bd] = [other, d];
        }
      }
      if (best) out.set(best, turf.union(turf.featureCollection([out.get(best), poly])));
      else keep.push(poly);
    }
    out.set(town, keep.length === 1 ? keep[0] : turf.union(turf.featureCollection(keep)));
  }
}
