import { describe, expect, it } from 'vitest';
import { readParam, withParam } from '../../../src/lib/state/url-params';

describe('url params', () => {
  it('reads a parameter, Chinese included, and treats blank as absent', () => {
    expect(readParam('?town=%E6%B5%A6%E6%B1%9F%E9%95%87&lang=en', 'town')).toBe('浦江镇');
    expect(readParam('?town=浦江镇', 'town')).toBe('浦江镇');
    expect(readParam('?town=%20', 'town')).toBeNull();
    expect(readParam('', 'town')).toBeNull();
  });

  it('sets or removes one parameter and keeps the others', () => {
    expect(withParam('?lang=en', 'town', '七宝镇')).toBe('?lang=en&town=%E4%B8%83%E5%AE%9D%E9%95%87');
    expect(readParam(withParam('?lang=en', 'town', '七宝镇'), 'town')).toBe('七宝镇');
    expect(withParam('?lang=en&town=x', 'town', null)).toBe('?lang=en');
    expect(withParam('?town=x', 'town', null)).toBe('');
  });
});
