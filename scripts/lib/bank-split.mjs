// Splits the district outline by the 黄浦江 centreline into the west-bank part and the east-bank
// part (浦江镇 + 浦锦街道). The river line runs from upstream (SW) to downstream (N); the region
// to its right (south/east) is closed off with a far box, intersected with the outline, and its
// largest piece is the east bank. Slivers where the outline dips past the line stay west.
import * as turf from '@turf/turf';

function largestPolygon(geom) {
  if (geom.type === 'Polygon') return turf.polygon(geom.coordinates);
  const polys = geom.coordinates.map((c) => turf.polygon(c));
  polys.sort((a, b) => turf.area(b) - turf.area(a));
  return polys[0];
}

/** @returns {{ west: GeoJSON.Feature<GeoJSON.Polygon>, east: GeoJSON.Feature<GeoJSON.Polygon>, westPieces: number }} */
export function splitByRiver(outline, river) {
  const line = river.geometry.coordinates;
  const [first, last] = [line[0], line[line.length - 1]];
  const far = 1; // degrees beyond the district on every side
  const ring = [
    ...line,
    [last[0], last[1] + far],
    [last[0] + far, last[1] + far],
    [last[0] + far, first[1] - far],
    [first[0], first[1] - far],
    first,
  ];
  const rightSide = turf.polygon([ring]);
  const cut = turf.intersect(turf.featureCollection([outline, rightSide]));
  if (!cut) throw new Error('the river line does not cut the outline');
  const east = largestPolygon(cut.geometry);
  const westGeom = turf.difference(turf.featureCollection([outline, east]));
  if (!westGeom) throw new Error('nothing left west of the river');
  return { west: largestPolygon(westGeom.geometry), east, westPieces: westGeom.geometry.type === 'MultiPolygon' ? westGeom.geometry.coordinates.length : 1 };
}
