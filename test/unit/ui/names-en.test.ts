// The English for the pack's words (data/names-en.json): one map from its groups, comments skipped.
import { describe, expect, it } from 'vitest';
import { flattenNames } from '../../../src/lib/i18n/flatten-names';

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

describe('englishNames', () => {
  it('asks again after an HTTP error (a 503 was kept as no names for good), and keeps what a good answer gave', async () => {
    const { englishNames } = await import('../../../src/lib/io/names-en');
    const replies = [
      { ok: false, status: 503, json: async () => ({}) },
      { ok: true, status: 200, json: async () => ({ roles: { 龙头: 'Leading company' } }) },
    ];
    const asked: string[] = [];
    const real = globalThis.fetch;
    globalThis.fetch = (async (url: string) => (asked.push(url), replies.shift())) as unknown as typeof fetch;
    try {
      expect(await englishNames()).toEqual({});
      expect(await englishNames()).toEqual({ 龙头: 'Leading company' });
      expect(await englishNames()).toEqual({ 龙头: 'Leading company' });
      expect(asked).toHaveLength(2);
    } finally {
      globalThis.fetch = real;
    }
  });
});
