// Siting for a public facility, as a planner asks it: "where would one more 社区卫生服务中心 close the
// largest 15-minute walking gap?" Demand is the district's area (grid cells), candidates are the
// planner's own CSV. The candidate far from every existing centre must win over one next to a centre.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { mapIdle, openApp, renderedCount } from './helpers';
import { parseLayerCsv } from '../../src/lib/data/load';
import { haversineMetres } from '../../src/lib/analysis/geo';

const outline = JSON.parse(readFileSync('data/district-outline.geojson', 'utf8'));
const centres = parseLayerCsv('facilities', readFileSync('data/facilities.csv', 'utf8')).records.filter(
  (f) => f.subtype === '社区卫生服务中心',
);

/** Candidate points inside the district with their distance to the nearest existing centre. */
const candidates = [
  { id: 'next-to-centre', lng: centres[0].lng + 0.002, lat: centres[0].lat + 0.001 },
  { id: 'pujiang-south', lng: 121.505, lat: 31.02 },
  { id: 'maqiao-west', lng: 121.33, lat: 31.02 },
].map((c) => ({ ...c, nearest: Math.min(...centres.map((f) => haversineMetres(c.lng, c.lat, f.lng, f.lat))) }));

test('one more 社区卫生服务中心: the planner’s candidate farthest from existing centres closes the biggest gap', async ({ page }) => {
  for (const c of candidates) expect(booleanPointInPolygon([c.lng, c.lat], outline.features[0]), c.id).toBe(true);
  const expected = [...candidates].sort((a, b) => b.nearest - a.nearest)[0];
  expect(expected.nearest).toBeGreaterThan(2000); // well outside a 15-minute walk of any centre
  expect(centres.length).toBe(14);

  await openApp(page);
  await page.getByTestId('mode-siting').click();
  await page.getByTestId('siting-subject').selectOption('医疗');
  await page.getByTestId('siting-subtype').selectOption('社区卫生服务中心');
  await page.getByTestId('demand-grid').check();
  await page.getByTestId('siting-minutes').fill('15');
  await expect(page.getByTestId('siting-reach-summary')).toBeVisible();

  await page.getByTestId('siting-candidates').selectOption('upload');
  const csv = ['编号,名称,经度,纬度', ...candidates.map((c) => `${c.id},${c.id},${c.lng},${c.lat}`)].join('\n');
  await page.getByTestId('siting-upload').setInputFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('siting-k').fill('1');
  await page.getByTestId('siting-suggest').click();

  const site = page.getByTestId('siting-site');
  await expect(site).toHaveCount(1);
  await expect(site).toHaveAttribute('data-id', `u:${expected.id}`) // user candidates are prefixed u:;
  const gain = Number(/\+([\d.]+)%/.exec((await site.locator('.gain').textContent()) ?? '')![1]);
  expect(gain).toBeGreaterThan(0);
  const [before, after] = ((await page.getByTestId('siting-before-after').textContent()) ?? '')
    .match(/[\d.]+%/g)!
    .map((x) => Number(x.replace('%', '')));
  expect(after).toBeGreaterThan(before);
  await mapIdle(page);
  expect(await renderedCount(page, ['siting-sites'])).toBe(1);
  await page.screenshot({ path: 'test-results/screenshots/siting-health-centre.png' });
});
