import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPref, writePref } from '../../../src/lib/state/prefs';

afterEach(() => vi.unstubAllGlobals());

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('prefs in localStorage', () => {
  it('reads back what was written; null when never written', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(readPref('a')).toBeNull();
    writePref('a', '1');
    expect(readPref('a')).toBe('1');
  });

  it('never throws when storage is missing or refuses; reads give undefined', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(readPref('a')).toBeUndefined();
    expect(() => writePref('a', '1')).not.toThrow();
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    vi.stubGlobal('localStorage', refusing);
    expect(readPref('a')).toBeUndefined();
    expect(() => writePref('a', '1')).not.toThrow();
  });
});
