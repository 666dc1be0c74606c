// The files a new import may replace: the layer's other files, with how many new rows they share.
import { describe, expect, it } from 'vitest';
import { earlierFiles } from '../../../src/lib/io/user-entries';
import type { PointRecord } from '../../../src/lib/data/schema';
import type { UserEntry } from '../../../src/lib/io/user-store';

const rec = (id: string, name: string): PointRecord => ({ id, name, name_en: '', town: '', lng: 121.4, lat: 31.1, precision: 'exact', source: 'f', address: '', note: '' });
const entry = (layer: UserEntry['layer'], fileName: string, records: PointRecord[], category?: string): UserEntry => ({
  key: `${layer}:${category ?? ''}:${fileName}`, layer, category, fileName, importedAt: '', mode: 'replace', crs: 'WGS84', encoding: 'utf-8',
  rows: records.length, rejected: 0, issues: [], records, shapes: [],
});

describe('earlierFiles', () => {
  const user = [
    entry('stations', '驿站.csv', [rec('s1', '甲站'), rec('s2', '乙站'), rec('s3', '丙站')]),
    entry('stations', '另一区.csv', [rec('9', '丁站')]),
    entry('facilities', '设施.csv', [rec('f1', '医院')], '医疗'),
    entry('facilities', '设施.csv', [rec('f2', '养老院')], '养老'),
  ];

  it('lists the layer\'s other files with their rows and the new rows they share by id or name', () => {
    const corrected = [rec('s1', '甲站'), rec('x', '乙站'), rec('s3', '丙站（新址）')];
    expect(earlierFiles(user, 'stations', 'C:\\data\\驿站-修订.csv', corrected)).toEqual([
      { name: '驿站.csv', rows: 3, shared: 3 },
      { name: '另一区.csv', rows: 1, shared: 0 },
    ]);
  });

  it('leaves out the file itself (it replaces its own copy anyway) and other layers', () => {
    expect(earlierFiles(user, 'stations', '驿站.csv', [rec('s1', '甲站')])).toEqual([{ name: '另一区.csv', rows: 1, shared: 0 }]);
    expect(earlierFiles(user, 'institutions', 'a.csv', [])).toEqual([]);
  });

  it('does not take a plain-number id (a row number) as sameness: another office\'s list numbered 1, 2, 3 shares nothing', () => {
    const numbered = [entry('stations', '南片.csv', [rec('1', '甲站'), rec('2', '乙站'), rec('3', '丙站')])];
    expect(earlierFiles(numbered, 'stations', '北片.csv', [rec('1', '丁站'), rec('2', '戊站'), rec('3', '己站')])).toEqual([{ name: '南片.csv', rows: 3, shared: 0 }]);
    // the same names still count
    expect(earlierFiles(numbered, 'stations', '南片-修订.csv', [rec('1', '甲站'), rec('2', '乙站')])[0].shared).toBe(2);
  });

  it('counts a facilities file once over its categories', () => {
    expect(earlierFiles(user, 'facilities', '新设施.csv', [rec('f2', '养老院')])).toEqual([{ name: '设施.csv', rows: 2, shared: 1 }]);
  });
});
