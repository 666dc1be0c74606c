import { describe, expect, it } from 'vitest';
import { CIRCLE_LOOK_PAINT, precisionLook, ringLook } from '../../../src/lib/map/circle-look';

describe('circle look per feature', () => {
  it('draws exact points solid, approximate lighter, town-only as a hollow ring', () => {
    const [exact, approx, town] = (['exact', 'approximate', 'town'] as const).map((p) => precisionLook('#c2185b', p));
    expect(exact).toMatchObject({ _fill: '#c2185b', _fillOpacity: 1, _stroke: '#c2185b' });
    expect(approx._fill).toBe('#c2185b');
    expect(approx._fillOpacity).toBeLessThan(exact._fillOpacity);
    expect(approx._fillOpacity).toBeGreaterThan(0.5); // still reads as the layer's colour
    expect(town._fill).toBe('#ffffff'); // hollow: the layer's colour only in the ring
    expect(town._stroke).toBe('#c2185b');
    expect(town._strokeWidth).toBeGreaterThan(exact._strokeWidth);
  });

  it('draws an estimated point (placed from memory, unchecked) as lightly as an approximate one, never solid', () => {
    expect(precisionLook('#c2185b', 'estimated')).toEqual(precisionLook('#c2185b', 'approximate'));
  });

  it('makes rings with a chosen fill', () => {
    expect(ringLook('#1f5fa8', 2)).toEqual({ _fill: '#ffffff', _fillOpacity: 1, _stroke: '#1f5fa8', _strokeWidth: 2 });
    expect(ringLook('#ff6f00', 3, '#ffffff', 0)._fillOpacity).toBe(0);
  });

  it('reads every paint value from the feature, so all base circle layers share one shader program', () => {
    const keys = Object.keys(precisionLook('#000000', 'exact'));
    for (const value of Object.values(CIRCLE_LOOK_PAINT)) {
      expect(Array.isArray(value) && value[0] === 'get' && keys.includes(String(value[1]))).toBe(true);
    }
    expect(Object.keys(CIRCLE_LOOK_PAINT)).not.toContain('circle-radius');
  });
});
