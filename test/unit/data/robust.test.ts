// Random input never throws (only ImportError for non-text), and a 100 000-row file imports fully.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importFile } from '../../../src/lib/data/import';
import { parseLayerCsv, parseTownsCsv, parseCategoryTotalsCsv, parseCrossingsCsv } from '../../../src/lib/data/load';
import { ImportError } from '../../../src/lib/data/issues';
import { reason } from './fixture';

const csvish = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', ';', '\t', '\n', '\r\n', '"', "'", '=', '-', '°', '１', '．', 'name', 'lng', 'lat', '经度', '纬度', '121.4', '31.1', 'category', '医疗'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('random input', () => {
  it('parse*Csv never throw on random text (property)', () => {
    fc.assert(
      fc.property(csvish, (text) => {
        for (const r of [parseLayerCsv('facilities', text), parseLayerCsv('stations', text), parseTownsCsv(text), parseCategoryTotalsCsv(text), parseCrossingsCsv(text)]) {
          expect(r.records.length + r.rejected.length).toBeGreaterThanOrEqual(0);
          expect(r.issues.every((i) => i.line >= 0 && /\S \/ \S/.test(reason(i)))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('importFile throws nothing but ImportError on random bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('a.csv', 'a.geojson'), (bytes, name) => {
        try {
          const r = importFile({ name, bytes, layer: 'facilities' });
          expect(Array.isArray(r.records)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('100 000 rows', () => {
  it('imports every row, reports progress, rejects exactly the planted bad rows', () => {
    const n = 100_000;
    const lines = ['id,name,lng,lat,category,address'];
    for (let i = 0; i < n; i++) {
      const bad = i % 10_000 === 9_999;
      lines.push(`f${i},设施${i},${bad ? 'x' : (121.3 + (i % 1000) * 0.0002).toFixed(5)},${(31.0 + Math.floor(i / 1000) * 0.002).toFixed(4)},医疗,"路 ${i} 号"`);
    }
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const progress: number[] = [];
    const res = importFile({ name: 'big.csv', bytes, layer: 'facilities' }, (p) => {
      if (p.phase === 'validate') progress.push(p.done);
    });
    expect(res.records).toHaveLength(n - 10);
    expect(res.rejected.map((r) => r.line)).toEqual(Array.from({ length: 10 }, (_, k) => (k + 1) * 10_000 + 1));
    expect(res.records[12_345].name).toBe('设施12346'); // one planted bad row (f9999) precedes it
    expect(progress).toEqual(Array.from({ length: 20 }, (_, k) => (k + 1) * 5000));
  });
});
