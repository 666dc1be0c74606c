// 100 000-row CSV import: PapaParse-only parsing (baseline) vs. the full importFile pipeline; and the
// report's grouping of 100 000 warnings (groupIssues, on the main thread) vs. one plain pass over them.
// Run: npx tsx bench/import.ts
import Papa from 'papaparse';
import { importFile } from '../src/lib/data/import';
import { parseTable } from '../src/lib/data/parse-table';
import { groupIssues, type RowIssue } from '../src/lib/data/issues';

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
  groups();
}

/**
 * The import report groups a file's issues when it renders (Report.svelte, main thread): a warning on
 * every one of 100 000 rows (权重 written 高), the same on each row, then with a value of its own on
 * each (100 000 entries). Baseline: the report's own pass putting the refused rows first.
 */
function groups(): void {
  const lines = ['名称,经度,纬度,权重'];
  for (let i = 0; i < N; i++) lines.push(`企业${i},${(121.3 + (i % 1000) * 0.0002).toFixed(5)},${(31.0 + Math.floor(i / 1000) * 0.002).toFixed(4)},高`);
  const same = importFile({ name: 'w.csv', bytes: new TextEncoder().encode(lines.join('\n')), layer: 'enterprises' }).issues;
  const own: RowIssue[] = same.map((i, k) => (i.line ? { ...i, vars: { ...i.vars, cell: `高${k}` } } : i));
  console.log(`groupIssues: ${same.filter((i) => i.line).length.toLocaleString('en-US')} row warnings (best of 3)`);
  for (const [name, issues] of [['the same warning', same], ['each its own value', own]] as const) {
    let n = 0;
    const base = best(() => {
      n = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')].length;
    });
    let entries = 0;
    const grouped = best(() => {
      entries = groupIssues(issues).length;
    });
    console.log(`  ${name.padEnd(20)} errors first (baseline) ${base.toFixed(1)} ms (${n})  groupIssues ${grouped.toFixed(0)} ms  ×${(grouped / base).toFixed(1)} baseline  (${entries} entries)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
