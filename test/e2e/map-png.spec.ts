// A planner's map for a report: 生活圈覆盖 and 驿站选址 download the map as shown as a PNG, with
// title, settings, key, scale bar and sources; 驿站选址 keys its own symbols over the map.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { mapIdle, openApp, pixels } from './helpers';

const SHOTS = process.env.PRESENT_SHOTS ?? 'test-results/screenshots';

async function downloadPng(page: Page, testId: string, name: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(dl.suggestedFilename()).toBe(name);
  await dl.saveAs(`${SHOTS}/${name.replace(/\.png$/, '')}-export.png`);
  await expect(page.getByTestId(testId)).toBeEnabled();
  return readFileSync((await dl.path())!);
}

/** Counts of pixels (every 2nd) in the bands above, inside and below the map, by a colour rule. */
async function bands(page: Page, png: Buffer, mapTop: number, mapHeight: number) {
  return (await pixels(page, { png })).evaluate(
    (img, [top, h]) => {
      const count = { width: img.width, height: img.height, headInk: 0, mapRed: 0, mapTeal: 0, mapOther: 0, footInk: 0, footRed: 0, footTeal: 0 };
      const d = img.data;
      for (let y = 0; y < img.height; y += 2) {
        for (let x = 0; x < img.width; x += 2) {
          const i = (y * img.width + x) * 4;
          const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
          const ink = r + g + b < 300;
          const red = r > 170 && g < 120 && b < 120;
          const teal = r < 40 && g > 110 && g < 160 && b > 100 && b < 150;
          if (y < top) count.headInk += +ink;
          else if (y < top + h) {
            count.mapRed += +red;
            count.mapTeal += +teal;
            count.mapOther += +(Math.abs(r - 0xee) + Math.abs(g - 0xf1) + Math.abs(b - 0xf4) > 12);
          } else {
            count.footInk += +ink;
            count.footRed += +red;
            count.footTeal += +teal;
          }
        }
      }
      return count;
    },
    [mapTop, mapHeight],
  );
}

/** The map canvas's size in device pixels at pixel ratio 2, and its current pixel ratio. */
const mapSize = (page: Page) =>
  page.evaluate(() => {
    const m = window.__zhihuiMap!;
    return { w: m.getContainer().clientWidth * 2, h: m.getContainer().clientHeight * 2, ratio: m.getPixelRatio() };
  });

/** Where the map starts in the picture: the first row, from the top, of its 1-px frame (#b0bec5). */
async function frameTop(page: Page, png: Buffer): Promise<number> {
  return (await pixels(page, { png })).evaluate((img) => {
    const d = img.data;
    const frame = (x: number, y: number) => {
      const i = (y * img.width + x) * 4;
      return Math.abs(d[i] - 0xb0) < 12 && Math.abs(d[i + 1] - 0xbe) < 12 && Math.abs(d[i + 2] - 0xc5) < 12;
    };
    for (let y = 0; y < img.height; y++) if ([0.1, 0.5, 0.9].every((f) => frame(Math.floor(img.width * f), y))) return y;
    return -1;
  });
}

test('生活圈覆盖 downloads the map as shown as a PNG with title, settings, key and sources', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await page.getByTestId('mode-coverage').click();
  const panel = page.getByTestId('coverage-panel');
  await page.getByTestId('coverage-view').selectOption('gaps');
  await expect(panel).toHaveAttribute('data-raster-key', /\d+\|gaps\|/);
  await expect(panel).toHaveAttribute('data-running', 'false');
  await mapIdle(page);
  const size = await mapSize(page);
  const png = await downloadPng(page, 'coverage-png', '闵行-生活圈覆盖.png');
  const top = await frameTop(page, png);
  expect(top).toBeGreaterThan(40);
  const c = await bands(page, png, top, size.h);
  // the map at twice its pixels, full width, with text above it and the key and sources below
  expect(c.width).toBe(size.w);
  expect(c.height).toBeGreaterThan(size.h + top + 40);
  expect(c.headInk).toBeGreaterThan(500);
  expect(c.footInk).toBeGreaterThan(500);
  // the gaps drawn in red on the map, and the red swatch in the key below it
  expect(c.mapRed).toBeGreaterThan(2000);
  expect(c.mapOther).toBeGreaterThan(c.mapRed);
  expect(c.footRed).toBeGreaterThan(20);
  // the screen's map is back at its own pixel ratio
  expect((await mapSize(page)).ratio).toBe(size.ratio === 2 ? 2 : 1);

  // in English the picture is named in English
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('coverage-png')).toHaveText(/Map PNG/);
  await downloadPng(page, 'coverage-png', 'minhang-coverage-map.png');
});

test('驿站选址 keys its symbols over the map and downloads the map with the suggested sites as a PNG', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await page.getByTestId('mode-siting').click();
  await page.getByTestId('siting-service').selectOption('质量诊断');
  await page.getByTestId('siting-minutes').fill('10');
  const key = page.getByTestId('siting-key');
  await expect(key).toHaveText('未覆盖的企业');
  await page.getByTestId('siting-suggest').click();
  await expect(page.getByTestId('siting-site')).toHaveCount(3);
  await expect(key).toContainText('新站点建成后覆盖');
  await expect(key).toContainText('建议站点');
  await expect(key).not.toContainText('已锁定站点');
  await page.getByTestId('siting-site').first().getByTestId('site-lock').click();
  await expect(key).toContainText('已锁定站点');
  // the key's dots are the layers' colours
  const dots = await key.locator('span').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(dots).toContain('rgb(229, 57, 53)');
  expect(dots).toContain('rgb(0, 137, 123)');
  await mapIdle(page);

  const size = await mapSize(page);
  const png = await downloadPng(page, 'siting-png', '闵行-驿站选址.png');
  const top = await frameTop(page, png);
  const c = await bands(page, png, top, size.h);
  expect(c.width).toBe(size.w);
  expect(c.headInk).toBeGreaterThan(500);
  // the sites (teal) and the enterprises not reached (red) on the map; their swatches in the key
  expect(c.mapTeal).toBeGreaterThan(100);
  expect(c.mapRed).toBeGreaterThan(20);
  expect(c.footTeal).toBeGreaterThan(10);
  expect(c.footRed).toBeGreaterThan(10);

  // leaving the mode takes the key away
  await page.getByTestId('mode-explore').click();
  await expect(key).toHaveCount(0);
});
