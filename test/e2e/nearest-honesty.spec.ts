// 找服务 says what the data does not know (an enterprise's review): a status inferred from a plan, a place known only
// by its town drawn as a ring (as in 地图浏览), and a record's key caveat and kind on its card.
import { test, expect } from '@playwright/test';
import { mapIdle, openApp, SHOTS } from './helpers';

const card = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-testid="nearest-result"][data-id="${id}"]`);

test('a station whose status is inferred says 在运营（推断）, on its card and in its details, and a town-only result is a ring', async ({ page }) => {
  await openApp(page, '?mode=nearest&at=121.351968,31.031813&crs=wgs84&service=any&travel=walk');
  await expect(page.getByTestId('nearest-panel')).toHaveAttribute('data-busy', 'false');
  await expect(card(page, 'st-mq')).toContainText('状态 在运营（推断）');
  await mapIdle(page);
  // the rendered marker's paint, as the map evaluated it for that feature
  const look = await page.evaluate(() =>
    window.__zhihuiMap!.queryRenderedFeatures({ layers: ['nearest-results'] }).map((f) => ({ id: String(f.properties.id), town: f.properties.town, fill: JSON.stringify((f.layer.paint as Record<string, unknown>)['circle-color']) })),
  );
  const mq = look.find((f) => f.id === 'st-mq')!;
  expect(mq.fill).toMatch(/"r":1,"g":1,"b":1/);
  // its number dark on the white ring (white digits on it read only by their halo, among 地图浏览's own rings)
  const digit = await page.evaluate(() => {
    const f = window.__zhihuiMap!.queryRenderedFeatures({ layers: ['nearest-ranks'] }).find((x) => x.properties.id === 'st-mq');
    return f && JSON.stringify((f.layer.paint as Record<string, unknown>)['text-color']);
  });
  expect(digit).toMatch(/"r":0,"g":0,"b":0/);
  await page.screenshot({ path: `${SHOTS}/nearest-inferred-ring.png` });
  await card(page, 'st-mq').locator('button.head').click();
  await expect(page.getByTestId('details')).toContainText('在运营（推断）');
});

test('a result card gives the record’s kind beside its service and its caveat in one line', async ({ page }) => {
  await openApp(page, '?mode=nearest&at=121.3047,31.2189&crs=wgs84&service=检验检测&travel=walk');
  await expect(page.getByTestId('nearest-panel')).toHaveAttribute('data-busy', 'false');
  const c = card(page, 'in-qc-cluster');
  await expect(c).toContainText('检验检测（检验检测集聚区）');
  await expect(c.getByTestId('nearest-caveat')).toContainText('不是服务窗口');
  await page.screenshot({ path: `${SHOTS}/nearest-caveat.png` });
});

test('a place known only by the start’s own town says so, not minutes to its town’s point, on its card and in its details (review: they read as exact)', async ({ page }) => {
  // a start in 浦江镇, away from its representative point: its station and two institutions are known only by the town
  await openApp(page, '?mode=nearest&at=121.50,31.08&crs=wgs84&service=any&travel=walk');
  await expect(page.getByTestId('nearest-panel')).toHaveAttribute('data-busy', 'false');
  for (const id of ['st-pjz', 'in-cti-pinbiao', 'in-ip-pujiang']) {
    await expect(card(page, id).locator('.time')).toHaveText('同在浦江镇（具体位置未知）');
    await expect(card(page, id)).not.toContainText('直线');
  }
  // a town-only place in another town keeps its time, said to be to its town's point
  await expect(card(page, 'st-wj').locator('.time')).toHaveText(/^[\d.]+ (分钟|小时)$/);
  await expect(card(page, 'st-wj')).toContainText('按街镇代表点计');
  await page.getByTestId('nearest-results').screenshot({ path: `${SHOTS}/nearest-same-town.png` });
  await card(page, 'st-pjz').locator('button.head').click();
  await expect(page.getByTestId('details-trip')).toHaveText('同在浦江镇（具体位置未知）');
  await page.getByTestId('lang-toggle').click();
  await expect(card(page, 'st-pjz').locator('.time')).toHaveText('In Pujiang Town, as you are (exact position unknown)');
});
