// Export → import round trips, formula neutralisation, rejected-rows CSV, GeoJSON output.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { LAYER_FIELDS, SERVICES, STATION_STATUSES, PRECISIONS, type StationRecord, type EnterpriseRecord } from '../../../src/lib/data/schema';
import { csvText, recordsToCsv, recordsToCsvBytes, recordsToGeoJson, rejectedToCsv } from '../../../src/lib/data/export';
import { parseLayerCsv } from '../../../src/lib/data/load';
import { importFile } from '../../../src/lib/data/import';
import { importFixture } from './fixture';
import { issueTemplates } from '../../../src/lib/i18n/catalog';

// Valid text cells: trimmed (the importer trims), any characters incl. quotes, commas, newlines, = + - @.
const text = fc
  .string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', '\n', '\t', ' ', '闵', '行', '，'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 })
  .map((s) => s.trim());
const nonEmpty = text.filter((s) => s !== '');

const station: fc.Arbitrary<StationRecord> = fc.record({
  id: nonEmpty,
  name: nonEmpty,
  name_en: text,
  town: text,
  lng: fc.double({ min: -180, max: 180, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
  lat: fc.double({ min: -90, max: 90, noNaN: true }).filter((v) => !Object.is(v, -0)),
  precision: fc.constantFrom(...PRECISIONS),
  source: nonEmpty,
  address: text,
  note: text,
  note_en: text,
  host: text,
  // a station may publish no services (data/README.md)
  services: fc.uniqueArray(fc.constantFrom(...SERVICES)),
  status: fc.constantFrom(...STATION_STATUSES),
  status_basis: text,
  awards: text,
  contact: text,
  caveat: text,
  caveat_en: text,
});

describe('export → import round trip', () => {
  it('random valid station records come back identical (property)', () => {
    fc.assert(
      fc.property(fc.array(station, { maxLength: 8 }), (records) => {
        // swapped-looking pairs are legitimately flagged; keep them out of "valid" records
        const ok = records.filter((r) => !(Math.abs(r.lat) <= 90 && r.lng >= 18 && r.lng <= 54 && r.lat >= 73));
        const csv = recordsToCsv(LAYER_FIELDS.stations, ok);
        const back = parseLayerCsv('stations', csv);
        expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(back.records).toEqual(ok);
      }),
      { numRuns: 300 },
    );
  });

  it('the formula-injection fixture: neutralised on export, restored exactly on re-import', () => {
    const first = importFixture('formula-injection.csv', 'enterprises');
    expect(first.records.map((r) => [r.name, r.note, r.weight])).toEqual([
      ['=HYPERLINK("http://evil.example")', '+1', 1],
      ['@SUM(A1)', '-2', -3.5],
      // a quote before = is read as a neutralised cell (the same rule as for our own export)
      ['=already quoted', '普通', 2],
    ]);
    const bytes = recordsToCsvBytes(LAYER_FIELDS.enterprises, first.records);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const col = (k: string) => cells[0].indexOf(k);
    // every text cell a spreadsheet would evaluate starts with a quote; numbers stay numbers
    expect(cells.slice(1).map((r) => r[col('name')])).toEqual(['\'=HYPERLINK("http://evil.example")', "'@SUM(A1)", "'=already quoted"]);
    expect(cells.slice(1).map((r) => r[col('note')])).toEqual(["'+1", "'-2", '普通']);
    expect(cells.slice(1).map((r) => r[col('weight')])).toEqual(['1', '-3.5', '2']);
    const again = importFile({ name: 'formula-injection.csv', bytes, layer: 'enterprises' });
    expect(again.records).toEqual(first.records);
  });

  it('enterprise weights default to 1, negative numbers survive', () => {
    const csv = 'id,name,lng,lat,source,weight\ne1,甲,121.4,31.1,s,\ne2,乙,121.4,31.2,s,-2\n';
    const res = parseLayerCsv('enterprises', csv);
    expect(res.records.map((r: EnterpriseRecord) => r.weight)).toEqual([1, -2]);
    expect(parseLayerCsv('enterprises', recordsToCsv(LAYER_FIELDS.enterprises, res.records)).records).toEqual(res.records);
  });
});

describe('other exports', () => {
  it('GeoJSON: one Point per record, properties without lng/lat', () => {
    const res = importFixture('utf8-bom.csv', 'facilities');
    const fc1 = recordsToGeoJson(res.records);
    expect(fc1.features).toHaveLength(3);
    expect(fc1.features[0].geometry.coordinates).toEqual([121.3795, 31.1112]);
    expect(fc1.features[0].properties).not.toHaveProperty('lng');
    expect(fc1.features[0].properties.name).toBe('莘庄社区卫生服务中心');
  });
  it('rejected rows CSV carries line and reasons', () => {
    const res = importFixture('bad-rows.csv', 'stations');
    const csv = rejectedToCsv(res.headers, res.rejected, res.issues, issueTemplates());
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0].slice(0, 3)).toEqual(['line', 'reason', 'id']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['4', '6', '9']);
    expect(rows[2][1]).toContain("cannot parse 'abc'");
    expect(rows[2][2]).toBe('s3');
  });
});

describe('csvText writes what PapaParse\'s unparse writes (docs/decisions/0016)', () => {
  const papa = (fields: string[], data: string[][]) => '\uFEFF' + Papa.unparse({ fields, data }, { newline: '\r\n' });
  it('for every kind of cell: plain, Chinese, quotes, commas, line breaks, spaces at either end, a BOM, formulas, empty', () => {
    const cells = ['', 'a', '莘庄镇', 'a"b', '"', 'a,b', '，', 'x\ny', 'x\r\ny', '\r', ' lead', 'trail ', ' ', "'=1+1", '=SUM(A1)', '-3.5', '\uFEFFbom', '\t', 'a;b', '121.38,31.11', '"quoted"'];
    const fields = ['id', 'name', ' spaced', 'with,comma'];
    const data = cells.flatMap((a, i) => cells.map((b, j) => [String(i * 100 + j), a, b, a + b]));
    expect(csvText(fields, data)).toBe(papa(fields, data));
  });
  it('for random cells of the characters that matter, with rows short of the header (fast-check)', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', '镇', '"', ',', '\n', '\r', ' ', '\uFEFF', "'", '=', ';', '\t'), maxLength: 6 });
    fc.assert(fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (data) => {
      expect(csvText(['a', 'b', 'c'], data)).toBe(papa(['a', 'b', 'c'], data));
    }), { numRuns: 300 });
    // a header alone
    expect(csvText(['a', 'b'], [])).toBe(papa(['a', 'b'], []));
  });
});

