import { describe, expect, it } from 'vitest';
import { labelLines } from '../../../src/lib/map/layers/label';
import { pointsToFc } from '../../../src/lib/map/features';
import type { PointRecord } from '../../../src/lib/data/schema';

describe('labelLines', () => {
  it('starts a parenthetical note on its own line', () => {
    expect(labelLines('浦锦街道质汇驿站（文旅企业内，2024年新增）')).toBe('浦锦街道质汇驿站\n（文旅企业内，2024年新增）');
    expect(labelLines('梅陇镇质量基础设施一站式（NQI）服务点')).toBe('梅陇镇质量基础设施一站式\n（NQI）服务点');
    expect(labelLines('Station A (planned)')).toBe('Station A\n(planned)');
  });

  it('leaves names without one, or starting with one, as they are', () => {
    expect(labelLines('浦江镇质汇驿站')).toBe('浦江镇质汇驿站');
    expect(labelLines('（筹）站')).toBe('（筹）站');
  });

  it('is carried by point features only when it differs from the name', () => {
    const rec = (name: string) => ({ id: name, name, name_en: '', town: '浦锦街道', precision: 'town', lng: 121.5, lat: 31.1 }) as unknown as PointRecord;
    const fc = pointsToFc([rec('海上蒋家质汇驿站'), rec('浦锦街道质汇驿站（文旅企业内，2024年新增）')]);
    expect(fc.features.map((f) => f.properties?.label)).toEqual([undefined, '浦锦街道质汇驿站\n（文旅企业内，2024年新增）']);
  });
});
