import { describe, expect, it } from 'vitest';
import { labelLines } from '../../../src/lib/map/layers/label';
import { pointsToFc } from '../../../src/lib/map/features';
import type { PointRecord } from '../../../src/lib/data/schema';

describe('labelLines', () => {
  it('starts a parenthetical note on its own line', () => {
    expect(labelLines('浦锦街道质汇驿站（文旅企业内，2024年新增）')).toBe('浦锦街道质汇驿站\n（文旅企业内，\n2024年新增）');
    expect(labelLines('梅陇镇质量基础设施一站式（NQI）服务点')).toBe('梅陇镇质量基\n础设施一站式\n（NQI）服务点');
    expect(labelLines('Station A (planned)')).toBe('Station A\n(planned)');
  });

  it('cuts long Chinese parts into even lines, not inside a quotation, a number or before punctuation', () => {
    expect(labelLines('品汇工作站“丝路食品”质量提升站点')).toBe('品汇工作站\n“丝路食品”质量提升站点');
    expect(labelLines('艾为电子质量基础设施“一站式”服务工作站')).toBe('艾为电子质量基础设施\n“一站式”服务工作站');
    expect(labelLines('七宝镇质量基础设施“一站式”服务站点（七宝古镇旅游咨询服务中心）')).toBe(
      '七宝镇质量基础设施\n“一站式”服务站点\n（七宝古镇旅游\n咨询服务中心）',
    );
    expect(labelLines('“一号具谷”质量基础设施一站式服务线下站点')).toBe('“一号具谷”质\n量基础设施一站\n式服务线下站点');
    expect(labelLines('质量服务站2024123456号')).toBe('质量服务站\n2024123456号');
    expect(labelLines('吴泾镇质量站、第二服务点')).toBe('吴泾镇质量站、\n第二服务点');
    for (const name of ['万象有光·质汇驿站', '古美城市家具创意设计产业园区线下站点', '莘庄工业区质量基础一站式服务站点']) {
      const lines = labelLines(name).split('\n');
      expect(lines.join('')).toBe(name);
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(10);
    }
  });

  it('does not cut names without Chinese by characters', () => {
    expect(labelLines('Minhang Quality Service Station Number Two')).toBe('Minhang Quality Service Station Number Two');
  });

  it('leaves names without one, or starting with one, as they are', () => {
    expect(labelLines('浦江镇质汇驿站')).toBe('浦江镇质汇驿站');
    expect(labelLines('（筹）站')).toBe('（筹）站');
  });

  it('is carried by point features only when it differs from the name', () => {
    const rec = (name: string) => ({ id: name, name, name_en: '', town: '浦锦街道', precision: 'town', lng: 121.5, lat: 31.1 }) as unknown as PointRecord;
    const fc = pointsToFc([rec('海上蒋家质汇驿站'), rec('浦锦街道质汇驿站（文旅企业内，2024年新增）')]);
    expect(fc.features.map((f) => f.properties?.label)).toEqual([undefined, '浦锦街道质汇驿站\n（文旅企业内，\n2024年新增）']);
  });
});
