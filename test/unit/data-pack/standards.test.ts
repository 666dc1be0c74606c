// data/life-circle-standards.json: the standard behind each default band of 生活圈覆盖, in Chinese and
// English (decision 0018). The bands themselves are code (DEFAULT_BANDS): the text must name their numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_CATEGORIES, DEFAULT_BANDS } from '../../../src/lib/analysis/coverage/index';

const file = JSON.parse(readFileSync('data/life-circle-standards.json', 'utf8')) as Record<string, Record<string, string>>;

describe('the life-circle standards file', () => {
  it('cites a standard for every coverage category and the speeds, in both languages', () => {
    expect(Object.keys(file).sort()).toEqual(['en', 'zh']);
    for (const lang of ['zh', 'en']) {
      expect(Object.keys(file[lang]).sort(), lang).toEqual([...COVERAGE_CATEGORIES, 'speed'].sort());
      for (const [k, text] of Object.entries(file[lang])) expect(text.length, `${lang} ${k}`).toBeGreaterThan(20);
    }
    for (const text of Object.values(file.en)) expect(text, 'English').not.toMatch(/^[^a-z]*[\u4e00-\u9fff]{4}/);
  });
  it('names the number of each default band, so the citation and the band cannot drift apart', () => {
    for (const c of COVERAGE_CATEGORIES) {
      const b = DEFAULT_BANDS[c];
      const n = 'minutes' in b ? b.minutes : b.metres;
      const unit = 'minutes' in b ? { zh: ' 分钟', en: ' min' } : { zh: ' m', en: ' m' };
      for (const lang of ['zh', 'en'] as const) expect(file[lang][c], `${lang} ${c}`).toContain(`${n}${unit[lang]}`);
    }
  });
});
