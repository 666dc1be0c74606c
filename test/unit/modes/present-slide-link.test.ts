import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTownsCsv } from '../../../src/lib/data/load';
import { slideIndexOf, slideParam } from '../../../src/modes/present/slide-link';
import { slideFileName, type Slide } from '../../../src/modes/present/slides';

const towns = parseTownsCsv(readFileSync('data/towns.csv', 'utf8')).records;
const slides: Slide[] = [{ kind: 'overview' }, { kind: 'town', town: '七宝镇' }, { kind: 'town', town: '浦江镇' }, { kind: 'closing' }];

describe('a tour slide as a link', () => {
  it('names a slide by its town, or overview / summary, and finds it again', () => {
    expect(slides.map(slideParam)).toEqual(['overview', '七宝镇', '浦江镇', 'summary']);
    for (const [i, s] of slides.entries()) expect(slideIndexOf(slides, towns, slideParam(s))).toBe(i);
  });

  it('finds a town by its short or English name, and a slide by its number', () => {
    for (const v of ['浦江', 'Pujiang Town', 'pujiang']) expect(slideIndexOf(slides, towns, v), v).toBe(2);
    expect(slideIndexOf(slides, towns, '2')).toBe(1);
    expect(slideIndexOf(slides, towns, '小结')).toBe(3);
    expect(slideIndexOf(slides, towns, 'Overview')).toBe(0);
  });

  it('is -1 for a town without a slide, an unknown name or a number out of range', () => {
    expect(slideIndexOf(slides, towns, '华漕镇')).toBe(-1);
    expect(slideIndexOf(slides, towns, '某某镇')).toBe(-1);
    expect(slideIndexOf(slides, towns, '0')).toBe(-1);
    expect(slideIndexOf(slides, towns, '5')).toBe(-1);
  });
});

describe("a slide's PNG file name", () => {
  it('names the town in the UI language (English named it 浦江镇: review 12 L4)', () => {
    expect(slides.map((s, i) => slideFileName(s, i, towns, 'zh'))).toEqual(['zhihui-01-overview.png', 'zhihui-02-七宝镇.png', 'zhihui-03-浦江镇.png', 'zhihui-04-closing.png']);
    expect(slideFileName(slides[2], 2, towns, 'en')).toBe('zhihui-03-Pujiang-Town.png');
  });
});
