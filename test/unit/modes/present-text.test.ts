// Wrapping the exported slide's text: words and Chinese characters break, no-break spaces do not.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/lib/map/map-png';

/** A canvas context whose text is 1 unit wide per character (wrapText only measures). */
const ctx = { measureText: (t: string) => ({ width: [...t].length }) } as unknown as CanvasRenderingContext2D;

describe('wrapText', () => {
  it('breaks between words and between Chinese characters', () => {
    expect(wrapText(ctx, 'aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText(ctx, '数据来源白皮书', 4)).toEqual(['数据来源', '白皮书']);
  });
  it('never starts a line with closing punctuation (a lone ） in the PNG, review 9)', () => {
    expect(wrapText(ctx, '质汇驿站（含新布局1个）', 11)).toEqual(['质汇驿站（含新布局1个）']);
    expect(wrapText(ctx, '数据来源，白皮书', 4)).toEqual(['数据来源，', '白皮书']);
  });
  it('keeps a part joined by no-break spaces whole (the footer\'s data year)', () => {
    const footer = 'not official ｜ Data\u00a0year:\u00a02024';
    expect(wrapText(ctx, footer, 20)).toEqual(['not official ｜', 'Data\u00a0year:\u00a02024']);
    // with plain spaces it used to break inside: "… | Data" / "year: 2024"
    expect(wrapText(ctx, 'not official ｜ Data year: 2024', 20)).toEqual(['not official ｜ Data', 'year: 2024']);
  });
});
