// Every screen a user meets, checked with axe-core against WCAG 2.1 A and AA: text contrast,
// names of form controls and buttons, landmarks, language. The map canvas itself is not text.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mapIdle, openApp } from './helpers';

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
  await page.getByTestId('nearest-matches').getByRole('button', { name: '浦江镇', exact: true }).click();
  await page.getByTestId('nearest-service').selectOption('检验检测');
  await expect(page.getByTestId('nearest-result')).not.toHaveCount(0);
  await mapIdle(page);
  expect(await violations(page), 'nearest results').toEqual([]);

  await page.getByTestId('mode-siting').click();
  await page.getByTestId('siting-k').fill('3');
  await page.getByTestId('siting-suggest').click();
  await expect(page.getByTestId('siting-site')).toHaveCount(3);
  await mapIdle(page);
  expect(await violations(page), 'suggested sites').toEqual([]);

  // a GB18030 file whose coordinate columns are not recognised: the row-level report
  await page.getByTestId('mode-import').click();
  await page.getByTestId('import-file').setInputFiles('test/fixtures/e2e/stations-gcj02-gbk.csv');
  await expect(page.getByTestId('import-issues')).toContainText('缺少必填列');
  expect(await violations(page), 'import report').toEqual([]);
});
