// The import's defaults as a planner meets them with several files in one session (planner review):
// a 补充 list does not take out the town's other kinds of facility, and a choice made for one file
// does not carry over to the next; 我的数据 lists the newest file first; a file dropped anywhere
// on the page is read by the app, not left to the browser; a GeoJSON in Web Mercator is converted, a
// population file's too, and each says the system it was read in.
import { test, expect } from '@playwright/test';
import gcoord from 'gcoord';
import { dropOnMap, openApp, pickCsv, saveImport, SHOTS } from './helpers';

const HEAD = '名称,街镇,经度,纬度,设施类型';

test('a 补充 list of one 卫生站 is kept alongside 颛桥社区卫生服务中心 by default and says why; a list of the same kinds replaces; 并存 chosen for one file is not the next file\'s', async ({ page }) => {
  await openApp(page, '?mode=import');
  await page.getByTestId('import-layer').selectOption('facilities');
  await pickCsv(page, '颛桥补充.csv', [HEAD, '测试颛桥卫生站,颛桥镇,121.41,31.06,卫生站']);
  await expect(page.getByTestId('import-summary')).toContainText('可用 1');
  await expect(page.getByTestId('import-mode')).toHaveValue('add');
  await expect(page.getByTestId('import-replaced')).toHaveText('文件的设施类型中没有社区卫生服务中心，像是补充名单，默认并存');
  // replace is still there, naming what it takes out
  await page.getByTestId('import-mode').selectOption('replace');
  await expect(page.getByTestId('import-replaced')).toContainText('将替换内置数据 1 条（颛桥镇）：颛桥社区卫生服务中心');

  // an updated list of the same kind: replace by default; 并存 chosen for it …
  const same = [HEAD, '测试颛桥社区卫生服务中心,颛桥镇,121.41,31.06,社区卫生服务中心'];
  await pickCsv(page, '颛桥医疗.csv', same);
  await expect(page.getByTestId('import-summary')).toContainText('颛桥医疗.csv');
  await expect(page.getByTestId('import-mode')).toHaveValue('replace');
  await expect(page.getByTestId('import-replaced')).toContainText('将替换内置数据');
  await page.getByTestId('import-mode').selectOption('add');
  // … is not the next file's
  await pickCsv(page, '颛桥医疗2.csv', same);
  await expect(page.getByTestId('import-summary')).toContainText('颛桥医疗2.csv');
  await expect(page.getByTestId('import-mode')).toHaveValue('replace');
  await expect(page.getByTestId('import-replaced')).toContainText('颛桥社区卫生服务中心');
});

test('我的数据 lists the file saved last first', async ({ page }) => {
  await openApp(page, '?mode=import');
  const head = '名称,经度,纬度,服务内容,状态';
  for (const name of ['乙站点.csv', '甲站点.csv', '丙站点.csv']) {
    await pickCsv(page, name, [head, `${name}站,121.42,31.12,计量,在运营`]);
    await expect(page.getByTestId('import-summary')).toContainText(name);
    await saveImport(page);
  }
  await expect(page.getByTestId('user-entry')).toHaveCount(3);
  expect((await page.getByTestId('user-entry').allTextContents()).map((t) => t.match(/.站点\.csv/)?.[0])).toEqual(['丙站点.csv', '甲站点.csv', '乙站点.csv']);
});

test('a file dropped on the map is read by 导入数据, not left to the browser; from the map view too, which opens 导入数据 with it', async ({ page }) => {
  await openApp(page, '?mode=import');
  const csv = '名称,经度,纬度,服务内容,状态\n测试地图站,121.42,31.12,计量,在运营\n';
  expect(await dropOnMap(page, '地图上.csv', csv)).toEqual([false, false]);
  await expect(page.getByTestId('import-summary')).toContainText('地图上.csv');
  await expect(page.getByTestId('import-summary')).toContainText('可用 1');

  await page.getByTestId('mode-explore').click();
  await expect(page.getByTestId('import-panel')).toHaveCount(0);
  expect(await dropOnMap(page, '看地图时.csv', csv)).toEqual([false, false]);
  await expect(page.getByTestId('mode-import')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('import-summary')).toContainText('看地图时.csv');
  await expect(page.getByTestId('import-summary')).toContainText('可用 1');
});

