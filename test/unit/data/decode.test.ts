// Encoding detection and decoding on the committed byte fixtures and synthetic bytes.
import { describe, expect, it } from 'vitest';
import { detectEncoding, decode } from '../../../src/lib/data/decode';
import { ImportError } from '../../../src/lib/data/issues';
import { fixtureBytes } from './fixture';

const utf8Text = new TextDecoder().decode(fixtureBytes('utf8-nobom.csv'));

describe('detectEncoding', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8', true, 1],
    ['utf8-nobom.csv', 'utf-8', false, 0.99],
    ['utf16le-bom.csv', 'utf-16le', true, 1],
    ['gb18030.csv', 'gb18030', false, 0.9],
    ['binary-png.csv', 'binary', false, 1],
  ])('%s → %s', (file, enc, bom, conf) => {
    const g = detectEncoding(fixtureBytes(file));
    expect([g.encoding, g.bom, g.confidence]).toEqual([enc, bom, conf]);
  });
  it('UTF-16 without BOM from the NUL-byte pattern', () => {
    const le = Uint8Array.from(Buffer.from(utf8Text, 'utf16le'));
    expect(detectEncoding(le).encoding).toBe('utf-16le');
    const be = Uint8Array.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(detectEncoding(be).encoding).toBe('utf-16be');
    expect(decode(be).text).toBe(utf8Text);
  });
  it('NULs in a non-UTF-16 file mean binary', () => {
    expect(detectEncoding(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x00, 0x00, 0x31, 0x2c, 0x32, 0x00, 0x01])).encoding).toBe('binary');
  });
  it('an xlsx (zip) is named', () => {
    expect(detectEncoding(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])).kind).toBe('ZIP/XLSX');
  });
});

describe('decode', () => {
  it('GB18030 bytes decode to the same text as the UTF-8 file (BOM removed)', () => {
    const fromGbk = decode(fixtureBytes('gb18030.csv')).text;
    const fromBom = decode(fixtureBytes('utf8-bom.csv')).text;
    expect(fromGbk).toBe(fromBom);
    expect(fromBom.charCodeAt(0)).not.toBe(0xfeff);
  });
  it('the user can override the encoding', () => {
    const wrong = decode(fixtureBytes('gb18030.csv'), 'utf-8');
    expect(wrong.guess.encoding).toBe('utf-8');
    expect(wrong.text).toContain('\uFFFD');
  });
  it('binary throws ImportError', () => {
    expect(() => decode(fixtureBytes('binary-png.csv'))).toThrow(ImportError);
  });
});
