// The import issues' English lives in ui-en.json's section `issues` (fetched with the UI's English),
// their Chinese in code (src/lib/data/issues.ts). A key the file lacks does not compile (IssueKey is
// the file's keys); here a corpus of files raises every template the file has, so none is unused,
// each issue's templates have all their placeholders filled, and the English comes out as it did
// when it was written in code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueEnglish, issueReason, issueText, type IssueText } from '../../../src/lib/data/issues';
import { wordMap } from '../../../src/lib/data/value-word-map';
import { issueTemplates } from '../../../src/lib/i18n/catalog';
import type { ImportOutcome, ImportPayload } from '../../../src/lib/io/import-job';
import { english, reason } from '../data/fixture';
import { fixtureBuffer, runJob } from './helpers';

const templates = (JSON.parse(readFileSync('src/lib/i18n/ui-en.json', 'utf8')) as { issues: Record<string, string> }).issues;
const words = wordMap(JSON.parse(readFileSync('data/value-words.json', 'utf8')));
const district = { bbox: [121.23, 30.97, 121.58, 31.27] as [number, number, number, number] };
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const csv = (...lines: string[]) => bytes(lines.join('\n'));
const geojson = (features: unknown[], extra = {}) => bytes(JSON.stringify({ type: 'FeatureCollection', ...extra, features }));
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({ type: 'Feature', geometry, properties });
const square = [[[121.39, 31.11], [121.4, 31.11], [121.4, 31.12], [121.39, 31.11]]];
const facility = '名称,经度,纬度,类别';

