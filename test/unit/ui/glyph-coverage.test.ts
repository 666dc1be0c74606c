// Every character the UI source writes must be in the bundled Noto Sans SC subsets: on a machine
// with no CJK or emoji font (a fresh CI box, a meeting-room kiosk) anything else draws as a box.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync('node_modules/@fontsource/noto-sans-sc/400.css', 'utf8');
const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)]
  .flatMap((m) => m[1].split(','))
  .map((r) => r.trim().replace(/^U\+/i, '').split('-'))
  .map(([a, b]) => [parseInt(a, 16), parseInt(b ?? a, 16)] as const);
const covered = (c: number) => ranges.some(([a, b]) => c >= a && c <= b);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(svelte|ts|json)$/.test(f) ? [p] : [];
  });
}

describe('glyph coverage of the bundled font', () => {
  it('the font declares its subsets', () => {
    expect(ranges.length).toBeGreaterThan(100);
    expect(covered('闵'.codePointAt(0)!)).toBe(true);
    expect(covered(0x1f5a8)).toBe(false); // 🖨 is not in it: the check can fail
  });

  it('every non-ASCII character in src/ (outside comment lines; the English UI file too) is covered', () => {
    const missing: string[] = [];
    for (const file of sources('src')) {
      // comment lines never reach the screen
      const text = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l))
        .join('\n');
      for (const ch of text) {
        const c = ch.codePointAt(0)!;
        if (c > 0x7f && !covered(c)) missing.push(`${ch} U+${c.toString(16)} in ${file}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
