// The tour's stored ZIP writer (src/modes/present/zip.ts): known CRC-32 answers, and archives that
// fflate's independent reader opens with the same names (UTF-8), bytes, order and date.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { crc32, storedZip } from '../../../src/modes/present/zip';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('stored zip', () => {
  it('CRC-32 known answers', () => {
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(bytes('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('round-trips Chinese file names and stores the bytes uncompressed', () => {
    const files = { 'zhihui-01-overview.png': bytes('PNG one'), 'zhihui-02-莘庄镇.png': new Uint8Array([0, 255, 1, 254]), 'empty.txt': new Uint8Array() };
    const zip = storedZip(files, new Date(2026, 10, 21, 14, 30, 58));
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(files));
    for (const [name, data] of Object.entries(files)) expect(back[name]).toEqual(data);
    const nameBytes = Object.keys(files).reduce((n, k) => n + bytes(k).length, 0);
    expect(zip.length).toBe(22 + 76 * 3 + 2 * nameBytes + 11); // headers + data, nothing compressed
    // local header of the first file: signature, UTF-8 flag, method 0, DOS time 14:30:58, date 2026-11-21
    const v = new DataView(zip.buffer);
    expect(v.getUint32(0, true)).toBe(0x04034b50);
    expect(v.getUint16(6, true)).toBe(0x0800);
    expect(v.getUint16(8, true)).toBe(0);
    expect(v.getUint16(10, true)).toBe((14 << 11) | (30 << 5) | 29);
    expect(v.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 21);
    // central directory: made on Unix (3) by version 2.0, mode rw-r--r-- (an MS-DOS archive's UTF-8 names came
    // out garbled in Info-ZIP's unzip on Linux, review 16)
    const dir = v.getUint32(zip.length - 6, true);
    expect(v.getUint32(dir, true)).toBe(0x02014b50);
    expect(v.getUint16(dir + 4, true)).toBe(0x0314);
    expect(v.getUint32(dir + 38, true)).toBe(0o100644 * 0x10000);
  });

  it('an empty archive is just the end record', () => {
    expect(storedZip({})).toHaveLength(22);
    expect(unzipSync(storedZip({}))).toEqual({});
  });

  it('any files round-trip through fflate', () => {
    const files = fc.dictionary(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => !s.includes('/') && s !== '__proto__'), fc.uint8Array({ maxLength: 300 }), { maxKeys: 6 });
    fc.assert(
      fc.property(files, (f) => {
        const back = unzipSync(storedZip(f));
        expect(Object.keys(back).sort()).toEqual(Object.keys(f).sort());
        for (const k of Object.keys(f)) expect(back[k]).toEqual(f[k]);
      }),
      { numRuns: 300 },
    );
  });
});
