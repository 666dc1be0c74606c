// Which town names a slide's map leaves out: a neighbour's name that its edge, the card, the footer
// or the scale bar would cut; never the slide's own town.
import { describe, expect, it } from 'vitest';
import { labelSize, labelsOutside, sizeAtZoom } from '../../../src/modes/present/label-fit';

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