const corpus: ImportPayload[] = [
  { name: 'x.csv', layer: 'stations', bytes: fixtureBuffer('binary-png.csv') },
  { name: 'x.csv', layer: 'stations', bytes: new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]).buffer },
  { name: 'x.geojson', layer: 'facilities', bytes: bytes('{"type":') },
  { name: 'x.geojson', layer: 'facilities', bytes: bytes('{"a":1}') },
  // a Gauss-Krüger CRS is refused; Web Mercator is a fixed formula: converted, and said
  { name: 'x.geojson', layer: 'facilities', bytes: geojson([], { crs: { type: 'name', properties: { name: 'EPSG:4549' } } }) },
  { name: 'x.geojson', layer: 'facilities', bytes: geojson([], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } }) },
  // GB18030 (not UTF-8) without Chinese: the encoding is a weak guess
  { name: 'x.csv', layer: 'facilities', bytes: new Uint8Array([...new TextEncoder().encode('name,lng,lat,category\nx,121.38,31.11,'), 0xa6, 0xc1]).buffer },
  { name: 'gcj02-amap.csv', layer: 'facilities', bytes: fixtureBuffer('gcj02-amap.csv') },
  { name: 'x.csv', layer: 'facilities', bytes: fixtureBuffer('gcj02-amap.csv') },
  ...['empty.csv', 'header-only.csv', 'one-column.csv', 'projected-3857.csv', 'swapped.csv', 'duplicate-ids.csv', 'near-duplicates.csv', 'bad-category.csv'].map(
    (name): ImportPayload => ({ name, layer: 'facilities', bytes: fixtureBuffer(name) }),
  ),
  { name: 'swapped.csv', layer: 'facilities', bytes: fixtureBuffer('swapped.csv'), fixSwapped: true },
  { name: 'bad-rows.csv', layer: 'stations', bytes: fixtureBuffer('bad-rows.csv') },
  // merged cells, filled from above on request
  { name: 'x.csv', layer: 'facilities', bytes: csv(facility, '甲,121.38,31.11,医疗', '乙,121.39,31.12,') },
  { name: 'x.csv', layer: 'facilities', bytes: csv(facility, '甲,121.38,31.11,医疗', '乙,121.39,31.12,'), fillDown: true },
  { name: 'o.csv', layer: 'facilities', bytes: fixtureBuffer('outside-district.csv'), district },
  { name: 'x.csv', layer: 'facilities', bytes: csv(facility, '甲,121.38,31.11,医疗'), mapping: { name: '名称', lng: '经度', lat: '纬度', category: '类型' } },
  { name: 'x.csv', layer: 'facilities', bytes: csv('某区设施名录', facility, '甲,121.38,31.11,医疗', '甲,121.38,31.11,医疗', '乙,,31.11,医疗', '丙,121.38,95,医疗', '合计,1,,') },
  {
    name: 'x.csv', layer: 'facilities', words,
    bytes: csv('名称,经度,纬度,类别,街镇', '甲,121.38,31.11,卫生站,浦江镇', '乙,121.38,31.11,体育公园,火星镇', '丙,121.38,31.11,公共卫生间,', '丁,121.38,31.11,卫生站,浦红镇'),
    towns: [{ name: '浦江镇', alias: '', area: { bbox: [121.5, 31.0, 121.55, 31.05] } }],
  },
  // a town that is none, at a point outside the district (kept as written)
  {
    name: 'x.csv', layer: 'facilities', district,
    bytes: csv('名称,经度,纬度,类别,街镇', '甲,121.60,31.10,医疗,火星镇', '乙,121.60,31.10,医疗,浦红镇'),
    towns: [{ name: '浦江镇', alias: '' }],
  },
  {
    name: 'p.csv', layer: 'population', bytes: csv('街镇,人口,年份', '浦江镇,abc,2020', '浦江镇,-5,2020', '火星镇,10,2020', '七保镇,10,2020', '七宝镇,10,2020', '七宝镇,10,2021', '古美街道,10,2021'),
    towns: ['浦江镇', '七宝镇', '古美街道'].map((name) => ({ name, alias: '' })),
  },
  // a count column in 万人, and a totals row (review 15 M7)
  { name: 'w.csv', layer: 'population', bytes: csv('街镇,常住人口（万人）', '浦江镇,30.5', '合计,30.5'), towns: [{ name: '浦江镇', alias: '' }] },
  { name: 'p.geojson', layer: 'population', bytes: geojson([feature(null, { count: 1 }), feature({ type: 'LineString', coordinates: [] }, { count: 1 })]) },
  { name: 'f.geojson', layer: 'facilities', bytes: geojson([feature(null), feature({ type: 'LineString', coordinates: [] }), feature({ type: 'Polygon', coordinates: square }, { name: '园', category: '公园' })]) },
  { name: 't.geojson', layer: 'boundaries', bytes: geojson([feature(null), feature({ type: 'Point', coordinates: [121.4, 31.1] }), feature({ type: 'Polygon', coordinates: square }), feature({ type: 'Polygon', coordinates: square }, { name: '某镇' }), feature({ type: 'Polygon', coordinates: square }, { name: '古美路街道' })]), towns: [{ name: '七宝镇', alias: '' }, { name: '古美街道', alias: '古美路街道;古美' }] },
  { name: 'projected.geojson', layer: 'boundaries', bytes: fixtureBuffer('projected.geojson') },
  // an optional number it cannot read: the value left out, the row kept
  { name: 'e.csv', layer: 'enterprises', bytes: csv('名称,经度,纬度,权重', '甲,121.38,31.11,高', '乙,121.38,31.13,-2') },
  // the list of common wordings failed to load (modes/import/value-words.ts gives null): said, not silent
  { name: 'w.csv', layer: 'facilities', words: null, bytes: csv(facility, '甲,121.38,31.11,卫生站', '乙,121.38,31.12,医疗') },
];

