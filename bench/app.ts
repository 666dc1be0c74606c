// App benchmarks: bundle sizes of the built app, and time from navigation to the map's first
// `idle` with every default layer, against a bare MapLibre page with the same style (same run).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

const DIST = join(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.woff2': 'font/woff2', '.csv': 'text/csv', '.geojson': 'application/geo+json',
};

/** JS files reachable from index.html: static and dynamic imports, workers (bench pages excluded). */
function reachable(dir: string, html: string): Set<string> {
  const files = new Set(readdirSync(dir).filter((f) => /\.m?js$/.test(f)));
  const seen = new Set<string>();
  const queue = [...html.matchAll(/\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f) || !files.has(f)) continue;
    seen.add(f);
    const code = readFileSync(join(dir, f), 'utf8');
    for (const m of code.matchAll(/[\w.-]+\.m?js/g)) if (files.has(m[0]) && !seen.has(m[0])) queue.push(m[0]);
  }
  return seen;
}

function sizes(): void {
  const dir = join(DIST, 'assets');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initialFiles = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  let initial = 0;
  let lazy = 0;
  let worker = 0;
  let maplibre = 0;
  for (const f of reachable(dir, html)) {
    if (f.startsWith('maplibre-gl-worker')) continue;
    const gz = gzipSync(readFileSync(join(dir, f))).length;
    if (f.startsWith('maplibre')) maplibre += gz;
    else if (f.includes('.worker')) worker += gz;
    else if (initialFiles.has(f)) initial += gz;
    else lazy += gz;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`bundle (gzip): app JS loaded at start ${kb(initial)} + modes loaded on demand ${kb(lazy)} + analysis worker ${kb(worker)} = ${((initial + lazy + worker) / 1024).toFixed(2)} kB (goal < 150 kB; two decimals, as 149.95 rounds to 150.0); maplibre-gl in its own chunk: ${kb(maplibre)}`);
  // Text the app fetches as JSON when it needs it (not JavaScript, so not in the goal), said beside it.
  const json = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${f.replace(/-[\w-]{6}\.json$/, '')} ${kb(gzipSync(readFileSync(join(dir, f))).length)}`);
  console.log(`JSON fetched on demand (gzip; ui-en when the UI first shows English): ${json.join(', ')}`);
}

function serve(): Promise<{ port: number; close: () => void }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path === '/' ? 'index.html' : path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ port: typeof addr === 'object' && addr ? addr.port : 0, close: () => server.close() });
    }),
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Loads per page (interleaved bare, data, app, so machine noise hits all three alike). */
const RUNS = 7;

const PAGES = [
  ['bare', 'bench/bench-bare.html'],
  ['data', 'bench/bench-data.html'],
  ['app', ''],
] as const;

/**
 * BENCH_BREAKDOWN=1: the data page without some layer types, to see what each costs (same run).
 * "sources only" keeps the GeoJSON sources and no data layer.
 */
const BREAKDOWN = [
  ['data, English labels (one font file)', 'bench/bench-data.html?locale=en'],
  ['data without labels', 'bench/bench-data.html?without=symbol'],
  ['data without labels, points', 'bench/bench-data.html?without=symbol,circle'],
  ['data, sources only', 'bench/bench-data.html?without=symbol,circle,fill,line'],
] as const;

/**
 * The WebGL implementation behind Chromium's ANGLE: SwiftShader by default (what CI machines
 * have); BENCH_ANGLE=gl-egl uses the system's Mesa (llvmpipe on a machine without a GPU), to
 * check that a result is not an artefact of one software renderer.
 */
const ANGLE = process.env.BENCH_ANGLE ?? 'swiftshader';

/** Headless Debian Chromium with the WebGL implementation chosen above, quiet in the background. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--use-gl=angle', `--use-angle=${ANGLE}`, '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
}

/** The time from navigation to the map's first idle, as the page recorded it (window.__firstIdle). */
async function waitFirstIdle(page: Page): Promise<number> {
  const t = await page.waitForFunction(() => (window as unknown as { __firstIdle?: number }).__firstIdle, null, { timeout: 60_000 });
  return Number(await t.jsonValue());
}

async function firstIdle(browser: Browser, port: number, breakdown: boolean): Promise<void> {
  if (!existsSync(join(DIST, 'bench', 'bench-bare.html')))
    throw new Error(`${DIST}/bench has no comparison pages: run \`npx vite build --mode bench\` after \`npm run build\` (npm run bench does both)`);
  const pages: (readonly [string, string])[] = [...PAGES, ...(breakdown ? BREAKDOWN : [])];
  const times: Record<string, number[]> = { mapLoad: [], layersAdded: [] };
  const programs: Record<string, number> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [key, path] of pages) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`http://127.0.0.1:${port}/${path}`);
      (times[key] ??= []).push(await waitFirstIdle(page));
      // Shader programs compiled so far: under software WebGL each one costs tens of ms.
      programs[key] = await page.evaluate(() => {
        const m = (window as unknown as { __zhihuiMap?: { painter: { programCache?: { programs?: object } } } }).__zhihuiMap;
        return Object.keys(m?.painter.programCache?.programs ?? {}).length;
      });
      if (key === 'app') {
        const marks = await page.evaluate(() =>
          Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
        );
        times.mapLoad.push(marks['zhihui:map-load'] ?? NaN);
        times.layersAdded.push(marks['zhihui:layers-added'] ?? NaN);
      }
      await page.close();
    }
  }
  const app = median(times.app);
  const bare = median(times.bare);
  const data = median(times.data);
  console.log(`  data layers alone (no app shell): ${data.toFixed(0)} ms, ${(data / bare).toFixed(2)}× bare; shader programs at first idle: app ${programs.app}, data page ${programs.data}, bare page ${programs.bare}`);
  for (const [key] of breakdown ? BREAKDOWN : []) {
    const ms = median(times[key]);
    console.log(`    ${key}: ${ms.toFixed(0)} ms, ${(ms / bare).toFixed(2)}× bare, ${programs[key]} programs`);
  }
  console.log(`  app timeline (median): map load ${median(times.mapLoad).toFixed(0)} ms → data layers added ${median(times.layersAdded).toFixed(0)} ms → first idle ${app.toFixed(0)} ms`);
  console.log(`first idle (median of ${RUNS}, headless Chromium, ANGLE ${ANGLE}): app ${app.toFixed(0)} ms, bare MapLibre ${bare.toFixed(0)} ms, ratio ${(app / bare).toFixed(2)}× (goal ≤ 1.5×)`);
}

