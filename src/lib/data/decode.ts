// File bytes → text: BOMs, UTF-16 by NUL pattern, strict UTF-8, GB18030 (Chinese Excel), binary files.
import { ImportError } from './issues';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];

export interface EncodingGuess {
  encoding: Encoding | 'binary';
  /** 0–1. 1 = a BOM said so; lower when the guess rests on byte statistics. */
  confidence: number;
  bom: boolean;
  /** For binary files: what it looks like (png, zip/xlsx, pdf …). */
  kind?: string;
}

const MAGIC: { kind: string; bytes: number[] }[] = [
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { kind: 'ZIP/XLSX', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'XLS (OLE)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function fatalOk(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Guess a file's encoding from its bytes (looks at BOMs, NUL bytes and decodability). */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', confidence: 1, bom: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', confidence: 1, bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', confidence: 1, bom: true };
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return { encoding: 'binary', confidence: 1, bom: false, kind: magic.kind };
  const n = Math.min(bytes.length, 8192);
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  const half = n / 2;
  if (half > 0 && oddNul > half * 0.3 && evenNul < oddNul * 0.1) return { encoding: 'utf-16le', confidence: 0.8, bom: false };
  if (half > 0 && evenNul > half * 0.3 && oddNul < evenNul * 0.1) return { encoding: 'utf-16be', confidence: 0.8, bom: false };
  if (evenNul + oddNul > 0 || control > n * 0.05) return { encoding: 'binary', confidence: 0.9, bom: false };
  let ascii = true;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] > 127) {
      ascii = false;
      break;
    }
  if (ascii) return { encoding: 'utf-8', confidence: 1, bom: false };
  if (fatalOk('utf-8', bytes)) return { encoding: 'utf-8', confidence: 0.99, bom: false };
  if (fatalOk('gb18030', bytes)) {
    // Most non-ASCII text in a GB18030 file should be CJK ideographs or CJK punctuation.
    const text = new TextDecoder('gb18030').decode(bytes.subarray(0, 65536));
    const non = [...text].filter((c) => c.charCodeAt(0) > 127);
    const cjk = non.filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(c)).length;
    const share = non.length === 0 ? 0 : cjk / non.length;
    return { encoding: 'gb18030', confidence: share > 0.8 ? 0.9 : 0.5, bom: false };
  }
  return { encoding: 'binary', confidence: 0.6, bom: false };
}

/**
 * Decode bytes to text (BOM removed). With `encoding` the user's choice wins over detection.
 * Throws ImportError for binary files.
 */
export function decode(bytes: Uint8Array, encoding?: Encoding): { text: string; guess: EncodingGuess } {
  const guess = detectEncoding(bytes);
  const enc = encoding ?? guess.encoding;
  if (enc === 'binary') {
    const what = guess.kind ? `（看起来是 ${guess.kind} 文件）` : '';
    throw new ImportError(`文件不是文本表格${what}，请另存为 CSV（UTF-8）后再导入`, guess.kind ? 'notTextKind' : 'notText', { kind: guess.kind });
  }
  const text = new TextDecoder(enc).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, guess: encoding ? { ...guess, encoding, confidence: 1 } : guess };
}
