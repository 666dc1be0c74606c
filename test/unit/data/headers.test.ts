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

  it('reads a 大类/小类 classification as category and type (设施大类 was left unused and its rows refused)', () => {
    expect(suggestMapping('facilities', ['序号', '设施名称', '设施大类', '设施类型', '经度', '纬度'])).toMatchObject({ category: '设施大类', subtype: '设施类型' });
    expect(suggestMapping('facilities', ['名称', '大类', '小类', 'POINT_X', 'POINT_Y'])).toMatchObject({ category: '大类', subtype: '小类', lng: 'POINT_X', lat: 'POINT_Y' });
  });

  it('takes one column holding both coordinates (经纬度 "121.42,31.10") for both, only when neither has its own', () => {
    expect(suggestMapping('stations', ['名称', '经纬度', '状态'])).toMatchObject({ lng: '经纬度', lat: '经纬度' });
    expect(suggestMapping('stations', ['名称', '位置坐标'])).toMatchObject({ lng: '位置坐标', lat: '位置坐标' });
    expect(suggestMapping('stations', ['名称', '经度', '纬度', '经纬度'])).toMatchObject({ lng: '经度', lat: '纬度' });
    // a coordinate system column is not a coordinate, nor is one of X坐标 / Y坐标 both (each is one)
    expect(suggestMapping('stations', ['名称', '坐标系']).lng).toBeUndefined();
    expect(suggestMapping('stations', ['名称', 'X坐标', 'Y坐标'])).toMatchObject({ lng: 'X坐标', lat: 'Y坐标' });
    expect(suggestMapping('stations', ['名称', '坐标'])).toMatchObject({ lng: '坐标', lat: '坐标' });
  });

  it('leaves Latin headers to exact matches: "index" is not x, "display" is not y', () => {
    expect(suggestMapping('facilities', ['index', 'display'])).toEqual({});
  });

  it('reads 所属街道/镇 as the town, and lng/lat as both coordinates; a region code is no row id (review 15)', () => {
    expect(suggestMapping('facilities', ['设施名称', '类别', '所属街道/镇', '经度', '纬度'])).toMatchObject({ town: '所属街道/镇' });
    expect(suggestMapping('facilities', ['名称', '镇/街道'])).toMatchObject({ town: '镇/街道' });
    expect(suggestMapping('stations', ['名称', 'lng/lat'])).toMatchObject({ lng: 'lng/lat', lat: 'lng/lat' });
    // 行政区划代码 repeats for every row of a town: taken as the id, a click opened another row's details
    expect(suggestMapping('facilities', ['设施名称', '行政区划代码', '经度', '纬度']).id).toBeUndefined();
    expect(suggestMapping('enterprises', ['企业名称', '统一社会信用代码']).id).toBe('统一社会信用代码');
  });

  it('reads coordinate columns named with their system (bd_lng, gcj_lat, 百度经度), review 16', () => {
    expect(suggestMapping('enterprises', ['企业名称', 'bd_lng', 'bd_lat'])).toMatchObject({ lng: 'bd_lng', lat: 'bd_lat' });
    expect(suggestMapping('enterprises', ['企业名称', 'GCJ02_LNG', 'GCJ02_LAT'])).toMatchObject({ lng: 'GCJ02_LNG', lat: 'GCJ02_LAT' });
    expect(suggestMapping('enterprises', ['企业名称', '百度经度', '百度纬度'])).toMatchObject({ lng: '百度经度', lat: '百度纬度' });
    // a plain column of the same name wins
    expect(suggestMapping('enterprises', ['企业名称', 'lng', 'lat', 'bd_lng', 'bd_lat'])).toMatchObject({ lng: 'lng', lat: 'lat' });
  });

  it('reads X坐标 / Y坐标 and 经度坐标 as the coordinates (review 21: a register of 2,500 firms was 0 usable)', () => {
    const m = suggestMapping('enterprises', ['企业名称（全称）', '统一社会信用代码', '所在街道/镇', '行业', 'X坐标', 'Y坐标', '规上']);
    expect(m).toMatchObject({ id: '统一社会信用代码', lng: 'X坐标', lat: 'Y坐标', town: '所在街道/镇', industry: '行业' });
    expect(suggestMapping('facilities', ['名称', '百度经度坐标', '百度纬度坐标'])).toMatchObject({ lng: '百度经度坐标', lat: '百度纬度坐标' });
    // one column holding both is still read as both, also when its name ends in 坐标 (地址坐标 was read as the address)
    expect(suggestMapping('facilities', ['名称', '坐标'])).toMatchObject({ lng: '坐标', lat: '坐标' });
    expect(suggestMapping('facilities', ['名称', '地址坐标'])).toMatchObject({ lng: '地址坐标', lat: '地址坐标' });
  });
});
