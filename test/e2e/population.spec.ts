// Population as a planner meets it: import a per-town population file, see coverage reported as
// a share of residents (per town and 全区), export it, delete the population and see the
// population columns go. The fixture is a SYNTHETIC test input (round made-up numbers), not data.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { deleteImported, mapIdle, openApp, SHOTS } from './helpers';

const FIXTURE = 'test/fixtures/e2e/population-towns-synthetic.csv';
const NAME = 'population-towns-synthetic.csv';
const ALIAS: Record<string, string> = { 古美路街道: '古美街道' };

/** The fixture's populations keyed by official town name (read here, not hard-coded). */
function fixturePopulation(): Record<string, number> {
  const lines = readFileSync(FIXTURE, 'utf8').trim().split(/\r?\n/).slice(1);
  return Object.fromEntries(lines.map((l) => {
    const [town, n] = l.split(',');
    return [ALIAS[town] ?? town, Number(n)];
  }));
}

async function settled(page: Page): Promise<void> {
  const panel = page.getByTestId('coverage-panel');
  await expect(panel).toHaveAttribute('data-running', 'false');
  await expect(panel).toHaveAttribute('data-raster-key', /\d+\|/);
  await mapIdle(page);
}

/** town → category → { area, pop } shares as the table holds them (data-value). */
async function tableShares(page: Page) {
  return page.locator('[data-testid="coverage-table"] tbody tr').evaluateAll((rows) => {
    const out: Record<string, Record<string, { area: number; pop: number | null }>> = {};
    for (const tr of rows) {
      const town = (tr as HTMLElement).dataset.town!;
      out[town] = {};
      for (const td of tr.querySelectorAll<HTMLElement>('td[data-cat]')) out[town][td.dataset.cat!] = { area: Number(td.dataset.value), pop: null };
      for (const td of tr.querySelectorAll<HTMLElement>('td[data-pop]')) out[town][td.dataset.pop!].pop = Number(td.dataset.value);
    }
    return out;
  });
}

test('population per town: import, population shares per town and 全区, CSV, delete', async ({ page }) => {
  await openApp(page);
  const pop = fixturePopulation();
  expect(Object.keys(pop)).toHaveLength(14);
  const total = Object.values(pop).reduce((a, b) => a + b, 0);

  // import
  await page.getByTestId('mode-import').click();
  await page.getByTestId('import-layer').selectOption('population');
  await page.getByTestId('import-file').setInputFiles({ name: NAME, mimeType: 'text/csv', buffer: readFileSync(FIXTURE) });
  await expect(page.getByTestId('import-summary')).toContainText('数据行 14，可用 14，无法使用 0');
  await expect(page.getByTestId('import-population-total')).toContainText(total.toLocaleString('zh-CN'));
  await page.screenshot({ path: `${SHOTS}/population-import.png`, fullPage: true });
  await page.getByTestId('import-save').click();
  await expect(page.getByTestId('import-saved')).toBeVisible();
  await expect(page.getByTestId('user-entry')).toHaveCount(1);
  await expect(page.getByTestId('user-entry')).toContainText(NAME);

  // 数据说明 lists it
  await page.getByTestId('mode-explore').click();
  await page.getByTestId('open-data-info').click();
  await expect(page.getByTestId('data-files')).toContainText(`用户导入：人口 ← ${NAME}`);
  await page.getByTestId('data-info').locator('header button').click();

  // coverage: the population columns are filled; the note names the file and compares with the census
  await page.getByTestId('mode-coverage').click();
  await settled(page);
  await expect(page.locator('[data-testid="coverage-table"] td[data-pop]').first()).toBeVisible();
  const note = page.getByTestId('population-note');
  await expect(note).toContainText(NAME);
  await expect(note).toContainText('2,653,489');
  await expect(note).toHaveAttribute('data-total', String(total));
  const shares = await tableShares(page);
  const cats = Object.keys(shares['全区']);
  expect(cats.length).toBeGreaterThan(0);
  for (const town of Object.keys(pop)) {
    for (const c of cats) {
      // uniform spread within a town: share of its residents reached = share of its area reached
      expect(shares[town][c].pop, `${town} ${c}`).toBeCloseTo(shares[town][c].area, 9);
    }
  }
  const expected: Record<string, number> = {};
  for (const c of cats) {
    expected[c] = Object.entries(pop).reduce((sum, [town, n]) => sum + n * shares[town][c].area, 0) / total;
    expect(shares['全区'][c].pop, `全区 ${c}`).toBeCloseTo(expected[c], 6);
  }
  // with unequal populations the district's resident share differs from its area share somewhere
  expect(cats.some((c) => Math.abs(expected[c] - shares['全区'][c].area) > 1e-4)).toBe(true);
  await page.getByTestId('population-note').scrollIntoViewIfNeeded();
  await page.locator('[data-testid="coverage-table"] .scroll').evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await page.screenshot({ path: `${SHOTS}/population-coverage.png` });

  // CSV export has a population column per category with the same values
  const download = page.waitForEvent('download');
  await page.getByTestId('coverage-export').click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
  const header = csv[0];
  const district = csv.find((r) => r[0] === '全区')!;
  for (const c of cats) {
    // the zh locale writes categories by their Chinese names
    const col = header.indexOf(`${c} 人口覆盖率%`);
    expect(col, `column for ${c}`).toBeGreaterThan(0);
    expect(Number(district[col])).toBeCloseTo(expected[c] * 100, 1);
  }

  // delete: the population columns disappear
  await page.getByTestId('mode-import').click();
  await deleteImported(page, 'population', NAME);
  await expect(page.getByTestId('user-data-none')).toBeVisible();
  await page.getByTestId('mode-coverage').click();
  await settled(page);
  await expect(page.getByTestId('population-note')).toContainText('没有分街镇数据');
  await expect(page.locator('[data-testid="coverage-table"] td[data-pop]')).toHaveCount(0);
  await expect(page.locator('[data-testid="coverage-table"] tr[data-town="全区"] td[data-cat]').first()).toBeVisible();
  await page.getByTestId('population-note').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/population-deleted.png` });
});

test('population import at phone width (390 px): report and save are usable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await page.getByTestId('mode-import').click();
  await page.getByTestId('import-layer').selectOption('population');
  await page.getByTestId('import-file').setInputFiles({ name: NAME, mimeType: 'text/csv', buffer: readFileSync(FIXTURE) });
  await expect(page.getByTestId('import-population-total')).toBeVisible();
  const box = await page.getByTestId('import-save').boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  await page.getByTestId('import-population-total').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/population-import-phone.png` });
});

