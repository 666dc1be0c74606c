// Every position precision has a label of its own, in both languages (review: eight memory
// estimates were labelled 近似（约1公里内） with nothing behind the "within ~1 km").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECISIONS } from '../../../src/lib/data/schema';
import { MESSAGES, precisionKey } from '../../../src/lib/i18n/messages';

const en = JSON.parse(readFileSync('src/lib/i18n/ui-en.json', 'utf8')).app as Record<string, string>;

describe('precision labels', () => {
  it('give each precision its own label in Chinese and English', () => {
    const keys = PRECISIONS.map(precisionKey);
    expect(new Set(keys).size).toBe(PRECISIONS.length);
    expect(new Set(keys.map((k) => MESSAGES.zh[k])).size).toBe(PRECISIONS.length);
    expect(new Set(keys.map((k) => en[k])).size).toBe(PRECISIONS.length);
  });

  it('call an estimated position unchecked, not "within ~1 km"', () => {
    expect(MESSAGES.zh[precisionKey('estimated')]).toBe('估计位置（未核对坐标）');
    expect(en[precisionKey('estimated')]).toBe('Estimated (not checked against a source)');
    expect(MESSAGES.zh[precisionKey('approximate')]).toBe('近似（约1公里内）');
  });

  it('say in the legend that the faded points include the estimated ones', () => {
    expect(MESSAGES.zh.legendApprox).toContain('估计');
    expect(en.legendApprox).toContain('estimated');
  });
});
