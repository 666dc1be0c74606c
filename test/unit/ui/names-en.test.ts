// The English for the pack's words (data/names-en.json): one map from its groups, comments skipped.
import { describe, expect, it } from 'vitest';
import { flattenNames } from '../../../src/lib/i18n/names-en';

describe('flattenNames', () => {
  it('merges the groups into one map and skips comments, empty and non-text entries', () => {
    expect(
      flattenNames({ _about: 'comment', 'facility types': { 高校: 'University', 博物馆: '' }, roles: { 龙头: 'Leading company', 链主: 3 }, odd: 'x' }),
    ).toEqual({ 高校: 'University', 龙头: 'Leading company' });
  });

  it('gives an empty map for anything that is not an object (a failed or garbled file)', () => {
    expect(flattenNames(null)).toEqual({});
    expect(flattenNames('[]')).toEqual({});
  });
});
