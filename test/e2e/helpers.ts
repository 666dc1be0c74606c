// Shared helpers for end-to-end tests: they drive the real app in Debian's Chromium and read the
// real MapLibre map (exposed as window.__zhihuiMap); nothing is mocked.
import { expect, type JSHandle, type Locator, type Page } from '@playwright/test';
import type { Map as MlMap } from 'maplibre-gl';

/** Where the tests save their screenshots (SHOTS_DIR overrides, e.g. when other runs clear test-results/). */
export const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';

declare global {
  interface Window {
    __zhihuiMap?: MlMap;
  }
}

/** Records every request the page makes, to prove nothing leaves the app's own host. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function foreignRequests(urls: string[]): string[] {
  const own = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
  return urls.filter((u) => !(u.startsWith(own) || u.startsWith('data:') || u.startsWith('blob:')));
}

/** Opens the app and waits until the map has loaded its data layers and gone idle. */
export async function openApp(page: Page, query = ''): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`./${query}`);
  await page.waitForFunction(() => !!window.__zhihuiMap?.getLayer('stations-circle'), null, { timeout: 60_000 });
  await mapIdle(page);
  expect(errors, 'page errors').toEqual([]);
}

/** Resolves on the map's next `idle` event (forces a repaint so an idle map emits one). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = window.__zhihuiMap!;
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );
}

/**
 * For a check that something does not happen: resolves once the page has drawn a frame and then
 * run a timer, so whatever an event already handled set going has happened (Svelte's updates, an
 * effect's `setTimeout(…, 0)`, a MapLibre handler). Waits for an event, never for a length of time.
 */
export async function frameAndTimer(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

/**
 * The features of one of the small fixed base parts (towns, district, …) as the map holds them:
 * they share the source 'base', tagged with `_part` (point layers keep a source each).
 */
export async function basePart(page: Page, part: string): Promise<GeoJSON.Feature[]> {
  return page.evaluate(async (p) => {
    const src = window.__zhihuiMap!.getSource('base') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
    return (await src.getData()).features.filter((f) => f.properties?._part === p);
  }, part);
}

export async function renderedCount(page: Page, layers: string[]): Promise<number> {
  return page.evaluate((ls) => {
    const m = window.__zhihuiMap!;
    const present = ls.filter((l) => m.getLayer(l));
    return present.length ? m.queryRenderedFeatures({ layers: present }).length : 0;
  }, layers);
}

/** What to read pixels from: the map's canvas, an <img> on the page, or PNG bytes. */
export type PixelSource = { map: true } | { img: string } | { png: Buffer };

/**
 * Decodes a source into an ImageData inside the page (the pixels stay there; analyse them with
 * `handle.evaluate`). The map's WebGL drawing buffer is readable because the app keeps it.
 */
export async function pixels(page: Page, source: PixelSource): Promise<JSHandle<ImageData>> {
  const arg = 'png' in source ? { png: source.png.toString('base64') } : source;
  return page.evaluateHandle(async (s) => {
    let image: HTMLCanvasElement | HTMLImageElement | ImageBitmap;
    if ('map' in s) image = window.__zhihuiMap!.getCanvas();
    else if ('img' in s) image = document.querySelector(s.img) as HTMLImageElement;
    else image = await createImageBitmap(await (await fetch(`data:image/png;base64,${s.png}`)).blob());
    const width = 'naturalWidth' in image ? image.naturalWidth : image.width;
    const height = 'naturalHeight' in image ? image.naturalHeight : image.height;
    const c = document.createElement('canvas');
    c.width = width;
    c.height = height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return ctx.getImageData(0, 0, width, height);
  }, arg);
}

/**
 * Share of the map canvas's pixels that match a rule:
 * 'non-background' differs from the style's background #eef1f4; 'gap-red' is the coverage gap colour.
 */
export async function pixelShare(page: Page, rule: 'non-background' | 'gap-red'): Promise<number> {
  return (await pixels(page, { map: true })).evaluate((img, r) => {
    const d = img.data;
    let hits = 0;
    for (let i = 0; i < d.length; i += 4) {
      const hit =
        r === 'gap-red'
          ? d[i] > 170 && d[i + 1] < 120 && d[i + 2] < 120
          : Math.abs(d[i] - 0xee) + Math.abs(d[i + 1] - 0xf1) + Math.abs(d[i + 2] - 0xf4) > 12;
      if (hit) hits++;
    }
    return hits / (d.length / 4);
  }, rule);
}

/** Screen position of a lng/lat on the map canvas, in page coordinates. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const m = window.__zhihuiMap!;
    const p = m.project(ll);
    const r = m.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

/**
 * The colour the map shows for a town: the most common canvas pixel over a grid of points whose
 * rendered town fill is `town` (points, lines and labels on top are outvoted by the fill).
 */
export async function townPixelColour(page: Page, town: string): Promise<[number, number, number]> {
  return (await pixels(page, { map: true })).evaluate((img, name) => {
    const m = window.__zhihuiMap!;
    const canvas = m.getCanvas();
    const ratio = img.width / canvas.clientWidth;
    const votes = new Map<string, number>();
    for (let y = 4; y < canvas.clientHeight; y += 12) {
      for (let x = 4; x < canvas.clientWidth; x += 12) {
        const f = m.queryRenderedFeatures([x, y], { layers: ['towns-fill'] })[0];
        if (f?.properties.name !== name) continue;
        const i = (Math.floor(y * ratio) * img.width + Math.floor(x * ratio)) * 4;
        const key = `${img.data[i]},${img.data[i + 1]},${img.data[i + 2]}`;
        votes.set(key, (votes.get(key) ?? 0) + 1);
      }
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (!best) throw new Error(`town ${name} is not on screen`);
    return best[0].split(',').map(Number) as [number, number, number];
  }, town);
}

/** `top` drawn with `alpha` over `bottom` (RGB 0–255). */
export function over(top: number[], alpha: number, bottom: number[]): number[] {
  return top.map((v, i) => Math.round(v * alpha + bottom[i] * (1 - alpha)));
}

/** The legend swatch colour of the industry row that lists `town`. */
export async function legendTownColour(page: Page, town: string): Promise<number[]> {
  const row = page.locator('[data-legend="towns"] .row', { hasText: town });
  const css = await row.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
  return css.match(/\d+/g)!.slice(0, 3).map(Number);
}

/** Drops a file on the element with this test id, as a user dragging it from their desktop does. */
export async function dropFile(page: Page, testId: string, bytes: Buffer, name: string): Promise<void> {
  const dt = await page.evaluateHandle(
    ({ data, name }) => {
      const d = new DataTransfer();
      d.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
      return d;
    },
    { data: [...bytes], name },
  );
  await page.getByTestId(testId).dispatchEvent('drop', { dataTransfer: dt });
}

/** Drops a file on the map's canvas as a user dragging it from their desktop does; false when the page took it from the browser. */
export function dropOnMap(page: Page, name: string, text: string): Promise<boolean[]> {
  return page.evaluate(
    ({ name, text }) => {
      const d = new DataTransfer();
      d.items.add(new File([text], name, { type: 'text/csv' }));
      const canvas = window.__zhihuiMap!.getCanvas();
      return ['dragover', 'drop'].map((type) => canvas.dispatchEvent(new DragEvent(type, { dataTransfer: d, bubbles: true, cancelable: true })));
    },
    { name, text },
  );
}

/** Pairs of town names whose label boxes share a point, sampled every 3 px over the map. */
export function townLabelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const m = window.__zhihuiMap!;
    const c = m.getCanvas();
    const pairs = new Set<string>();
    for (let y = 0; y < c.clientHeight; y += 3)
      for (let x = 0; x < c.clientWidth; x += 3) {
        const names = [...new Set(m.queryRenderedFeatures([x, y], { layers: ['town-labels'] }).map((f) => String(f.properties.name)))].sort();
        for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) pairs.add(`${names[i]}/${names[j]}`);
      }
    return [...pairs];
  });
}