/**
 * The coverage analysis runs in a worker so the page keeps drawing. In the app, fresh each time:
 * open 覆盖分析 (its first run: grid, barriers and every category, cold), and compare the
 * analysis's own time in the worker (its `analysis:coverage` measure, loop.ts) — what the page
 * would freeze for if it ran there — with the page's longest wait for a timer meanwhile.
 */
async function coverageResponsiveness(browser: Browser, port: number): Promise<void> {
  const analysis: number[] = [];
  const gaps: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // A 5 ms timer loop: the gaps between its runs are how long an input event would wait.
    // (Animation frames are no measure here: under software WebGL the compositor paces them.)
    // A string: tsx would wrap a named function in a helper the page lacks.
    await page.addInitScript(`window.__ticks = [];
      setTimeout(function tick() { window.__ticks.push(performance.now()); setTimeout(tick, 5); }, 5);`);
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitFirstIdle(page);
    await page.getByTestId('mode-coverage').click();
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="coverage-panel"]');
      return el?.getAttribute('data-running') === 'false' && /\d+\|/.test(el.getAttribute('data-raster-key') ?? '');
    }, null, { timeout: 60_000 });
    // The longest gap between timer runs from the first run after the request was sent to the
    // result: the task that sends it (mounting the panel) is UI work, not analysis.
    gaps.push(Number(await page.evaluate(`(() => {
      const start = performance.getEntriesByName('coverage-run-start').at(-1).startTime;
      const end = performance.getEntriesByName('coverage-result').at(-1).startTime;
      const f = window.__ticks;
      let worst = 0;
      for (let j = 1; j < f.length; j++) if (f[j - 1] >= start && f[j - 1] <= end) worst = Math.max(worst, f[j] - f[j - 1]);
      return worst;
    })()`)));
    const worker = page.workers().find((w) => w.url().includes('analysis'))!;
    analysis.push(await worker.evaluate(() => performance.getEntriesByName('analysis:coverage').at(-1)!.duration));
    await page.close();
  }
  const a = median(analysis);
  const g = median(gaps);
  console.log(`  timer waits per run: ${gaps.map((x) => x.toFixed(0)).join(', ')} ms; analysis: ${analysis.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log(`coverage, first run on opening the mode (median of ${RUNS}): analysis ${a.toFixed(0)} ms in the worker; the page answered a 5 ms timer within ${g.toFixed(0)} ms meanwhile (${(a / g).toFixed(1)}× less than the freeze the analysis would cause on the page)`);
}

export async function run(): Promise<void> {
  console.log('\n## app (needs `npm run build` first, and for the timings `npx vite build --mode bench`)');
  sizes();
  // BENCH_SIZES_ONLY=1 prints the bundle sizes without the (CPU-heavy) browser timing.
  // BENCH_BREAKDOWN=1 adds variants of the data page without some layer types.
  if (process.env.BENCH_SIZES_ONLY) return;
  // One server and one browser for both: every page gets a fresh context of its own.
  const { port, close } = await serve();
  const browser = await launchChromium();
  try {
    await firstIdle(browser, port, !!process.env.BENCH_BREAKDOWN);
    await coverageResponsiveness(browser, port);
  } finally {
    await browser.close();
    close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
