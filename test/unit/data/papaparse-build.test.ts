// The PapaParse the build ships (vite.config.ts's papaparseEsm, decision 0015) against the published
// file, called as src/lib/data/parse-table.ts calls it: every CSV in the repository, edge cases and random
// text give the same rows, errors and meta; what the build leaves out throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import config from '../../../vite.config';

type Parse = typeof Papa.parse;

/** The plugin's output, imported from a temporary file that is removed once loaded. */
async function builtPapa(): Promise<{ code: string; parse: Parse; dir: string }> {
  const plugins = (config as unknown as (env: object) => { plugins: Plugin[] })({ mode: 'production', command: 'build' }).plugins;
  const plugin = plugins.find((p) => p?.name === 'zhihui:papaparse-esm')!;
  const load = plugin.load as (this: unknown, id: string) => { code: string };
  const { code } = load.call({ error: (m: string) => { throw new Error(m); } }, resolve('node_modules/papaparse/papaparse.min.js'));
  const dir = mkdtempSync(join(tmpdir(), 'papa-'));
  try {
    const file = join(dir, 'papaparse.mjs');
    writeFileSync(file, code);
    return { code, parse: (await import(pathToFileURL(file).href)).default.parse, dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DELIMITERS = [',', '\t', ';', '|'];

/** parse-table.ts's two calls: detectDelimiter's preview of each delimiter, parseTable's steps. */
function asTableParses(parse: Parse, text: string): string {
  const out: unknown[] = DELIMITERS.map((d) => parse<string[]>(text.slice(0, 64 * 1024), { delimiter: d, preview: 30, skipEmptyLines: true }));
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstEnd = src.search(/[\r\n]/);
  const newline = firstEnd < 0 || src[firstEnd] === '\n' ? '\n' : src[firstEnd + 1] === '\n' ? '\r\n' : '\r';
  for (const d of DELIMITERS) {
    const steps: unknown[] = [];
    parse<string[]>(src, { delimiter: d, newline: newline as '\r\n', skipEmptyLines: false, step: (res) => steps.push(structuredClone(res)) });
    out.push(steps);
  }
  return JSON.stringify(out);
}

describe("the build's PapaParse", async () => {
  const built = await builtPapa();

  it('parses every CSV in the repository as the published file does', () => {
    const files = execSync("git ls-files '*.csv' '*.tsv' '*.txt'", { encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const bytes = readFileSync(f);
      for (const text of [new TextDecoder('utf-8').decode(bytes), new TextDecoder('gb18030').decode(bytes)])
        expect(asTableParses(built.parse, text), f).toBe(asTableParses(Papa.parse, text));
    }
  });

  it('parses edge cases and random text as the published file does', () => {
    const edges = ['', '\ufeffa,b\n1,2', 'a,b\r\n1,2\r\n', 'a,b\r1,2\r', '"a\nb",c\n1,2', '"open,1\n2,3', 'a,"b"x,c\n1,2,3', '\n\n,,\n a , b \n', '"a""b",c', ',\n,', '"a",  "b"  ,c\n"1"  \n2'];
    for (const text of edges) expect(asTableParses(built.parse, text), JSON.stringify(text)).toBe(asTableParses(Papa.parse, text));
    const unit = fc.constantFrom(',', '\t', ';', '|', '"', '\n', '\r', ' ', 'a', '闵', '\ufeff');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => asTableParses(built.parse, text) === asTableParses(Papa.parse, text)), { numRuns: 500 });
  });

  it('leaves out what parse-table.ts never asks for, and throws if asked', () => {
    for (const gone of ['UndetectableDelimiter', 'TooManyFields', 'transformHeader', 'skipFirstNLines)', 'LocalChunkSize', 'Comment character', 'setTimeout', '_sendError', 'global.document', 'isFirstChunk', '_halted', 'needsHeaderRow', '_fields', 'getCharIndex', 'Input must be a string', 'fastMode', 'chunkSize', 'unparse', 'meta.paused', '_stepCounter', 'escapeRegExp', '.abort', 'aborted = ', 'function ChunkStreamer', 'function StringStreamer', '_partialLine', '_completeResults', '(ignoreLastRow)', 'baseIndex ||', 'copy(_config);']) expect(built.code).not.toContain(gone);
    const d = ',';
    const fn = () => {};
    for (const options of [{}, { d, header: true }, { d, dynamicTyping: true }, { d, transform: (v: string) => v }, { d, skipFirstNLines: 1 }, { d, beforeFirstChunk: (c: string) => c },
      { d, chunk: fn }, { d, complete: fn }, { d, comments: '#' }, { d, quoteChar: "'" }, { d, escapeChar: '\\' }, { d, chunkSize: 8 }, { d, fastMode: true }, { d, error: fn }, { d: () => ',' }, { d, step: fn, preview: 3 }])
      expect(() => built.parse('a,b', { ...options, delimiter: options.d })).toThrow('not in this build');
  });

  it('leaves no temporary file behind', () => {
    expect(existsSync(built.dir)).toBe(false);
  });
});
