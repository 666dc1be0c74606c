// Every screen a user meets, checked with axe-core against WCAG 2.1 A and AA: text contrast,
// names of form controls and buttons, landmarks, language. The map canvas itself is not text.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { frameAndTimer, mapIdle, openApp, SHOTS } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations on the page now, one readable line per element. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').at(-1)?.trim()}`));
}

/** What shows that each mode's panel has loaded (modes load on demand). */
const READY: Record<string, string> = {
  coverage: 'coverage-table',
  nearest: 'nearest-panel',
  siting: 'siting-panel',
  present: 'present-start',
  import: 'import-panel',
};

for (const lang of ['zh', 'en'] as const) {
  test(`every mode passes axe (WCAG 2.1 AA) in ${lang === 'zh' ? 'Chinese' : 'English'}`, async ({ page }) => {
    await openApp(page, `?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    expect(await violations(page), 'explore').toEqual([]);
    for (const [mode, ready] of Object.entries(READY)) {
      await page.getByTestId(`mode-${mode}`).click();
      await expect(page.getByTestId(ready)).toBeVisible();
      await mapIdle(page);
      expect(await violations(page), mode).toEqual([]);
    }
  });
}

test('a town\'s details and the running tour pass axe', async ({ page }) => {
  await openApp(page, '?town=七宝镇');
  await expect(page.getByTestId('details-title')).toContainText('七宝镇');
  expect(await violations(page), 'details').toEqual([]);
  await page.getByTestId('mode-present').click();
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('tour')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour')).toHaveAttribute('data-slide', '1');
  // a screen reader hears the new slide: its title and its place in the tour (review 18: nothing was said)
  const title = await page.getByTestId('slide-title').textContent();
  await expect(page.getByTestId('tour-announce')).toHaveText(`${title} ${await page.getByTestId('tour-progress').textContent()}`);
  await expect(page.getByTestId('tour-announce')).toHaveText(/ 2 \/ \d+$/);
  await expect(page.getByTestId('tour-announce')).toHaveAttribute('aria-live', 'polite');
  await mapIdle(page);
  expect(await violations(page), 'tour, a town slide').toEqual([]);
});

test('screens with results pass axe: a service search, suggested sites, an import report, the data notes', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-data-info').click();
  await expect(page.getByTestId('data-info')).toBeVisible();
  expect(await violations(page), 'data notes').toEqual([]);
  await page.getByTestId('data-info').locator('header button').click();

  await page.getByTestId('mode-nearest').click();
  await page.getByTestId('nearest-search').fill('pujiangzhen');
  await page.getByTestId('nearest-matches').getByRole('button', { name: '浦江镇 镇', exact: true }).click();
  await page.getByTestId('nearest-service').selectOption('检验检测');
  await expect(page.getByTestId('nearest-result')).not.toHaveCount(0);
  // the list arrives with a spoken summary: how many, and the first with its time (review 18: silent)
  const n = await page.getByTestId('nearest-result').count();
  const first = (await page.getByTestId('nearest-result').first().locator('.name').evaluate((e) => e.firstChild?.textContent ?? '')).trim();
  await expect(page.getByTestId('nearest-announce')).toHaveText(new RegExp(`^找到 ${n} 处，最近的是${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}，(\\d+ 分钟|[\\d.]+ 小时|同在浦江镇（具体位置未知）)$`));
  await mapIdle(page);
  expect(await violations(page), 'nearest results').toEqual([]);

  await page.getByTestId('mode-siting').click();
  await page.getByTestId('siting-k').fill('3');
  await page.getByTestId('siting-suggest').click();
  // with the defaults one site reaches enterprises the stations miss; the panel says why not three
  await expect(page.getByTestId('siting-site').first()).toBeVisible();
  await expect(page.getByTestId('siting-idle')).toBeVisible();
  // and the before/after is said (review 18: only 计算中 was, and it went away)
  await expect(page.getByTestId('siting-announce')).toHaveText(/^覆盖率: 新增前 [\d.]+% → 新增后 [\d.]+%$/);
  await expect(page.getByTestId('siting-announce')).toHaveText((await page.getByTestId('siting-before-after').textContent())!.trim());
  await mapIdle(page);
  expect(await violations(page), 'suggested sites').toEqual([]);

  // a GB18030 file whose coordinate columns are not recognised: the row-level report
  await page.getByTestId('mode-import').click();
  await page.getByTestId('import-file').setInputFiles('test/fixtures/e2e/stations-gcj02-gbk.csv');
  await expect(page.getByTestId('import-issues')).toContainText('缺少必填列');
  expect(await violations(page), 'import report').toEqual([]);
});

/** WCAG relative luminance of a CSS colour, read by the browser (any syntax MapLibre accepts). */
const CONTRAST = `(() => {
  const ctx = document.createElement('canvas').getContext('2d');
  const rgb = (c) => { ctx.fillStyle = '#000'; ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1); return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3); };
  const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const m = window.__zhihuiMap;
  return m.getStyle().layers.filter((l) => l.type === 'symbol' && l.layout && l.layout['text-field']).map((l) => {
    // a colour chosen by a 'case' (找服务's numbers: dark on a ring, white on a filled circle) is read as
    // its outputs, paired in order with the halo's, which must then be a 'case' on the same conditions
    const outs = (e) => (Array.isArray(e) && e[0] === 'case' ? [...e.filter((_, i) => i > 0 && i % 2 === 0), e[e.length - 1]] : [e]).map(String);
    const texts = outs(m.getPaintProperty(l.id, 'text-color') ?? '#000000');
    const halos = outs(m.getPaintProperty(l.id, 'text-halo-color') ?? 'rgba(0,0,0,0)');
    const width = m.getPaintProperty(l.id, 'text-halo-width') ?? 0;
    const pairs = Array.from({ length: Math.max(texts.length, halos.length) }, (_, i) => {
      const text = texts[Math.min(i, texts.length - 1)], halo = halos[Math.min(i, halos.length - 1)];
      const [a, b] = [lum(text), lum(halo)].sort((x, y) => y - x);
      return { id: l.id, text, halo, width, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 10) / 10 };
    });
    return pairs.reduce((w, p) => (p.ratio < w.ratio ? p : w));
  });
})()`;

test('map labels: every text layer, in every mode, stands on an opaque halo with at least 4.5:1 contrast', async ({ page }) => {
  // axe cannot read text drawn on the WebGL canvas; what keeps it legible over any fill is its halo
  await openApp(page);
  const seen = new Map<string, { text: string; halo: string; width: number; ratio: number }>();
  const collect = async () => {
    for (const l of (await page.evaluate(CONTRAST)) as { id: string; text: string; halo: string; width: number; ratio: number }[]) seen.set(l.id, l);
  };
  await collect();
  // the coverage mode labels a hypothetical facility: place one
  await page.getByTestId('mode-coverage').click();
  await expect(page.getByTestId('coverage-table')).toBeVisible();
  await page.getByTestId('hypo-place').click();
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.6);
  await expect(page.getByTestId('whatif-table')).toBeVisible();
  await mapIdle(page);
  await collect();
  for (const mode of ['nearest', 'siting']) {
    await page.getByTestId(`mode-${mode}`).click();
    await mapIdle(page);
    await collect();
  }
  expect([...seen.keys()]).toEqual(expect.arrayContaining(['town-labels', 'station-labels', 'barriers-river-label', 'analysis-labels']));
  for (const [id, l] of seen) {
    expect(l.width, `${id}: halo width`).toBeGreaterThanOrEqual(1);
    expect(l.halo, `${id}: halo colour`).not.toMatch(/rgba\([^)]*,\s*0(\.\d+)?\)$/);
    expect(l.ratio, `${id}: ${l.text} on ${l.halo}`).toBeGreaterThanOrEqual(4.5);
  }
  console.log([...seen].map(([id, l]) => `${id} ${l.ratio}:1 (halo ${l.width} px)`).join('; '));
});

test('without a mouse: closing details puts focus back where it was; a what-if facility is placed and cancelled from the keyboard', async ({ page }) => {
  await openApp(page);
  // a town picked in the list: × and Esc return focus to the list, not to the top of the page
  const list = page.getByTestId('town-select');
  await list.focus();
  await list.selectOption('浦江镇');
  await expect(page.getByTestId('details')).toBeVisible();
  // the next Tab offers the details, which come after the layer panel and the legend (review 10 M5)
  await page.keyboard.press('Tab');
  const toDetails = page.getByTestId('skip-to-details');
  await expect(toDetails).toBeFocused();
  await expect(toDetails).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('details-title')).toBeFocused();
  await page.getByTestId('details').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('details')).toHaveCount(0);
  await expect(list).toBeFocused();
  // a point's details opened from a town's list of places, closed with Esc: the town's details again,
  // focus back on the place's entry (it went to the town list, the entry gone with the town's details)
  const title = page.getByTestId('details-title');
  await list.selectOption('虹桥镇');
  const entry = page.getByTestId('town-points-stations').getByRole('button').nth(1);
  const station = (await entry.textContent())!;
  await entry.focus();
  await entry.press('Enter');
  await expect(title).toHaveText(station);
  await expect(title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(title).toHaveText('虹桥镇');
  await expect(entry).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(station);
  // × and 返回虹桥镇 likewise, from a fold that starts closed (the facilities')
  const facilities = page.getByTestId('town-points-facilities');
  await facilities.locator('summary').focus();
  await page.keyboard.press('Enter');
  const facility = facilities.getByRole('button').nth(2);
  const name = (await facility.textContent())!;
  await facility.press('Enter');
  await expect(title).toHaveText(name);
  await page.getByTestId('details').getByRole('button', { name: '关闭' }).press('Enter');
  await expect(title).toHaveText('虹桥镇');
  await expect(facility).toBeFocused();
  await facility.press('Enter');
  await expect(title).toHaveText(name);
  await page.getByTestId('details-back').press('Enter');
  await expect(title).toHaveText('虹桥镇');
  await expect(facility).toBeFocused();
  // the town's details closed in turn: back on the town list
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('details')).toHaveCount(0);
  await expect(list).toBeFocused();

  // 覆盖分析: arm the what-if; focus goes to the map (it was 47 Tabs away, review 18), Enter places
  // the facility at the map's centre
  await page.getByTestId('mode-coverage').click();
  await expect(page.getByTestId('coverage-table')).toBeVisible();
  const place = page.getByTestId('hypo-place');
  await place.focus();
  await place.press('Enter');
  await expect(place).toContainText('Enter');
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  // (the camera still moving from the mode switch would move the centre after the key press)
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  const centre = await page.evaluate(() => window.__zhihuiMap!.getCenter().toArray() as [number, number]);
  // the focused map shows a clear ring, and a mark where Enter will put the facility (review 10: M3, L9)
  expect(await page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).outlineWidth)).toBe('3px');
  const aim = page.getByTestId('hypo-aim');
  await expect(aim).toBeVisible();
  const box = (await aim.boundingBox())!;
  const at = await page.evaluate((centre) => {
    const m = window.__zhihuiMap!;
    const r = m.getCanvas().getBoundingClientRect();
    const p = m.project(centre);
    return { x: r.left + p.x, y: r.top + p.y };
  }, centre);
  expect(Math.hypot(box.x + box.width / 2 - at.x, box.y + box.height / 2 - at.y)).toBeLessThan(2);
  await page.screenshot({ path: `${SHOTS}/keyboard-whatif-aim.png` });
  await page.keyboard.press('Enter');
  await expect(aim).toHaveCount(0);
  await expect(page.getByTestId('hypo-clear')).toContainText('(1)');
  // drawn at the map's centre as it was then
  await mapIdle(page);
  const off = await drawnOff(page, centre);
  expect(off).toHaveLength(1);
  expect(off[0]).toBeLessThan(1);
  // armed again, Esc cancels: the button says "place" again and nothing is added
  await place.focus();
  await place.press('Enter');
  await page.keyboard.press('Escape');
  await expect(place).not.toContainText('Enter');
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hypo-clear')).toContainText('(1)');
  // a second one, off the first with an arrow key; 撤销上一个 takes away that one only (review 10 M3)
  await place.focus();
  await place.press('Enter');
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hypo-clear')).toContainText('(2)');
  await mapIdle(page);
  expect(await drawnOff(page, centre)).toHaveLength(2);
  await page.getByTestId('hypo-undo').click();
  await expect(page.getByTestId('hypo-clear')).toContainText('(1)');
  await mapIdle(page);
  const left = await drawnOff(page, centre);
  expect(left).toHaveLength(1);
  expect(left[0]).toBeLessThan(1);
});

/** How far (px) each drawn what-if facility is from a place on the map. */
async function drawnOff(page: Page, at: [number, number]): Promise<number[]> {
  return page.evaluate((at) => {
    const m = window.__zhihuiMap!;
    const c = m.project(at);
    return m.queryRenderedFeatures({ layers: ['coverage-hypothetical'] }).map((f) => {
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      return Math.hypot(p.x - c.x, p.y - c.y);
    });
  }, at);
}

test('without a mouse: the first Tab shows a link that skips the header to the mode\'s panel', async ({ page }) => {
  await openApp(page, '?mode=nearest');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到面板' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sidebar')).toBeFocused();
  // the next Tab is inside the panel, not on the header's mode buttons
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="sidebar"]'))).toBe(true);
});

test('without a mouse: a control that moves, switches off or goes away leaves the keyboard in its place, not at the top of the page (review 22)', async ({ page }) => {
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      return !a || a === document.body ? 'body' : (a.getAttribute('aria-label') ?? a.getAttribute('data-testid') ?? a.textContent?.trim());
    });
  const inside = (testid: string) => page.evaluate((t) => !!document.activeElement?.closest(`[data-testid="${t}"]`), testid);
  // 演示: a town moved down keeps the focus on its button, twice; 置顶 (off once its town is first)
  // hands it to the next control in the row
  await openApp(page, '?mode=present');
  await page.getByRole('button', { name: '下移 新虹街道' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('下移 新虹街道');
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('下移 新虹街道');
  await page.getByRole('button', { name: '置顶 浦江镇' }).focus();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('present-order').locator('li').first()).toContainText('浦江镇');
  await expect.poll(focused).toBe('下移 浦江镇');

  // 驿站选址: 建议新站点 keeps the focus while it runs and after; a removed site hands it to the list
  await openApp(page, '?mode=siting');
  // its selects are named for what they choose, not for their first option (review 22: “任一服务, 计量”)
  await expect(page.getByRole('combobox', { name: '服务', exact: true })).toHaveValue('');
  await page.getByTestId('siting-subject').selectOption('养老');
  await expect(page.getByRole('combobox', { name: '设施类型', exact: true })).toHaveValue('');
  await page.getByTestId('siting-subject').selectOption('stations');
  await page.getByTestId('demand-grid').check();
  const suggest = page.getByTestId('siting-suggest');
  await suggest.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('siting-site')).toHaveCount(3);
  await expect(suggest).toBeFocused();
  await page.getByTestId('site-remove').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('siting-site')).toHaveCount(2);
  await expect.poll(() => inside('siting-panel')).toBe(true);

  // 导入数据: a file saved and deleted from the keyboard; the focus stays in 我的数据, and the saved
  // message goes with the file (it stood above 尚未导入数据)
  await openApp(page, '?mode=import');
  await page.getByTestId('import-file').setInputFiles({ name: '键盘.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,经度,纬度,服务,状态\n键盘站,121.42,31.12,计量,在运营\n') });
  await page.getByTestId('import-save').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-saved')).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('user-delete-stations:键盘.csv').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-data-none')).toBeVisible();
  await expect(page.getByTestId('import-saved')).toHaveCount(0);
  await expect.poll(() => inside('user-data')).toBe(true);

  // a text field blurred on purpose (a phone keyboard's Done) is not given the focus back
  await page.getByTestId('mode-nearest').click();
  await page.getByTestId('nearest-search').focus();
  await page.keyboard.type('qibao');
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  // (after the timer keep-focus.ts would give the focus back in)
  await frameAndTimer(page);
  expect(await focused()).toBe('body');
});
