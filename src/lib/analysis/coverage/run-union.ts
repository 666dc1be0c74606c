// Connected components of row runs: runs in adjacent rows that overlap (4-connectivity) join one
// component. Used for barrier-free regions and for gap components. Pure.

/** Root of x, with path halving. */
export function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

/**
 * Union-find over runs stored row by row (`start[j]..start[j+1]` are row j's runs, [a, b] their
 * inclusive column ranges, sorted). Overlapping runs of adjacent rows are joined when `same(p, q)`
 * holds (default: always). A root is always its component's smallest run index, i.e. its first
 * cell in row-major order.
 */
export function unionRowRuns(
  start: Int32Array,
  a: Int32Array,
  b: Int32Array,
  same: (p: number, q: number) => boolean = () => true,
): Int32Array {
  const n = a.length;
  const h = start.length - 1;
  const parent = new Int32Array(n);
  for (let k = 0; k < n; k++) parent[k] = k;
  for (let j = 1; j < h; j++) {
    let p = start[j - 1];
    let q = start[j];
    const pe = start[j];
    const qe = start[j + 1];
    while (p < pe && q < qe) {
      if (a[p] <= b[q] && a[q] <= b[p] && same(p, q)) {
        const rp = find(parent, p);
        const rq = find(parent, q);
        if (rp !== rq) {
          if (rp < rq) parent[rq] = rp;
          else parent[rp] = rq;
        }
      }
      if (b[p] < b[q]) p++;
      else q++;
    }
  }
  return parent;
}
