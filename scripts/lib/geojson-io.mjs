// Deterministic GeoJSON writing shared by the data-pack build scripts.

/** Rounds to 6 decimals (≈ 0.1 m) and normalises -0 to 0. */
export function round6(v) {
  const r = Math.round(v * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

/** Rounds every coordinate of a geometry to 6 decimals (returns a new geometry). */
export function roundGeometry(geometry) {
  const walk = (c) => (typeof c[0] === 'number' ? c.map(round6) : c.map(walk));
  return { type: geometry.type, coordinates: walk(geometry.coordinates) };
}

/** One feature per line: stable key order as given, diff-friendly, newline-terminated. */
export function stringifyFeatureCollection(features) {
  const lines = features.map((f) => '    ' + JSON.stringify(f));
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