test('a GeoJSON in Web Mercator (EPSG:3857) is converted, said in the report, and drawn where its metres are', async ({ page }) => {
  await openApp(page, '?mode=import');
  await page.getByTestId('import-layer').selectOption('facilities');
  const wgs = [121.42, 31.12];
  const metres = gcoord.transform(wgs as [number, number], gcoord.WGS84, gcoord.EPSG3857);
  const fc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } }, features: [{ type: 'Feature', properties: { 编号: 'm1', 名称: '测试墨卡托卫生中心', 类别: '医疗' }, geometry: { type: 'Point', coordinates: metres } }] };
  await page.getByTestId('import-file').setInputFiles({ name: '墨卡托.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(fc)) });
  await expect(page.getByTestId('import-summary')).toContainText('可用 1');
  await expect(page.getByTestId('import-issues')).toContainText('坐标由 urn:ogc:def:crs:EPSG::3857（Web 墨卡托）换算为 WGS-84');
  // the file names its system: not said to have been read as WGS-84 for want of one
  await expect(page.getByTestId('import-crs-assumed')).toHaveCount(0);
  await saveImport(page);
  const drawn = () =>
    page.evaluate(async () => {
      const src = window.__zhihuiMap!.getSource('facilities') as unknown as { getData(): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> };
      return (await src.getData()).features.find((f) => f.properties?.name === '测试墨卡托卫生中心')?.geometry.coordinates;
    });
  await expect.poll(async () => ((await drawn()) ?? [0, 0]).map((x) => +x.toFixed(6))).toEqual(wgs);
});

test('a population file of points says which coordinate system it was read in, as the other layers do: Web Mercator converted, or WGS-84 assumed; a file of towns has no coordinates to say it of', async ({ page }) => {
  await openApp(page, '?mode=import');
  await page.getByTestId('import-layer').selectOption('population');
  const metres = gcoord.transform([121.42, 31.12], gcoord.WGS84, gcoord.EPSG3857);
  const fc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:3857' } }, features: [{ type: 'Feature', properties: { 名称: '测试小区', 人数: 1200 }, geometry: { type: 'Point', coordinates: metres } }] };
  await page.getByTestId('import-file').setInputFiles({ name: '人口点墨卡托.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(fc)) });
  await expect(page.getByTestId('import-population-total')).toContainText('合计 1,200 人');
  await expect(page.getByTestId('import-issues')).toContainText('坐标由 EPSG:3857（Web 墨卡托）换算为 WGS-84');
  await expect(page.getByTestId('import-crs-assumed')).toHaveCount(0);
  await page.getByTestId('import-issues').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/import-population-mercator.png` });

  // the total says what the file was read as, in words (it read 读作人口点人口)
  await pickCsv(page, '人口点.csv', ['名称,经度,纬度,人数', '测试小区,121.42,31.12,800', '测试二村,121.43,31.13,1000']);
  await expect(page.getByTestId('import-population-total')).toHaveText('人口按点读取：2 个点，合计 1,800 人');
  await expect(page.getByTestId('import-crs-assumed')).toContainText('文件未注明坐标系，已按 WGS-84 读取');

  await pickCsv(page, '人口街镇.csv', ['街镇,常住人口', '浦江镇,1000']);
  await expect(page.getByTestId('import-population-total')).toHaveText('人口按街镇读取：1 个街镇，合计 1,000 人');
  await expect(page.getByTestId('import-crs-assumed')).toHaveCount(0);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('import-population-total')).toHaveText('Population per town: 1 town(s), 1,000 residents in total');
  await pickCsv(page, '人口点.csv', ['名称,经度,纬度,人数', '测试小区,121.42,31.12,800', '测试二村,121.43,31.13,1000']);
  await expect(page.getByTestId('import-population-total')).toHaveText('Population as points: 2 point(s), 1,800 residents in total');
  await page.getByTestId('import-population-total').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/import-population-points-en.png` });
});
