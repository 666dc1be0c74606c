// 100 000-row CSV import: PapaParse-only parsing (baseline) vs. the full importFile pipeline.
// Run: npx tsx bench/import.ts
import Papa from 'papaparse';
import { importFile } from '../src/lib/data/import';
import { parseTable } from '../src/lib/data/table';

const N = 100_000;

function makeCsv(n: number): string {
  const lines = ['编号,名称,经度,纬度,类别,地址,街镇'];
  for (let i = 0; i < n; i++)
    lines.push(`f${i},设施${i},${(121.3 + (i % 1000) * 0.0002).toFixed(5)},${(31.0 + Math.floor(i / 1000) * 0.002).toFixed(4)},医疗,"某路 ${i} 号",莘庄镇`);
  return lines.join('\r\n');
}

function best(fn: () => void, runs = 3): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export async function run(): Promise<void> {
  const text = makeCsv(N);
  const bytes = new TextEncoder().encode(text);
  let rows = 0;
  const papa = best(() => {
    rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length - 1;
  });
  const table = best(() => {
    rows = parseTable(text).rows.length;
  });
  let accepted = 0;
  const full = best(() => {
    accepted = importFile({ name: 'bench.csv', bytes, layer: 'facilities' }).records.length;
  });
  const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en-US');
  console.log(`import: ${N.toLocaleString('en-US')} rows, ${(bytes.length / 1e6).toFixed(1)} MB (best of 3)`);
  console.log(`  PapaParse only (baseline)        ${papa.toFixed(0)} ms  ${rate(papa)} rows/s  (${rows} rows)`);
  console.log(`  parseTable (+ line numbers)      ${table.toFixed(0)} ms  ${rate(table)} rows/s  ×${(table / papa).toFixed(2)} baseline`);
  console.log(`  importFile (decode+map+validate) ${full.toFixed(0)} ms  ${rate(full)} rows/s  ×${(full / papa).toFixed(2)} baseline  (${accepted} records)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