/** Every issue (and fatal message) the corpus raises. */
const raised = corpus.flatMap((p): IssueText[] => {
  const out: ImportOutcome = runJob(p).out;
  return out.fatal ? [out.fatal] : out.issues;
});

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe("the import issues' English", () => {
  it('the corpus raises every template of the file, and no issue without one', () => {
    const used = new Set(raised.flatMap((i) => [i.key!, ...(i.at ? [i.at] : []), ...(i.vars?.column === undefined ? [] : ['column'])]));
    expect([...used].sort()).toEqual(Object.keys(templates).sort());
    expect(Object.keys(issueTemplates()).sort()).toEqual(Object.keys(templates).sort());
  });

  it("fills every placeholder of an issue's templates", () => {
    for (const i of raised) {
      const text = [templates[i.key!], i.at && templates[i.at], i.vars?.column !== undefined && templates.column].filter((t) => typeof t === 'string').join(' ');
      for (const name of placeholders(text)) expect(i.vars?.[name], `${i.key} {${name}}`).toBeDefined();
      expect(english(i)).not.toMatch(/\{\w+\}/);
    }
  });

  // each text as the code wrote it before the English moved to the file (the whole corpus was compared)
  it('comes out as it did when it was written in code, line and column named as in Chinese', () => {
    const en = raised.map(english);
    for (const text of [
      'the file is not a text table (it looks like a PNG file); save it as CSV (UTF-8) and import again',
      'the file is not a text table; save it as CSV (UTF-8) and import again',
      "guessed CRS GCJ02 from the file's header, title line or source column and converted to WGS-84; override it if wrong",
      "line 7 (Excel row 6), column 'services': unknown value '美容' (allowed: 计量, 标准, 认证, 检验检测, 知识产权, 品牌, 质量诊断, 政策咨询), left out",
      "line 5, column '经度': is empty",
      "line 6, column '纬度': out of range: 95",
      'line 7: a totals row, skipped',
      "line 3, column '类别': '体育公园' holds words of 公园 and 体育; read as 公园 by its last word '公园'",
      "line 2, column '街镇': it says 浦江镇, but the point is more than 2 km from that town's approximate area: check the town or the coordinates",
      "line 2, column '人口': cannot parse 'abc' as a number",
      "line 2, column '权重': cannot parse '高' as a number, left out (the column is optional; the row is kept)",
      "line 3, column '权重': should be above 0; station siting counts it as 1",
      'rows give different years (2020, 2021); the total may mix points in time',
      'feature 1: is not a Point (no geometry)',
      'feature 2: geometry Point not supported (expected Polygon/MultiPolygon)',
      'feature 3: is an area; a point inside it (121.39667, 31.11333) stands for it',
      // the feature's place among the polygons kept, as before
      "feature 1: '某镇' is not one of the 14 official town names",
      '1 of 2 towns have a boundary; once saved, the map has no area for: 七宝镇',
      "'常住人口（万人）' counts in units of 10,000 people (万人); multiplied by 10,000",
      "feature 2: '古美路街道' read as 古美街道",
    ])
      expect(en).toContain(text);
  });

  it('says when the list of common wordings could not be loaded: a planner\'s 卫生站 is refused for that reason, not silently', () => {
    const { out } = runJob(corpus.at(-1)!);
    expect(out.issues[0]).toMatchObject({ key: 'wordsMissing', severity: 'warning', zh: '常用写法表未能加载：类别、服务等只认标准取值（如“医疗”“检验检测”）；刷新页面后可重试' });
    expect(out.stats.accepted).toBe(1); // 医疗 kept; 卫生站 needs the list
    const withList = runJob({ ...corpus.at(-1)!, words }).out;
    expect(withList.issues.some((i) => i.key === 'wordsMissing')).toBe(false);
    expect(withList.stats.accepted).toBe(2);
  });

  // a town one character off is named in English by the town's `en`, as 导入数据 gives it: Pujiang Town
  // (浦江镇), the English UI's name and the official one a file would write (it was "did you mean 浦江镇?")
  it('names the town a misspelt 街镇 likely means in English: Pujiang Town (浦江镇)', () => {
    const towns = [{ name: '浦江镇', alias: '浦江;Pujiang Town', en: 'Pujiang Town (浦江镇)', area: { bbox: [121.5, 31.0, 121.55, 31.05] as [number, number, number, number] } }];
    const en = [
      { name: 'x.csv', layer: 'facilities', district, towns, words, bytes: csv('name,lng,lat,category,town', 'a,121.52,31.02,Health,Pujiang Towm', 'b,121.60,31.10,Health,Pujiang Towm') },
      { name: 'p.csv', layer: 'population', towns, bytes: csv('town,population', 'Pujiang Towm,10') },
    ].flatMap((p) => runJob(p as ImportPayload).out.issues.filter((i) => /Like/.test(i.key!)).map(english));
    expect(en).toEqual([
      "line 2, column 'town': 'Pujiang Towm' is not a Minhang town name (did you mean Pujiang Town (浦江镇)?); the town its position lies in is shown",
      "line 3, column 'town': 'Pujiang Towm' is not a Minhang town name (did you mean Pujiang Town (浦江镇)?); the point is outside the district, so the town is shown as written",
      "line 2, column 'town': 'Pujiang Towm' is not one of the 14 official town names or their aliases (did you mean Pujiang Town (浦江镇)?)",
    ]);
    // no Chinese but the official name in brackets
    for (const text of en) expect(text.replace('(浦江镇)', '')).not.toMatch(/\p{Script=Han}/u);
  });

  // every other message that names an official town names it so too (review 27: they named it in Chinese alone)
  it('names the town of a far point, a repeated row, a boundary read by its alias and a town without one in English', () => {
    const towns = [
      { name: '浦江镇', alias: '', en: 'Pujiang Town (浦江镇)', area: { bbox: [121.5, 31.0, 121.55, 31.05] as [number, number, number, number] } },
      { name: '古美街道', alias: '古美路街道', en: 'Gumei Subdistrict (古美街道)' },
    ];
    const en = [
      { name: 'f.csv', layer: 'facilities', district, towns, words, bytes: csv('名称,经度,纬度,类别,街镇', '甲,121.38,31.11,医疗,浦江镇') },
      { name: 'p.csv', layer: 'population', towns, bytes: csv('街镇,人口', '浦江镇,10', '浦江镇,20') },
      { name: 't.geojson', layer: 'boundaries', towns, townNames: ['浦江镇', '古美街道'], bytes: geojson([feature({ type: 'Polygon', coordinates: square }, { name: '古美路街道' })]) },
    ].flatMap((p) => runJob(p as ImportPayload).out.issues.filter((i) => /townFar|townRepeated|boundaryAlias|townsWithout/.test(i.key!)).map(english));
    expect(en).toEqual([
      "line 2, column '街镇': it says Pujiang Town (浦江镇), but the point is more than 2 km from that town's approximate area: check the town or the coordinates",
      "line 3, column '街镇': town 'Pujiang Town (浦江镇)' repeats line 2; only line 2 is used",
      "feature 1: '古美路街道' read as Gumei Subdistrict (古美街道)",
      '1 of 2 towns have a boundary; once saved, the map has no area for: Pujiang Town (浦江镇)',
    ]);
  });

  it('gives the downloaded lists "中文 / English", and the report one language', () => {
    const i = raised.find((x) => x.key === 'empty')!;
    expect(reason(i)).toBe("第 5 行「经度」为空 / line 5, column '经度': is empty");
    expect(issueText(i, 'zh', issueTemplates())).toBe('第 5 行「经度」为空');
    expect(issueText(i, 'en', issueTemplates())).toBe("line 5, column '经度': is empty");
    // without the English (the file failed to load): the Chinese alone
    expect(issueReason(i, {})).toBe('第 5 行「经度」为空');
    expect(issueText(i, 'en', {})).toBe('第 5 行「经度」为空');
  });

  it('shows the entries saved by older versions: "中文 / English" alone, or with each language', () => {
    const oldest = { line: 3, severity: 'error' as const, reason: '第 3 行为空 / line 3: is empty' };
    const older = { ...oldest, zh: '第 3 行为空', en: 'line 3: is empty' };
    for (const t of [issueTemplates(), {}]) {
      expect([issueText(oldest, 'zh', t), issueText(oldest, 'en', t), issueReason(oldest, t)]).toEqual([oldest.reason, oldest.reason, oldest.reason]);
      expect([issueText(older, 'zh', t), issueText(older, 'en', t), issueReason(older, t)]).toEqual([older.zh, older.en, older.reason]);
      expect(issueEnglish(older, t)).toBe(older.en);
    }
  });
});
