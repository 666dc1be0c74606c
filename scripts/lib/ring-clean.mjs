// Cleans a polygon ring decoded from a simplified source: drops consecutive duplicate vertices
// and zero-width spikes, and cuts out pinched sub-loops (a vertex visited twice), keeping the main ring. Returns the
// clean closed ring and the planar areas (deg²) of the loops removed, so callers can report them.

function shoelace(pts) {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i];
    const [x2, y2] = pts[(i + 1) % pts.length];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

/** Removes zero-width spikes: a vertex B whose neighbours A and C lie on the same ray from B. */
function removeSpikes(open) {
  for (let i = 0; open.length > 3 && i < open.length; ) {
    const a = open[(i - 1 + open.length) % open.length];
    const b = open[i];
    const c = open[(i + 1) % open.length];
    const [ux, uy, vx, vy] = [a[0] - b[0], a[1] - b[1], c[0] - b[0], c[1] - b[1]];
    const cross = ux * vy - uy * vx;
    const dot = ux * vx + uy * vy;
    if (Math.abs(cross) < 1e-12 && dot > 0) {
      open.splice(i, 1);
      i = Math.max(0, i - 1);
    } else i++;
  }
}

/** @param {number[][]} ring closed ring (first == last) */
export function cleanRing(ring) {
  const open = [];
  for (const p of ring.slice(0, -1)) {
    const q = open[open.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) open.push(p);
  }
  while (open.length > 1 && open[0][0] === open[open.length - 1][0] && open[0][1] === open[open.length - 1][1]) open.pop();
  const removed = [];
  for (let again = true; again; ) {
    again = false;
    const seen = new Map();
    for (let j = 0; j < open.length; j++) {
      const key = `${open[j][0]},${open[j][1]}`;
      const i = seen.get(key);
      if (i === undefined) {
        seen.set(key, j);
        continue;
      }
      const loop = open.slice(i, j);
      const rest = [...open.slice(0, i), ...open.slice(j)];
      const [small, big] = shoelace(loop) < shoelace(rest) ? [loop, rest] : [rest, loop];
      removed.push(shoelace(small));
      open.splice(0, open.length, ...big);
      again = true;
      break;
    }
  }
  removeSpikes(open);
  return { ring: [...open, [...open[0]]], removed };
}
