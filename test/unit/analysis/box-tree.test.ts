// The box tree (barrier segments, siting demand) against brute force: every box that meets the
// query, touching edges included, each once; a visitor that returns true stops the search.
import { describe, expect, it } from 'vitest';
import { BoxTree } from '../../../src/lib/analysis/box-tree.ts';

function rng(seed: number) {
  return () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
}

const meets = (b: ArrayLike<number>, i: number, q: number[]) =>
  b[4 * i] <= q[2] && b[4 * i + 1] <= q[3] && b[4 * i + 2] >= q[0] && b[4 * i + 3] >= q[1];

describe('BoxTree', () => {
  const rnd = rng(7);
  for (const [n, nodeSize, size] of [[1, 16, 10], [5, 16, 100], [17, 4, 50], [3000, 16, 300], [2000, 8, 0]]) {
    it(`finds what brute force finds (${n} boxes, nodes of ${nodeSize}, boxes up to ${size} m)`, () => {
      const boxes = new Float64Array(4 * n);
      for (let i = 0; i < n; i++) {
        // clustered and spread items; size 0: points
        const x = i % 3 ? rnd() * 1000 : rnd() * 20000, y = i % 3 ? rnd() * 1000 : rnd() * 20000;
        boxes.set([x, y, x + rnd() * size, y + rnd() * size], 4 * i);
      }
      const tree = new BoxTree(boxes, nodeSize);
      for (let k = 0; k < 200; k++) {
        const x = rnd() * 21000 - 500, y = rnd() * 21000 - 500, w = rnd() * 3000;
        const q = [x, y, x + w, y + w];
        const found: number[] = [];
        expect(tree.search(q[0], q[1], q[2], q[3], (i) => void found.push(i))).toBe(false);
        const want = Array.from({ length: n }, (_, i) => i).filter((i) => meets(boxes, i, q));
        expect(found.sort((a, b) => a - b)).toEqual(want);
      }
      // an item's own box finds it (touching counts), and a visitor returning true stops at once
      const i = n - 1;
      let calls = 0;
      expect(tree.search(boxes[4 * i + 2], boxes[4 * i + 3], boxes[4 * i + 2], boxes[4 * i + 3], () => ++calls > 0)).toBe(true);
      expect(calls).toBe(1);
    });
  }

  it('searches an empty tree', () => {
    expect(new BoxTree([]).search(0, 0, 1, 1, () => true)).toBe(false);
  });
});
