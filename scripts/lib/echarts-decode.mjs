// Decoder for ECharts' compressed GeoJSON ("UTF8Encoding": true), as used by echarts map files.
// Each ring is a string; every coordinate is two chars. A char's code minus 64 is a zigzag-encoded
// delta from the previous point (the first from encodeOffsets); the result divided by 1024 is degrees.

/** @param {string} s @param {[number, number]} offset @param {number} [scale] */
export function decodeRing(s, offset, scale = 1024) {
  if (s.length % 2 !== 0) throw new Error('encoded ring has an odd number of chars');
  const out = [];
  let [px, py] = offset;
  for (let i = 0; i < s.length; i += 2) {
    let x = s.charCodeAt(i) - 64;
    let y = s.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    px += x;
    py += y;
    out.push([px / scale, py / scale]);
  }
  return out;
}

/** Decodes a Polygon or MultiPolygon geometry with `encodeOffsets`; returns plain GeoJSON. */
export function decodeEchartsGeometry(geometry) {
  const { type, coordinates, encodeOffsets } = geometry;
  if (type === 'Polygon') {
    return { type, coordinates: coordinates.map((ring, i) => decodeRing(ring, encodeOffsets[i])) };
  }
  if (type === 'MultiPolygon') {
    return {
      type,
      coordinates: coordinates.map((poly, i) => poly.map((ring, j) => decodeRing(ring, encodeOffsets[i][j]))),
    };
  }
  throw new Error(`unsupported geometry type ${type}`);
}