/**
 * Presses a 打印 / 存为 PDF button with the browser's print dialog, which cannot be driven headless,
 * replaced by a counter; waits for its one call and lays the page out for paper. The still of the
 * map the page prints.
 */
export async function printLayout(page: Page, button: string): Promise<Locator> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByTestId(button).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const still = page.locator('img.print-still');
  await expect(still).toBeVisible();
  return still;
}

/**
 * The browser's own print (Ctrl+P, its menu, print() called by anyone), not the mode's 打印: through Chromium's
 * printing of the page as a PDF, which fires beforeprint and afterprint around it as the print dialog does; what the
 * page was at the PDF's making (laid out for paper, with the map's still, the still's drawing), then the page laid
 * out for paper again by its beforeprint, to be looked at (undone by an afterprint).
 */
export async function browserPrint(page: Page): Promise<{ laidOut: boolean; still: string; after: boolean }> {
  await page.evaluate(() => {
    const w = window as unknown as { seen: { laidOut: boolean; still: string; after: boolean } };
    w.seen = { laidOut: false, still: '', after: false };
    // (after the page's own, added before)
    addEventListener('beforeprint', () => {
      const img = document.querySelector<HTMLImageElement>('img.print-still');
      w.seen.laidOut = document.body.classList.contains('map-print');
      w.seen.still = img ? img.src.slice(0, 22) : '';
      // (after the page's own, added at its beforeprint)
      addEventListener('afterprint', () => (w.seen.after = !document.querySelector('img.print-still') && !document.body.classList.contains('map-print')), { once: true });
    }, { once: true });
  });
  await page.pdf({ preferCSSPageSize: true });
  const seen = await page.evaluate(() => (window as unknown as { seen: { laidOut: boolean; still: string; after: boolean } }).seen);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  return seen;
}

/** Picks a CSV file in the import panel (UTF-8, the lines joined by newlines), as the file picker gives it. */
export async function pickCsv(page: Page, name: string, lines: string[]): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
}

/** Saves the file read in the import panel and waits until the panel says it is saved. */
export async function saveImport(page: Page): Promise<void> {
  await page.getByTestId('import-save').click();
  await expect(page.getByTestId('import-saved')).toBeVisible();
}

/**
 * Deletes one imported file from 我的数据 (button `user-delete-<key>`), accepting the confirmation the
 * button asks first, and checks that the question names the file.
 */
export async function deleteImported(page: Page, key: string, file: string): Promise<void> {
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (d) => {
      resolve(d.message());
      void d.accept();
    });
  });
  await page.getByTestId(`user-delete-${key}`).click();
  expect(await asked).toContain(file);
}
