import { describe, expect, it } from 'vitest';
import { betterLayer } from '../../../src/modes/import/better-layer';

describe('the layer a file fits better', () => {
  const facilities = ['名称', '设施类型', '街镇', '经度', '纬度', '地址'];
  it('names 公共设施 for a facility list dropped on 质汇驿站 (no 状态 column)', () => {
    expect(betterLayer('stations', facilities)).toBe('facilities');
    expect(betterLayer('stations', ['设施名称', '设施大类', '小类', 'POINT_X', 'POINT_Y'])).toBe('facilities');
  });
  it('names 质汇驿站 for a station list dropped on 公共设施 (no category or type)', () => {
    expect(betterLayer('facilities', ['站点名称', '所属街镇', '经度', '纬度', '运营状态', '服务内容'])).toBe('stations');
  });
  it('names 企业 for an enterprise list dropped on NQI 服务机构 (no services)', () => {
    expect(betterLayer('institutions', ['企业名称', '产业', 'lng', 'lat'])).toBe('enterprises');
  });
  it('says nothing when the file fits the layer chosen, or no layer at all', () => {
    expect(betterLayer('facilities', facilities)).toBeNull();
    expect(betterLayer('enterprises', facilities)).toBeNull();
    expect(betterLayer('stations', ['名称', '备注'])).toBeNull();
    expect(betterLayer('stations', [])).toBeNull();
  });
});
