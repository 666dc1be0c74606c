// A town's figures in its details: the pack writes "label: value unit (year)"; Chinese reads
// 390余家（2024年）, not "390余 家 (2024)" (ASCII brackets and stray spaces in Chinese text).
import { describe, expect, it } from 'vitest';
import { figureIn } from '../../../src/lib/i18n/messages';

describe('a town figure as the locale writes it', () => {
  it('in Chinese: full-width colon and brackets, no spaces, the year with 年', () => {
    expect(figureIn('zh', '健康城等区域生物医药企业: 390余 家 (2024)')).toBe('健康城等区域生物医药企业：390余家（2024年）');
    expect(figureIn('zh', '人工智能企业: 近370 家 (2024)')).toBe('人工智能企业：近370家（2024年）');
    expect(figureIn('zh', '规上营收增速: 22.9 % (2024)')).toBe('规上营收增速：22.9%（2024年）');
    expect(figureIn('zh', '规上工业总产值: >249 亿元 (2024)')).toBe('规上工业总产值：>249亿元（2024年）');
    expect(figureIn('zh', '宠物企业增长率: 187.5 % (2023-2024)')).toBe('宠物企业增长率：187.5%（2023—2024年）');
    expect(figureIn('zh', '取得ISO22000/HACCP等认证企业占比: 约80 % (2024)')).toBe('取得ISO22000/HACCP等认证企业占比：约80%（2024年）');
  });

  it('in Chinese without a unit or a year, and a text that is no figure, unharmed', () => {
    expect(figureIn('zh', '质汇驿站: 2 (2024)')).toBe('质汇驿站：2（2024年）');
    expect(figureIn('zh', '滨江岸线: 8 公里')).toBe('滨江岸线：8公里');
    expect(figureIn('zh', '另见附录')).toBe('另见附录');
  });

  it('in English as written', () => {
    expect(figureIn('en', 'Total sales of goods: 113.7 bn yuan (2024)')).toBe('Total sales of goods: 113.7 bn yuan (2024)');
  });
});
