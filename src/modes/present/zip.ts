// A ZIP archive whose files are stored as they are, without compression: all the tour's "export
// all" needs (its files are PNG, already compressed), in ~60 lines instead of a zip library.
// Format: PKWARE APPNOTE 6.3 — a local header before each file, then the central directory and the
// end record; method 0 (stored), CRC-32, names in UTF-8 (flag bit 11), DOS date and time, made on Unix.
// No ZIP64, so at most 65,535 files and 4 GiB. Pure: no DOM.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as ZIP and PNG use it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const UTF8_NAMES = 0x0800;
const VERSION = 20; // 2.0: what a stored file needs
// Made on Unix (host 3) with mode rw-r--r--: Info-ZIP's unzip takes an MS-DOS archive's names as code
// page 437 even with the UTF-8 flag, so 莘庄镇 came out garbled on Linux (review 16)
const MADE_BY = (3 << 8) | VERSION;
const UNIX_FILE = 0o100644 * 0x10000;

/** A ZIP of `files` (name → bytes, in this order), stored uncompressed, dated `date` (local time). */
export function storedZip(files: Record<string, Uint8Array>, date = new Date()): Uint8Array {
  const names = new TextEncoder();
  const entries = Object.entries(files).map(([name, data]) => ({ name: names.encode(name), data, crc: crc32(data), offset: 0 }));
  const size = entries.reduce((n, e) => n + 30 + 46 + 2 * e.name.length + e.data.length, 22);
  if (entries.length > 0xffff || size > 0xffffffff) throw new RangeError('too many or too large files for a ZIP without ZIP64');
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((Math.min(Math.max(date.getFullYear(), 1980), 2107) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();

  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  let at = 0;
  const u16 = (x: number) => { v.setUint16(at, x, true); at += 2; };
  const u32 = (x: number) => { v.setUint32(at, x, true); at += 4; };
  // The fields local header and central directory share: version needed … name length.
  const common = (e: (typeof entries)[number]) => {
    u16(VERSION); u16(UTF8_NAMES); u16(0); u16(time); u16(day);
    u32(e.crc); u32(e.data.length); u32(e.data.length); u16(e.name.length);
  };
  for (const e of entries) {
    e.offset = at;
    u32(0x04034b50); common(e); u16(0); // no extra field
    out.set(e.name, at); at += e.name.length;
    out.set(e.data, at); at += e.data.length;
  }
  const directory = at;
  for (const e of entries) {
    u32(0x02014b50); u16(MADE_BY); common(e);
    u16(0); u16(0); u16(0); u16(0); u32(UNIX_FILE); // extra, comment, disk, internal and external attributes
    u32(e.offset);
    out.set(e.name, at); at += e.name.length;
  }
  const directorySize = at - directory;
  u32(0x06054b50); u16(0); u16(0); u16(entries.length); u16(entries.length);
  u32(directorySize); u32(directory); u16(0);
  return out;
}
