// A static R-tree over boxes: the barrier segments a route may cross, the demand points a site may
// cover (a point is a box of no size). Built once, bottom-up: the items sorted into vertical strips,
// each strip sorted by y (sort-tile-recursive), then packed `nodeSize` to a node, level by level up to
// the root. The app's own rather than flatbush, whose nearest-neighbour search and its priority queue
// the app never used (2.3 kB gzip; docs/performance.md). Pure TypeScript.

export class BoxTree {
  /** minX, minY, maxX, maxY of every node: the items in tree order, then each level up to the root */
  private readonly boxes: Float64Array;
  /** per node: the item's index (on the items' level), or the position of the node's first child */
  private readonly refs: Int32Array;
  /** where each level ends: the items' level first, the root's last */
  private readonly ends: number[];

  /** `items`: minX, minY, maxX, maxY of each item, in a row. */
  constructor(items: ArrayLike<number>, private readonly nodeSize = 16) {
    const n = items.length / 4;
    // twice each item's centre, to sort by
    const cx = new Float64Array(n), cy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      cx[i] = items[4 * i] + items[4 * i + 2];
      cy[i] = items[4 * i + 1] + items[4 * i + 3];
    }
    const order = new Int32Array(n).map((_, i) => i).sort((a, b) => cx[a] - cx[b]);
    const strip = nodeSize * Math.ceil(Math.sqrt(n / nodeSize));
    for (let s = 0; s < n; s += strip) order.subarray(s, s + strip).sort((a, b) => cy[a] - cy[b]);
    const ends = [n];
    for (let count = n; count > 1; ) ends.push(ends[ends.length - 1] + (count = Math.ceil(count / nodeSize)));
    const boxes = new Float64Array(4 * ends[ends.length - 1]);
    const refs = new Int32Array(ends[ends.length - 1]);
    order.forEach((item, k) => {
      refs[k] = item;
      for (let j = 0; j < 4; j++) boxes[4 * k + j] = items[4 * item + j];
    });
    for (let l = 1; l < ends.length; l++) {
      const end = ends[l - 1];
      for (let first = ends[l - 2] ?? 0, node = end; first < end; first += nodeSize, node++) {
        refs[node] = first;
        for (let j = 0; j < 4; j++) boxes[4 * node + j] = j < 2 ? Infinity : -Infinity;
        for (let c = first; c < Math.min(first + nodeSize, end); c++)
          for (let j = 0; j < 4; j++) boxes[4 * node + j] = (j < 2 ? Math.min : Math.max)(boxes[4 * node + j], boxes[4 * c + j]);
      }
    }
    this.boxes = boxes;
    this.refs = refs;
    this.ends = ends;
  }

  /**
   * Calls `visit` with every item whose box meets the box given (touching counts), in no particular
   * order, until `visit` returns true; whether it did.
   */
  search(minX: number, minY: number, maxX: number, maxY: number, visit: (item: number) => boolean | void): boolean {
    const { boxes, refs, ends, nodeSize } = this;
    const meets = (node: number) =>
      boxes[4 * node] <= maxX && boxes[4 * node + 1] <= maxY && boxes[4 * node + 2] >= minX && boxes[4 * node + 3] >= minY;
    // nodes that meet the box, each with its level (0: an item's)
    if (ends.length === 1) return refs.length > 0 && meets(0) && !!visit(refs[0]); // one item: the root is the item
    const stack = meets(refs.length - 1) ? [refs.length - 1, ends.length - 1] : [];
    while (stack.length) {
      const level = stack.pop()!;
      const node = stack.pop()!;
      for (let c = refs[node], end = Math.min(c + nodeSize, ends[level - 1]); c < end; c++) {
        if (!meets(c)) continue;
        // a leaf's items are visited here, not pushed (a third of a 100,000-point siting run went on the stack)
        if (level > 1) stack.push(c, level - 1);
        else if (visit(refs[c])) return true;
      }
    }
    return false;
  }
}
