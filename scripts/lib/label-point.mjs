// Where to write a town's name on the map: inside its polygon, clear of its edge, of the points
// drawn in it and of the other towns' names (a name is wide and short, so what is beside it counts
// more than what is above or below), and not far from its middle. Cartography only: the point is
// not a place.
import * as turf from '@turf/turf';

const M_PER_DEG_LAT = 111_320;

/**
 * @param {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>} town
 * @param {[number, number][]} points every point drawn on the map (any layer, any town)
 * @param {[number, number][]} names where the other towns' names are written (or will be)
 * @returns {[number, number]} [lng, lat], rounded to 6 decimals
 */
export function labelPoint(town, points, names = []) {
  const parts = town.geometry.type === 'Polygon' ? [town.geometry.coordinates] : town.geometry.coordinates;
  const main = turf.polygon(parts.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a)));
  const [w, s, e, n] = turf.bbox(main);
  const kx = M_PER_DEG_LAT * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const centre = turf.centroid(main).geometry.coordinates;
  const edge = turf.polygonToLine(main);
  const near = points.filter(([x, y]) => x > w - 0.02 && x < e + 0.02 && y > s - 0.02 && y < n + 0.02);
  const STEPS = 48;
  let best = null;
  for (let i = 1; i < STEPS; i++) {
    for (let j = 1; j < STEPS; j++) {
      const c = [w + ((e - w) * i) / STEPS, s + ((n - s) * j) / STEPS];
      if (!turf.booleanPointInPolygon(c, main)) continue;
      const toEdge = turf.pointToLineDistance(c, edge, { units: 'meters' });
      let toPoint = Infinity;
      for (const [x, y] of near) {
        const dx = (x - c[0]) * kx;
        const dy = (y - c[1]) * M_PER_DEG_LAT * 3; // beside the name counts three times as much
        toPoint = Math.min(toPoint, Math.hypot(dx, dy));
      }
      // another name: clear when far enough above or below it, or 3.5 times that to the side; it
      // weighs double (a name on a name is worse than a name on a point)
      let toName = Infinity;
      for (const [x, y] of names) toName = Math.min(toName, Math.max((Math.abs(x - c[0]) * kx) / 3.5, Math.abs(y - c[1]) * M_PER_DEG_LAT));
      const toCentre = Math.hypot((c[0] - centre[0]) * kx, (c[1] - centre[1]) * M_PER_DEG_LAT);
      const score = Math.min(toEdge, toPoint, 0.5 * toName) - 0.25 * toCentre;
      if (!best || score > best.score) best = { score, c };
    }
  }
  const round = (v) => Math.round(v * 1e6) / 1e6;
  return best ? [round(best.c[0]), round(best.c[1])] : [round(centre[0]), round(centre[1])];
}
