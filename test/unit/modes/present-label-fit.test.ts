// Which town names a slide's map leaves out: a neighbour's name that its edge, the card, the footer
// or the scale bar would cut; never the slide's own town; on a phone's district slide, the names that
// would run into each other.
import { describe, expect, it } from 'vitest';
import { crowdedLabels, labelSize, labelsOutside, sizeAtZoom } from '../../../src/modes/present/label-fit';

const room = { left: 500, top: 0, right: 1280, bottom: 684 };

describe('labelSize', () => {
  it('gives a Chinese name one em a character on one line', () => {
    expect(labelSize('颛桥镇', 20)).toEqual({ w: 60, h: 24 });
  });
  it('gives an English name at most eight ems a line, and a line for every six ems (never less than the layer draws)', () => {
    const one = labelSize('Zhuanqiao', 20);
    expect(one.h).toBe(24);
    const two = labelSize('Xinzhuang Industrial Zone', 20);
    expect(two.h).toBe(72);
    expect(two.w).toBeLessThanOrEqual(8 * 20);
    expect(two.w).toBeGreaterThan(one.w);
  });
});

describe('sizeAtZoom', () => {
  const tour = ['interpolate', ['linear'], ['zoom'], 9, 17, 12, 24];
  it('reads the tour’s zoom-interpolated size, held at its ends', () => {
    expect(sizeAtZoom(tour, 10.5)).toBeCloseTo(20.5);
    expect(sizeAtZoom(tour, 8)).toBe(17);
    expect(sizeAtZoom(tour, 14)).toBe(24);
    expect(sizeAtZoom(18, 11)).toBe(18);
  });
});

describe('labelsOutside', () => {
  const at = (name: string, x: number, y: number) => ({ name, text: name, x, y });
  it('leaves out a neighbour cut by the map’s edge, the card or the footer (颛桥镇 at the right edge of 莘庄工业区’s slide)', () => {
    const labels = [at('莘庄工业区', 900, 400), at('颛桥镇', 1265, 660), at('莘庄镇', 510, 200), at('七宝镇', 900, 680), at('梅陇镇', 1000, -5), at('吴泾镇', 1100, 300)];
    expect(labelsOutside(labels, 24, '莘庄工业区', room)).toEqual(['颛桥镇', '莘庄镇', '七宝镇', '梅陇镇']);
  });
  it('always names the slide’s own town, even where it would be cut', () => {
    expect(labelsOutside([at('新虹街道', 1275, 10)], 24, '新虹街道', room)).toEqual([]);
  });
  it('leaves out a neighbour under the scale bar', () => {
    const scale = { left: 1100, top: 640, right: 1260, bottom: 665 };
    expect(labelsOutside([at('吴泾镇', 1150, 630), at('浦江镇', 1150, 560)], 24, '颛桥镇', room, [scale])).toEqual(['吴泾镇']);
  });
  it('measures an English name as drawn: a neighbour’s short name fits above the footer where its full name, on two lines, would not', () => {
    const short = { name: '莘庄镇', text: 'Xinzhuang', x: 1000, y: 660 };
    expect(labelsOutside([short], 24, null, room)).toEqual([]);
    expect(labelsOutside([{ ...short, text: 'Xinzhuang Town' }], 24, null, room)).toEqual(['莘庄镇']);
  });
});

describe('crowdedLabels', () => {
  const at = (name: string, x: number, y: number) => ({ name, text: name, x, y });
  const boxes = (labels: { text: string; x: number; y: number }[], size: number) =>
    labels.map((l) => ({ ...labelSize(l.text, size), x: l.x, y: l.y }));
  const apart = (labels: ReturnType<typeof at>[], size: number, margin: number) => {
    const b = boxes(labels, size);
    return b.every((p, i) => b.every((q, j) => i === j || Math.abs(p.x - q.x) * 2 >= p.w + q.w + 2 * margin || Math.abs(p.y - q.y) * 2 >= p.h + q.h + 2 * margin));
  };
  it('leaves out nothing where no two names meet', () => {
    expect(crowdedLabels([at('华漕镇', 100, 20), at('七宝镇', 100, 60), at('浦江镇', 200, 60)], 12)).toEqual([]);
  });
  it('keeps the name that meets the fewest others: a name between two is left out, both ends stay', () => {
    // 虹桥镇 (12 px, 14.4 px high with 3 px air above and below) meets 新虹街道 above and 七宝镇 below; those two are 30 px apart
    const column = [at('新虹街道', 100, 40), at('虹桥镇', 100, 55), at('七宝镇', 100, 70)];
    expect(crowdedLabels(column, 12)).toEqual(['虹桥镇']);
  });
  it('counts the air: names 4 px apart meet with 3 px around each, not with 1 px', () => {
    const pair = [at('梅陇镇', 100, 50), at('浦锦街道', 100 + 18 + 24 + 4, 50)];
    expect(crowdedLabels(pair, 12)).toEqual(['浦锦街道']);
    expect(crowdedLabels(pair, 12, 1)).toEqual([]);
  });
  it('leaves no two of the kept names meeting, and keeps more than one of a crowd (the district on a 390 px phone)', () => {
    const district = [
      at('华漕镇', 210, 40), at('新虹街道', 225, 55), at('虹桥镇', 245, 62), at('七宝镇', 228, 72), at('古美街道', 250, 84),
      at('莘庄镇', 238, 99), at('梅陇镇', 262, 103), at('浦锦街道', 300, 100), at('莘庄工业区', 245, 117), at('颛桥镇', 258, 127),
      at('马桥镇', 222, 138), at('吴泾镇', 285, 138), at('浦江镇', 318, 138), at('江川路街道', 258, 155),
    ];
    const out = crowdedLabels(district, 12);
    const kept = district.filter((l) => !out.includes(l.name));
    expect(apart(kept, 12, 3)).toBe(true);
    expect(kept.length).toBeGreaterThanOrEqual(6);
    expect(new Set(out).size).toBe(out.length);
    // as many as any set of names drawn apart: every one of the 2^14 subsets tried
    let most = 0;
    for (let mask = 0; mask < 1 << district.length; mask++) {
      const set = district.filter((_, i) => mask & (1 << i));
      if (set.length > most && apart(set, 12, 3)) most = set.length;
    }
    expect(kept.length).toBe(most);
  });
  it('of two names that meet, and no others, keeps the earlier; a name far off is never left out', () => {
    const [a, b, far] = [at('古美街道', 100, 50), at('莘庄镇', 110, 60), at('浦江镇', 400, 300)];
    expect(crowdedLabels([a, b, far], 12)).toEqual(['莘庄镇']);
    expect(crowdedLabels([b, a, far], 12)).toEqual(['古美街道']);
  });
});
