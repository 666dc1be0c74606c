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
    entry('stations', '驿站.csv', [rec('1', '甲站'), rec('2', '乙站'), rec('3', '丙站')]),
    entry('stations', '另一区.csv', [rec('9', '丁站')]),
    entry('facilities', '设施.csv', [rec('f1', '医院')], '医疗'),
    entry('facilities', '设施.csv', [rec('f2', '养老院')], '养老'),
  ];

  it('lists the layer\'s other files with their rows and the new rows they share by id or name', () => {
    const corrected = [rec('1', '甲站'), rec('x', '乙站'), rec('y', '新站')];
    expect(earlierFiles(user, 'stations', 'C:\\data\\驿站-修订.csv', corrected)).toEqual([
      { name: '驿站.csv', rows: 3, shared: 2 },
      { name: '另一区.csv', rows: 1, shared: 0 },
    ]);
  });

  it('leaves out the file itself (it replaces its own copy anyway) and other layers', () => {
    expect(earlierFiles(user, 'stations', '驿站.csv', [rec('1', '甲站')])).toEqual([{ name: '另一区.csv', rows: 1, shared: 0 }]);
    expect(earlierFiles(user, 'institutions', 'a.csv', [])).toEqual([]);
  });

  it('counts a facilities file once over its categories', () => {
    expect(earlierFiles(user, 'facilities', '新设施.csv', [rec('f2', '养老院')])).toEqual([{ name: '设施.csv', rows: 2, shared: 1 }]);
  });
});
