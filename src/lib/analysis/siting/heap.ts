// A binary max-heap of (key, id) pairs in typed arrays; ties go to the smaller id.
export class MaxHeap {
  private keys: Float64Array;
  private ids: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  private above(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka > kb || (ka === kb && this.ids[a] < this.ids[b]);
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a];
    this.keys[a] = this.keys[b];
    this.keys[b] = k;
    const i = this.ids[a];
    this.ids[a] = this.ids[b];
    this.ids[b] = i;
  }

  push(key: number, id: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
      const i = new Int32Array(this.size * 2);
      i.set(this.ids);
      this.ids = i;
    }
    let p = this.size++;
    this.keys[p] = key;
    this.ids[p] = id;
    while (p > 0) {
      const parent = (p - 1) >> 1;
      if (!this.above(p, parent)) break;
      this.swap(p, parent);
      p = parent;
    }
  }

  topKey(): number {
    return this.size > 0 ? this.keys[0] : -Infinity;
  }
  topId(): number {
    return this.ids[0];
  }

  pop(): number {
    const id = this.ids[0];
    this.size--;
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size];
      this.ids[0] = this.ids[this.size];
      let p = 0;
      for (;;) {
        const l = 2 * p + 1;
        const r = l + 1;
        let m = p;
        if (l < this.size && this.above(l, m)) m = l;
        if (r < this.size && this.above(r, m)) m = r;
        if (m === p) break;
        this.swap(p, m);
        p = m;
      }
    }
    return id;
  }
}