test('population for only some towns: the note names the towns without it, which is why 全区 has no population share (review 16)', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('mode-import').click();
  await page.getByTestId('import-layer').selectOption('population');
  // the fixture without 江川路街道 and 浦江镇
  const lines = readFileSync(FIXTURE, 'utf8').trim().split(/\r?\n/).filter((l) => !/^(江川路街道|浦江镇),/.test(l));
  await page.getByTestId('import-file').setInputFiles({ name: '人口-部分.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.getByTestId('import-population-total')).toBeVisible();
  await page.getByTestId('import-save').click();
  await expect(page.getByTestId('import-saved')).toBeVisible();
  await page.getByTestId('mode-coverage').click();
  await settled(page);
  await expect(page.getByTestId('population-note')).toContainText('江川路街道、浦江镇 没有人口数据，全区人口覆盖率因此不计');
  await expect(page.locator('[data-testid="coverage-table"] tr[data-town="全区"] td[data-pop]').first()).toHaveText('–');
  expect(await page.locator('[data-testid="coverage-table"] tr[data-town="全区"] td[data-pop][data-value]').count()).toBe(0);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('population-note')).toContainText("Jiangchuanlu Subdistrict, Pujiang Town have no population data, so the whole district's population share is not given");
});

test('a population file with the 14 towns in traditional characters (吳涇鎮, 莘莊工業區 …) is read town by town, none refused as unknown (planner review)', async ({ page }) => {
  const traditional = ['吳涇鎮', '莘莊鎮', '顓橋鎮', '華漕鎮', '虹橋鎮', '梅隴鎮', '浦錦街道', '江川路街道', '馬橋鎮', '七寶鎮', '新虹街道', '古美街道', '浦江鎮', '莘莊工業區'];
  await openApp(page, '?mode=import');
  await page.getByTestId('import-layer').selectOption('population');
  const csv = ['街镇,常住人口', ...traditional.map((t) => `${t},1000`)].join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: '繁體人口.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-summary')).toContainText('数据行 14，可用 14，无法使用 0');
  await expect(page.getByTestId('import-population-total')).toContainText('合计 14,000 人');
});
