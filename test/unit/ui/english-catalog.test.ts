// The UI's English is a file (src/lib/i18n/ui-en.json) fetched when the UI first shows English;
// these tests stand in for the type check the English had when it lived in code beside the Chinese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_SECTIONS, fmt } from '../../../src/lib/i18n/catalog';
import { MESSAGES, VOCAB_EN } from '../../../src/lib/i18n/messages';
import { STRINGS as coverage } from '../../../src/modes/coverage/strings';
import { STRINGS as importStrings } from '../../../src/modes/import/strings';
import { STRINGS as nearest } from '../../../src/modes/nearest/strings';
import { PRESENT_STRINGS as present } from '../../../src/modes/present/strings';
import { STRINGS as siting } from '../../../src/modes/siting/strings';

type Catalog = Record<string, unknown>;
const file = JSON.parse(readFileSync('src/lib/i18n/ui-en.json', 'utf8')) as Record<string, Catalog>;
const catalogs: Record<string, { zh: Catalog; en: Catalog }> = {
  app: MESSAGES,
  coverage,
  import: importStrings,
  nearest,
  present,
  siting,
  vocab: { zh: Object.fromEntries(Object.keys(VOCAB_EN).map((w) => [w, w])), en: VOCAB_EN },
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the English UI file', () => {
  it('has one section per catalog and nothing else', () => {
    // and the import issues' templates (test/unit/io/issue-english.test.ts)
    expect(Object.keys(file).sort()).toEqual([...ENGLISH_SECTIONS, 'issues'].sort());
    expect(Object.keys(catalogs).sort()).toEqual([...ENGLISH_SECTIONS].sort());
  });

  for (const section of ENGLISH_SECTIONS) {
    it(`${section}: the same keys and placeholders as the Chinese, and installed`, () => {
      const { zh, en } = catalogs[section];
      const given = file[section];
      expect(Object.keys(given).sort()).toEqual(Object.keys(zh).sort());
      for (const [key, value] of Object.entries(zh)) {
        const eng = given[key];
        if (typeof value === 'string') {
          expect(typeof eng, `${section}.${key}`).toBe('string');
          expect(eng, `${section}.${key}`).not.toBe('');
          expect(placeholders(eng as string), `${section}.${key}`).toEqual(placeholders(value));
        } else if (!(section === 'import' && key === 'fields')) {
          // nested lists (problem names, layer names, column help) name the same things; the
          // import's field names alone are {} in English, where the keys are the header names
          expect(Object.keys(eng as object).sort(), `${section}.${key}`).toEqual(Object.keys(value as object).sort());
        }
        expect(en[key], `${section}.${key}`).toEqual(eng);
      }
    });
  }

  it('fills placeholders, and leaves an unknown one empty', () => {
    expect(fmt('第 {line} 行：{problem}', { line: 7, problem: '坐标无法识别' })).toBe('第 7 行：坐标无法识别');
    expect(fmt('{n} rows {missing}', { n: 2 })).toBe('2 rows ');
  });
});
