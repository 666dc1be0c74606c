// Known-answer tests for the build scripts' helpers: ECharts coordinate decoding and ring cleaning.
import { describe, expect, it } from 'vitest';
import { decodeRing } from '../../../scripts/lib/echarts-decode.mjs';
import { cleanRing } from '../../../scripts/lib/ring-clean.mjs';

describe('decodeRing (ECharts UTF8Encoding)', () => {
  it('starts at the offset and applies zigzag deltas divided by 1024', () => {
    // '@' = 64 → delta 0; 'B' = 66 → zigzag 2 → +1; 'A' = 65 → zigzag 1 → -1; 'D' → +2; 'C' → -2
    expect(decodeRing('@@BA', [1024, 2048])).toEqual([
      [1, 2],
      [1025 / 1024, 2047 / 1024],
    ]);
    expect(decodeRing('@@DC', [0, 0])).toEqual([
      [0, 0],
      [2 / 1024, -2 / 1024],
    ]);
  });

  it('rejects a string with an odd number of chars', () => {
    expect(() => decodeRing('@@B', [0, 0])).toThrow();
  });
});

describe('cleanRing', () => {
  it('drops consecutive duplicates, zero-width spikes and pinched loops', () => {
    const square = [[0, 0], [0, 1], [1, 1], [1, 0]];
    const ring = [
      [0, 0], [0, 1], [0, 1], // duplicate
      [0.5, 1], [0.5, 1.5], [0.5, 1], // pinched loop back to (0.5, 1)
      [1, 1], [1, 0.5], [1.2, 0.5], [1, 0.5], // spike out and back
      [1, 0], [0, 0],
    ];
    const { ring: clean, removed } = cleanRing(ring);
    const vertices = clean.slice(0, -1).filter(([x, y]) => !(x === 0.5 && y === 1) && !(x === 1 && y === 0.5));
    expect(vertices).toEqual(square);
    expect(clean[0]).toEqual(clean[clean.length - 1]);
    expect(removed.length).toBeGreaterThanOrEqual(1);
  });
});
