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
