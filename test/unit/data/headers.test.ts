// Which header of a planner's file feeds which field.
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/lib/data/headers';

describe('suggestMapping', () => {
  it('maps the headers a planner writes for a station list, 驿站名称 and 运营状态 included', () => {
    const headers = ['序号', '驿站名称', '所属街镇', '详细地址', '经度（高德）', '纬度（高德）', '服务内容', '运营状态', '联系电话', '开放时间', '备注'];
    expect(suggestMapping('stations', headers)).toEqual({
      name: '驿站名称', town: '所属街镇', address: '详细地址', lng: '经度（高德）', lat: '纬度（高德）',
      services: '服务内容', status: '运营状态', note: '备注', contact: '联系电话',
    });
    // 序号 is a row number (1, 2, 3 in every file), not an id: taking it as one made a second office's list replace the first
    expect(suggestMapping('stations', ['序号', '名称', '编号'])).toEqual({ name: '名称', id: '编号' });
  });

  it('prefers an exact name, and takes a header once: 英文名称 stays the English name', () => {
    expect(suggestMapping('stations', ['名称', '驿站名称'])).toEqual({ name: '名称' });
    expect(suggestMapping('institutions', ['英文名称', '机构全称名称'])).toEqual({ name_en: '英文名称', name: '机构全称名称' });
  });

  it('leaves Latin headers to exact matches: "index" is not x, "display" is not y', () => {
    expect(suggestMapping('facilities', ['index', 'display'])).toEqual({});
  });
});
