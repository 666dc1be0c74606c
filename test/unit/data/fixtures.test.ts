// Known answers for the fixture corpus in test/fixtures/import/ (one file per problem).
import { describe, expect, it } from 'vitest';
import { importFixture, errors, warnings, TEST_DISTRICT, reason, english } from './fixture';
import { ImportError } from '../../../src/lib/data/issues';
import { readFileSync } from 'node:fs';
import { importFile } from '../../../src/lib/data/import';
import { wordMap } from '../../../src/lib/data/value-word-map';
import { CATEGORIES, LAYER_FIELDS, SERVICES, STATION_STATUSES } from '../../../src/lib/data/schema';
import { validateTable } from '../../../src/lib/data/validate';
import { parseTable } from '../../../src/lib/data/parse-table';
import { parseTownsCsv } from '../../../src/lib/data/load';

/** The words planners write for a value, as the import mode passes them (data/value-words.json). */
const words = wordMap(JSON.parse(readFileSync('data/value-words.json', 'utf8')));

const THREE = [
  { name: '莘庄社区卫生服务中心', lng: 121.3795, lat: 31.1112, category: '医疗', address: '莘庄镇某路1号', town: '莘庄镇' },
  { name: '古美文化中心', lng: 121.4021, lat: 31.1503, category: '文化', address: '', town: '古美街道' },
  { name: '七宝体育场', lng: 121.3501, lat: 31.1587, category: '体育', address: '', town: '七宝镇' },
];

describe('encodings and delimiters give the same three records', () => {
  const cases: [string, string, string, string][] = [
    ['utf8-bom.csv', 'utf-8', ',', '名称'],
    ['utf8-nobom.csv', 'utf-8', ',', 'Name'],
    ['gb18030.csv', 'gb18030', ',', '名称'],
    ['utf16le-bom.csv', 'utf-16le', '\t', '名称'],
    ['tsv.tsv', 'utf-8', '\t', '名称'],
  ];
  it.each(cases)('%s', (file, encoding, delimiter, nameHeader) => {
    const res = importFixture(file, 'facilities');
    expect(res.encoding).toBe(encoding);
    expect(res.delimiter).toBe(delimiter);
    expect(res.mapping.name).toBe(nameHeader);
    expect(errors(res.issues)).toEqual([]);
    expect(res.records).toMatchObject(THREE);
    expect(res.records.map((r) => r.source)).toEqual([file, file, file]);
    expect(res.records.map((r) => r.precision)).toEqual(['approximate', 'approximate', 'approximate']);
    expect(res.records.map((r) => r.id)).toEqual([`${file}#2`, `${file}#3`, `${file}#4`]);
  });

  it('marks user rows exact only when the user says so', () => {
    const res = importFixture('utf8-bom.csv', 'facilities', { exactPrecision: true });
    expect(res.records.map((r) => r.precision)).toEqual(['exact', 'exact', 'exact']);
    // the planner said it: nothing to say back
    expect(res.issues.some((i) => i.key === 'precisionUnsaid')).toBe(false);
  });

  // review 27: a file with no 位置精度 had every row marked approximate without a word
  it('says once that the rows used with no precision are shown as approximate, with the column to add and its values', () => {
    const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'));
    const res = importFile({ name: 'p.csv', bytes: csv('名称,经度,纬度,类别', '甲,121.38,31.11,医疗', '乙,abc,31.11,医疗', '丙,121.39,31.12,医疗'), layer: 'facilities' });
    const notes = res.issues.filter((i) => i.key === 'precisionUnsaid');
    expect(notes).toEqual([{ line: 0, severity: 'warning', key: 'precisionUnsaid', vars: { n: 2 }, zh: '2 行未注明位置精度，按近似显示；可加「位置精度」列：精确、近似、估计、街镇' }]);
    expect(english(notes[0])).toBe('2 row(s) give no position precision and are shown as approximate; add a column 位置精度 (precision): exact, approximate, estimated or town (精确, 近似, 估计, 街镇)');
    expect(res.records.map((r) => r.precision)).toEqual(['approximate', 'approximate']);
    // a column with one empty cell: that row only; a row that says 近似 is not counted
    const some = importFile({ name: 'p.csv', bytes: csv('名称,经度,纬度,类别,位置精度', '甲,121.38,31.11,医疗,精确', '乙,121.38,31.12,医疗,', '丙,121.39,31.12,医疗,近似'), layer: 'facilities', words });
    expect(some.records.map((r) => r.precision)).toEqual(['exact', 'approximate', 'approximate']);
    expect(some.issues.filter((i) => i.key === 'precisionUnsaid').map((i) => i.vars)).toEqual([{ n: 1 }]);
    // the embedded pack (no user file) is labelled as before, with no such note
    const pack = validateTable(LAYER_FIELDS.facilities, parseTable('id,name,lng,lat,category,source\nf1,甲,121.38,31.11,医疗,白皮书'));
    expect([pack.records.map((r) => (r as { precision: string }).precision), pack.issues]).toEqual([['approximate'], []]);
  });
});

describe('number and coordinate formats', () => {
  it('semicolon file with decimal commas', () => {
    const res = importFixture('semicolon-decimal-comma.csv', 'facilities');
    expect(res.delimiter).toBe(';');
    expect(res.records.map((r) => [r.lng, r.lat])).toEqual([
      [121.3795, 31.1112],
      [121.4021, 31.1503],
    ]);
  });
  it('degree-minute-second strings', () => {
    const res = importFixture('dms.csv', 'facilities');
    expect(errors(res.issues)).toEqual([]);
    expect(res.records).toHaveLength(3);
    for (const r of res.records) {
      expect(r.lng).toBeCloseTo(121 + 23 / 60 + 45.6 / 3600, 9);
      expect(r.lat).toBeCloseTo(31.11, 9);
    }
  });
  it('full-width digits, punctuation and headers', () => {
    const res = importFixture('fullwidth.csv', 'facilities');
    expect(res.mapping).toMatchObject({ name: '名称', lng: '经度（°）', lat: '纬度（°）' });
    expect(res.records.map((r) => [r.name, r.lng, r.lat])).toEqual([
      ['甲', 121.4012, 31.123],
      ['乙', -121.5, 31.2],
    ]);
  });
});

describe('swapped and out-of-district points', () => {
  it('warns about swapped lat/lng and rejects them without fixSwapped', () => {
    const res = importFixture('swapped.csv', 'facilities');
    expect(res.records).toHaveLength(0);
    expect(errors(res.issues).map((i) => [i.line, i.column])).toEqual([
      [2, 'lat'],
      [3, 'lat'],
    ]);
    expect(warnings(res.issues).some((i) => i.line === 0 && /swapped/.test(reason(i)))).toBe(true);
  });
  it('swaps them back with fixSwapped', () => {
    const res = importFixture('swapped.csv', 'facilities', { fixSwapped: true, district: TEST_DISTRICT });
    expect(errors(res.issues)).toEqual([]);
    expect(res.records.map((r) => [r.lng, r.lat])).toEqual([
      [121.3795, 31.1112],
      [121.4021, 31.1503],
    ]);
    expect(res.stats.swapped).toBe(2);
    expect(res.stats.outside).toBe(0);
  });
  it('keeps points just outside the district with a warning, and rejects points far from it', () => {
    const res = importFixture('outside-district.csv', 'facilities', { district: TEST_DISTRICT });
    expect(res.records.map((r) => r.id)).toEqual(['f1', 'f3']);
    // (and the file's note that it gives no precision, line 0)
    expect(warnings(res.issues).map((i) => i.line)).toEqual([4, 0]);
    expect(res.stats.outside).toBe(1);
    // Beijing: a wrong coordinate, not a facility across the boundary
    expect(res.rejected.map((r) => r.line)).toEqual([3]);
    expect(errors(res.issues).map((i) => [i.line, english(i)])).toEqual([[3, "line 3, column 'lng': point (116.40000, 39.90000) is more than 5 km from Minhang, most likely a wrong coordinate"]]);
    // a 高德 (GCJ-02) file's points are quoted as the file gives them, not as converted (review 24)
    const gcj = importFixture('outside-district.csv', 'facilities', { district: TEST_DISTRICT, crs: 'GCJ02' });
    expect(gcj.issues.filter((i) => i.line).map((i) => i.vars?.point)).toEqual(['(116.40000, 39.90000)', '(121.60000, 31.10000)']);
  });
  it('reports projected coordinates clearly', () => {
    const res = importFixture('projected-3857.csv', 'facilities');
    expect(res.records).toHaveLength(0);
    expect(res.issues.some((i) => i.line === 0 && i.severity === 'error' && /projected CRS/.test(reason(i)))).toBe(true);
    // two wild cells among plain degrees are those rows' problem, not a projected file
    const csv = '名称,经度,纬度,类别\n甲,1e308,31.1,医疗\n乙,121.4,1e20,医疗\n丙,121.41,31.11,医疗\n丁,121.42,31.12,医疗';
    const few = importFile({ name: 'f.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities' });
    expect(few.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(few.issues.some((i) => /projected CRS/.test(reason(i)))).toBe(false);
  });
});

describe('bad rows, duplicates', () => {
  it('rejects bad station rows with their file line numbers', () => {
    const res = importFixture('bad-rows.csv', 'stations');
    // line 2–3: a quoted two-line address; line 4 missing name; line 5 blank; 6 bad lng; 7 one unknown
    // service beside a known one (kept, the unknown one left out); 9 no known service
    expect(res.records.map((r) => r.id)).toEqual(['s1', 's4', 's5']);
    expect(res.records[0].address).toBe('多行\n地址');
    expect(res.records[1].services).toEqual(['计量']);
    expect(res.records[2].services).toEqual(['认证', '检验检测']);
    expect(errors(res.issues).map((i) => [i.line, i.column])).toEqual([
      [4, 'name'],
      [6, 'lng'],
      [9, 'services'],
    ]);
    const left = warnings(res.issues).find((i) => i.line === 7)!;
    expect([left.column, reason(left)]).toEqual(['services', expect.stringContaining("unknown value '美容'")]);
    expect(reason(left)).toContain('已略去');
    expect(res.rejected.map((r) => r.line)).toEqual([4, 6, 9]);
    expect(res.rejected[1].raw.lng).toBe('abc');
    const lng = reason(errors(res.issues)[1]);
    // the address above spans two lines, so line 6 of the file is row 5 in a spreadsheet: both are named
    expect(lng).toBe("第 6 行（Excel 第 5 行）「lng」无法解析：abc / line 6 (Excel row 5), column 'lng': cannot parse 'abc'");
    expect(reason(errors(res.issues)[2])).toContain('美容、美发');
  });
  it("an optional cell it cannot read loses its value, not its row: 权重 written as a word, an unknown 位置精度 (review 24)", () => {
    const csv = '名称,经度,纬度,权重,位置精度\n甲,121.38,31.11,高,\n乙,121.39,31.12,2,门牌\n丙,121.40,31.13,3,exact';
    const res = importFile({ name: 'firms.csv', bytes: new TextEncoder().encode(csv), layer: 'enterprises', words });
    expect(res.records.map((r) => [r.name, (r as { weight?: number }).weight, r.precision])).toEqual([
      ['甲', 1, 'approximate'],
      ['乙', 2, 'approximate'],
      ['丙', 3, 'exact'],
    ]);
    expect(errors(res.issues)).toEqual([]);
    expect(res.rejected).toEqual([]);
    const [weight, precision] = warnings(res.issues).filter((i) => i.line <= 3);
    expect([weight.line, weight.column]).toEqual([2, '权重']);
    expect(reason(weight)).toBe("第 2 行「权重」无法解析为数字：高，已略去 / line 2, column '权重': cannot parse '高' as a number, left out (the column is optional; the row is kept)");
    expect([precision.line, precision.column]).toEqual([3, '位置精度']);
    expect(reason(precision)).toContain('已略去');
    // a weight of 0 or less is kept as written, and said: 驿站选址 counts it as 1 (review 24: silently)
    const zero = importFile({ name: 'w.csv', bytes: new TextEncoder().encode('名称,经度,纬度,权重\n甲,121.38,31.11,0\n乙,121.39,31.12,-2\n丙,121.40,31.13,2'), layer: 'enterprises', words });
    expect(zero.records.map((r) => (r as { weight?: number }).weight)).toEqual([0, -2, 2]);
    // a position a planner calls 估计 (or writes estimated) is read as estimated, not approximate
    const est = importFile({ name: 'p.csv', bytes: new TextEncoder().encode('名称,经度,纬度,位置精度\n甲,121.38,31.11,估计\n乙,121.39,31.12,estimated\n丙,121.40,31.13,估算\n丁,121.41,31.14,近似'), layer: 'enterprises', words });
    expect(est.records.map((r) => r.precision)).toEqual(['estimated', 'estimated', 'estimated', 'approximate']);
    expect(warnings(est.issues).filter((i) => i.line > 0)).toEqual([]);
    expect(warnings(zero.issues).filter((i) => i.key === 'weightNotPositive').map((i) => i.line)).toEqual([2, 3]);
    expect(reason(warnings(zero.issues)[0])).toBe("第 2 行「权重」应大于 0，驿站选址中按 1 计 / line 2, column '权重': should be above 0; station siting counts it as 1");
  });
  it('reads the words planners write for a station status (筹建中, 运营中, operating), and rejects others', () => {
    const csv = ['id,name,lng,lat,services,status,source', ...['筹建中', '运营中', 'Operating', '在建', '停业'].map((st, i) => `s${i},站${i},121.38,31.11,计量,${st},own`)].join('\n');
    const res = importFile({ name: 'status.csv', bytes: new TextEncoder().encode(csv), layer: 'stations', words });
    expect(res.records.map((r) => [r.id, (r as { status?: string }).status])).toEqual([['s0', '筹建'], ['s1', '在运营'], ['s2', '在运营'], ['s3', '筹建']]);
    expect(errors(res.issues).map((i) => [i.line, i.column])).toEqual([[6, 'status']]);
  });
  it('reads every category, service and status by the English name the English UI shows for it (its column hint lists them), with no note', () => {
    const en = JSON.parse(readFileSync('src/lib/i18n/ui-en.json', 'utf8')).vocab as Record<string, string>;
    const read = (layer: 'facilities' | 'stations', col: string, values: readonly string[], rest: string) => {
      const csv = [`id,name,lng,lat,${col}${rest ? ',status' : ''}`, ...values.map((v, i) => `x${i},点${i},121.38,31.11,${en[v]}${rest}`)].join('\n');
      const res = importFile({ name: 'en.csv', bytes: new TextEncoder().encode(csv), layer, words });
      // (review 22: "Testing & inspection" was read, with a warning that its "&" was left out)
      expect(res.issues.filter((i) => i.key !== 'precisionUnsaid').map((i) => i.zh)).toEqual([]);
      return res.records.map((r) => (r as unknown as Record<string, unknown>)[col === 'services' ? 'services' : col]);
    };
    expect(read('facilities', 'category', CATEGORIES, '')).toEqual([...CATEGORIES]);
    expect(read('stations', 'services', SERVICES, ',在运营')).toEqual(SERVICES.map((v) => [v]));
    expect(read('stations', 'status', STATION_STATUSES, '')).toEqual([...STATION_STATUSES]);
  });
  it("reads the wordings of a category or a service that map and POI exports use, and rejects what fits none", () => {
    // (卫生服务站, 社区长者照护之家, 体育场馆, 市场: the facility types of the 浦江镇 plan, seed 004)
    // (护理站: a medical institution in the white paper's count of 社会办医 institutions; review 22)
    const cats = ['医疗卫生', '养老服务', 'elderly', '体育健身', '公园绿地', '社区卫生服务中心', '菜市场', '卫生服务站', '社区长者照护之家', '体育场馆', '市场', '护理站', '餐饮'];
    const csv = ['id,name,lng,lat,category', ...cats.map((c, i) => `f${i},点${i},121.38,31.11,${c}`)].join('\n');
    const res = importFile({ name: 'poi.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', words });
    expect(res.records.map((r) => (r as { category?: string }).category)).toEqual(['医疗', '养老', '养老', '体育', '公园', '医疗', '商业', '医疗', '养老', '体育', '商业', '医疗']);
    expect(errors(res.issues).map((i) => [i.line, i.column])).toEqual([[14, 'category']]);
    const services = importFile({
      name: 's.csv',
      bytes: new TextEncoder().encode('id,name,lng,lat,services,status\ns1,站,121.38,31.11,检测、计量服务、Metrology、专利,在运营\ns2,站,121.38,31.11,美容,在运营'),
      layer: 'stations',
      words,
    });
    expect(services.records.map((r) => (r as { services?: string[] }).services)).toEqual([['检验检测', '计量', '知识产权']]);
    expect(errors(services.issues).map((i) => i.line)).toEqual([3]);
  });
  it('reads a calibration lab as 计量 (metrology), in Chinese or English, with no note (review 22)', () => {
    const csv = ['id,name,lng,lat,services', ...['calibration', '校准', '检定', '计量校准; Testing and inspection'].map((v, i) => `i${i},所${i},121.38,31.11,${v}`)].join('\n');
    const res = importFile({ name: 'labs.csv', bytes: new TextEncoder().encode(csv), layer: 'institutions', words });
    expect(res.records.map((r) => (r as { services?: string[] }).services)).toEqual([['计量'], ['计量'], ['计量'], ['计量', '检验检测']]);
    expect(res.issues.filter((i) => i.key !== 'precisionUnsaid').map((i) => i.zh)).toEqual([]);
  });
  it("reads every facility type the white paper counts, and the life circle's wordings, as its category, with no note", () => {
    // (review 21: 日间照护中心, 农村睦邻点, 初中, 便民服务点, 4A旅游景区 … were refused, 504 of 3,000 rows)
    const totals = readFileSync('data/category-totals.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const counted = totals.filter(([c]) => (CATEGORIES as readonly string[]).includes(c)).map(([c, t]) => [t, c]);
    expect(counted.length).toBeGreaterThan(20);
    const more = [['日间照护中心', '养老'], ['长者食堂', '养老'], ['初中', '教育'], ['高中', '教育'], ['便民服务点', '商业'], ['旅游景区', '文化']];
    const all = [...counted, ...more];
    const csv = ['名称,设施类型,街镇,经度,纬度', ...all.map(([t], i) => `点${i},${t},莘庄镇,121.37,31.11`)].join('\n');
    const res = importFile({ name: 'types.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', words });
    expect((res.records as unknown as { category: string; subtype: string }[]).map((r) => [r.subtype, r.category])).toEqual(all);
    expect(res.issues.filter((i) => i.line > 0)).toEqual([]);
    // a type only holding a word is read and says how; a job market is no market
    // (the code review of review 21's fixes: a 市场监督管理所 is no shop, a 睦邻中心 no elderly care, a scenic spot's car park no culture)
    const rows = ['莘庄镇睦邻点', '九星市场', '闵行区人才市场', '闵行区市场监督管理局莘庄所', '社区睦邻中心', '景区停车场'];
    const guessed = importFile({ name: 'g.csv', bytes: new TextEncoder().encode(['名称,设施类型,街镇,经度,纬度', ...rows.map((t, i) => `点${i},${t},莘庄镇,121.37,31.11`)].join('\n')), layer: 'facilities', words });
    expect((guessed.records as unknown as { category: string }[]).map((r) => r.category)).toEqual(['养老', '商业', '政务']);
    expect(guessed.issues.filter((i) => i.line > 0).map((i) => [i.line, i.severity])).toEqual([[2, 'warning'], [3, 'warning'], [4, 'error'], [5, 'warning'], [6, 'error'], [7, 'error']]);
  });
  it("reads a town office's facility list that has only a 设施类型 column: the category from the type's words", () => {
    // (the eighth review's file: 0 of 12 rows were usable, 类别 missing, and the pack's own types refused)
    const types = ['社区卫生服务中心', '养老院', '社区文化活动中心', '卫生站', '老年活动室', '社区事务受理服务中心', '助餐点', '体育公园', '老年大学', '公共卫生间', '动物医院', '美甲店'];
    const csv = ['序号,设施名称,设施类型,所属街镇,经度,纬度', ...types.map((t, i) => `${i + 1},点${i},${t},梅陇镇,121.42,31.12`)].join('\n');
    const res = importFile({ name: '梅陇镇公共服务设施.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', words });
    expect([res.mapping.category, res.mapping.subtype]).toEqual(['设施类型', '设施类型']);
    const rows = res.records as unknown as { category: string; subtype: string }[];
    expect(rows.map((r) => [r.category, r.subtype])).toEqual([
      ['医疗', '社区卫生服务中心'],
      ['养老', '养老院'],
      ['文化', '社区文化活动中心'],
      ['医疗', '卫生站'],
      ['养老', '老年活动室'],
      ['政务', '社区事务受理服务中心'],
      ['养老', '助餐点'],
      // a Chinese name puts its kind last: 体育公园 is a park (as the pack files 闵行体育公园), 老年大学 a school
      ['公园', '体育公园'],
      ['教育', '老年大学'],
    ]);
    // read from a word inside the type: kept, and the report says how (the pack's own types need no note)
    expect(warnings(res.issues).filter((i) => i.line > 0).map((i) => [i.line, i.zh])).toEqual([
      [5, '第 5 行「设施类型」「卫生站」含“卫生”，按医疗读入'],
      [8, '第 8 行「设施类型」「助餐点」含“助餐”，按养老读入'],
      [9, '第 9 行「设施类型」「体育公园」含公园、体育的词，按末尾的“公园”读作公园'],
      [10, '第 10 行「设施类型」「老年大学」含教育、养老的词，按末尾的“大学”读作教育'],
    ]);
    // a public toilet holds 卫生 and a pet hospital 医院, but neither is a health facility (review 9);
    // a type with no word of any category: refused, the other rows kept
    expect(errors(res.issues).map((i) => [i.line, i.column])).toEqual([[11, '设施类型'], [12, '设施类型'], [13, '设施类型']]);
    expect(errors(res.issues)[0].zh).toContain('「公共卫生间」含“卫生间”，不属于任何可选取值');
  });
  it('reads an English facility list: Name, Type, one Coordinates column, English types and town names (review 19)', () => {
    // (7 of the review's 10 English types were refused, the coordinates and types had to be mapped by
    // hand, and Pujiang was no town; the import panel passes each town's English name as an alias)
    const towns = parseTownsCsv(readFileSync('data/towns.csv', 'utf8')).records.map((t) => ({ name: t.name, alias: `${t.alias};${t.name_en}`, code: t.code }));
    const types = ['hospital', 'Community Health Centre', 'nursing home', 'Kindergarten', 'Minhang Library', 'gymnasium', 'Supermarket', 'Central Park', 'Xinzhuang Metro Station', 'community service centre', 'bus stop', 'Car Park', 'Animal Hospital', 'Industrial Park'];
    const csv = ['Name,Type,Coordinates,Town', ...types.map((t, i) => `P${i},${t},"121.518,31.083",${i % 2 ? 'Pujiang' : 'pujiang town'}`)].join('\n');
    const res = importFile({ name: 'pujiang-en.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', words, towns });
    expect([res.mapping.lng, res.mapping.lat, res.mapping.subtype, res.mapping.category, res.mapping.town]).toEqual(['Coordinates', 'Coordinates', 'Type', 'Type', 'Town']);
    const rows = res.records as unknown as { category: string; town: string; lng: number }[];
    expect(rows.map((r) => r.category)).toEqual(['医疗', '医疗', '养老', '教育', '文化', '体育', '商业', '公园', '交通', '政务', '交通']);
    expect(new Set(rows.map((r) => `${r.town} ${r.lng}`))).toEqual(new Set(['浦江镇 121.518']));
    expect(res.issues.filter((i) => i.column === 'Town')).toEqual([]);
    // a car park, a pet hospital and an industrial park are none of the categories: refused, named
    expect(errors(res.issues).map((i) => [i.line, i.column])).toEqual([[13, 'Type'], [14, 'Type'], [15, 'Type']]);
  });
  it('reads an empty Category from the row\'s Type (review 19), under a written one too when the type names a category, and offers a merged block\'s other rows the value above', () => {
    // (an English template whose Category column was left blank: 0 of 3 rows usable, each "is empty (required)")
    const csv = ['Name,Type,Category,Coordinates', 'A,library,,"121.518,31.083"', 'B,clinic,,"121.519,31.084"', 'C,bus stop,,"121.52,31.085"'].join('\n');
    const res = importFile({ name: 'blank.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', words });
    expect(errors(res.issues)).toEqual([]);
    expect(res.records.map((r) => (r as unknown as { category: string }).category)).toEqual(['文化', '医疗', '交通']);
    // under a written 类别 (merged cells?) a row whose type names a category is read by its type (review 22:
    // a library under a nursing home was offered the 养老 above it), and one whose type names none is still
    // offered the value above
    const merged = ['名称,设施类型,类别,经度,纬度', '甲,图书馆,文化,121.38,31.11', '乙,社区卫生服务中心,,121.39,31.12', '丙,综合用房,,121.39,31.12'].join('\n');
    const asked = importFile({ name: 'merged.csv', bytes: new TextEncoder().encode(merged), layer: 'facilities', words });
    expect(asked.records.map((r) => (r as unknown as { category: string }).category)).toEqual(['文化', '医疗']);
    expect(errors(asked.issues).map((i) => i.line)).toEqual([4]);
    const m = importFile({ name: 'merged.csv', bytes: new TextEncoder().encode(merged), layer: 'facilities', words, fillDown: true });
    expect(m.records.map((r) => (r as unknown as { category: string }).category)).toEqual(['文化', '医疗', '文化']);
  });
  it('reads an English word whole and keeps what is no facility out (review 19: cultural in Agricultural Bank, market in Marketing)', () => {
    const cell = (types: string[]) => {
      const csv = ['Name,Type,Coordinates', ...types.map((t, i) => `P${i},${t},"121.518,31.083"`)].join('\n');
      const res = importFile({ name: 'en.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', words });
      const rows = res.records as unknown as { name: string; category: string }[];
      return types.map((_, i) => rows.find((r) => r.name === `P${i}`)?.category ?? '—');
    };
    const refused = ['Agricultural Bank', 'Marketing Agency', 'Subway Restaurant', 'pet hospital', 'Veterinary Hospital', 'Pet Clinic', 'Park Hotel', 'Garden Hotel', 'Beer Garden', 'Park and Ride', 'skatepark'];
    expect(cell(refused)).toEqual(refused.map(() => '—'));
    expect(cell(['Qibao Hospitals', 'Minhang Gymnasium', 'Health Food Store', 'METRO Cash & Carry', 'Xinzhuang Market', 'Jiangchuan Cinema', 'Senior High School'])).toEqual(['医疗', '体育', '商业', '商业', '商业', '文化', '教育']);
  });
  it('reads the other ways a station list writes its status and services (已建成, 试运营, 检测/认证)', () => {
    const csv = '名称,经度,纬度,运营状态,服务内容\n甲,121.38,31.11,已建成,计量（校准/检定）\n乙,121.38,31.11,试运营,检测/认证\n丙,121.38,31.11,筹建中,检测 认证';
    const res = importFile({ name: '梅陇镇驿站.csv', bytes: new TextEncoder().encode(csv), layer: 'stations', words });
    const rows = res.records as unknown as { status: string; services: string[] }[];
    // a slash inside brackets does not split (计量（校准/检定） is 计量); spaces split when the whole is no value
    expect(rows.map((r) => [r.status, r.services])).toEqual([['在运营', ['计量']], ['在运营', ['检验检测', '认证']], ['筹建', ['检验检测', '认证']]]);
    expect(errors(res.issues)).toEqual([]);
  });
  it('skips a title line above the header and names blank or repeated header cells (as Excel writes them)', () => {
    const csv = '闵行区医疗设施名录（2024年）,,,,,\n名称,经度,纬度,类别,备注,备注\n甲,121.38,31.11,医疗,a,b\n,,,,,\n乙,121.39,31.12,医疗,,';
    const res = importFile({ name: 'excel.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities' });
    expect(res.headers).toEqual(['名称', '经度', '纬度', '类别', '备注', '备注 (2)']);
    expect(res.records.map((r) => r.name)).toEqual(['甲', '乙']);
    expect(res.issues.map((i) => [i.line, english(i)])).toContainEqual([0, 'line 1 looks like a title and was skipped; the header is line 2']);
    // a blank header cell over values is named by its column; one over nothing (Excel's trailing
    // columns) is dropped, so the report does not list it as left out
    const blank = importFile({ name: 'b.csv', bytes: new TextEncoder().encode('名称,经度,纬度,类别,,,\n甲,121.38,31.11,医疗,,x,\n乙,121.39,31.12,医疗,,,'), layer: 'facilities' });
    expect(blank.headers).toEqual(['名称', '经度', '纬度', '类别', '#6']);
    expect(blank.records).toHaveLength(2);
    // a two-line header: its upper line of groups (基本信息 | 空间位置) is a title, the lower one the header (review 15)
    const grouped = importFile({ name: 'g.csv', bytes: new TextEncoder().encode('基本信息,,,空间位置,,\n设施名称,类别,所属街镇,经度,纬度,备注\n甲,医疗,梅陇镇,121.38,31.11,\n乙,医疗,梅陇镇,121.39,31.12,x'), layer: 'facilities' });
    expect(grouped.headers).toEqual(['设施名称', '类别', '所属街镇', '经度', '纬度', '备注']);
    expect(grouped.records.map((r) => r.name)).toEqual(['甲', '乙']);
    expect(grouped.issues.map((i) => english(i))).toContain('line 1 looks like a title and was skipped; the header is line 2');
    // a sparse header over rows no fuller is the header itself
    const sparse = importFile({ name: 's.csv', bytes: new TextEncoder().encode('名称,经度,纬度,,,,,,\n甲,121.38,31.11,,,,,,\n乙,121.39,31.12,,,,,,'), layer: 'stations' });
    expect(sparse.headers.slice(0, 3)).toEqual(['名称', '经度', '纬度']);
    expect(sparse.stats.rows).toBe(2);
    // a totals line: skipped with one note, not three problems of empty cells
    const totals = importFile({ name: 't.csv', bytes: new TextEncoder().encode('名称,经度,纬度,类别\n甲,121.38,31.11,医疗\n合计,1,,'), layer: 'facilities' });
    expect(totals.records).toHaveLength(1);
    expect(totals.issues.filter((i) => i.line > 0).map((i) => [i.line, i.severity, english(i)])).toEqual([[3, 'warning', 'line 3: a totals row, skipped']]);
    // …and counted as a data row left out, as the spreadsheet shows it (数据行 2 = 可用 1 + 略去 1)
    expect([totals.stats.rows, totals.stats.accepted, totals.stats.rejected]).toEqual([2, 1, 0]);
    // a one-column file keeps its first line as the header
    const one = importFile({ name: 'o.csv', bytes: new TextEncoder().encode('名称\n甲\n乙'), layer: 'facilities' });
    expect(one.headers).toEqual(['名称']);
    expect(one.rejected.map((r) => r.line)).toEqual([2, 3]);
  });
  it("reads a row's 街镇 written as an alias as the official name, and warns about one that is no town, naming the town one character off (review 7, review 13 L6)", () => {
    const towns = [{ name: '浦江镇', alias: '浦江', code: '310112114' }, { name: '七宝镇', alias: '七宝', code: '310112107' }, { name: '梅陇镇', alias: '梅陇', code: '310112103' }];
    const csv = '名称,街镇,经度,纬度,类别\n甲,浦江,121.52,31.06,医疗\n乙,蒲江镇,121.50,31.05,医疗\n丙,,121.35,31.15,医疗\n丁,七宝镇,121.35,31.15,医疗\n戊,火星镇,121.35,31.15,医疗\n己,梅龙,121.42,31.12,医疗';
    const res = importFile({ name: 't.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', towns });
    expect(res.records.map((r) => [r.name, r.town])).toEqual([['甲', '浦江镇'], ['乙', '蒲江镇'], ['丙', ''], ['丁', '七宝镇'], ['戊', '火星镇'], ['己', '梅龙']]);
    expect(res.issues.filter((i) => i.line > 0).map((i) => [i.line, i.severity, i.zh, english(i)])).toEqual([
      [3, 'warning', '第 3 行「街镇」「蒲江镇」不是闵行区街镇名称（是否为浦江镇？），按位置所在街镇显示', "line 3, column '街镇': '蒲江镇' is not a Minhang town name (did you mean 浦江镇?); the town its position lies in is shown"],
      [6, 'warning', '第 6 行「街镇」「火星镇」不是闵行区街镇名称，按位置所在街镇显示', "line 6, column '街镇': '火星镇' is not a Minhang town name; the town its position lies in is shown"],
      [7, 'warning', '第 7 行「街镇」「梅龙」不是闵行区街镇名称（是否为梅陇镇？），按位置所在街镇显示', "line 7, column '街镇': '梅龙' is not a Minhang town name (did you mean 梅陇镇?); the town its position lies in is shown"],
    ]);
  });
  it('says a town name that is no town stays as written where the point lies outside the district (no town area holds it)', () => {
    const towns = [{ name: '浦江镇', alias: '浦江', code: '310112114' }];
    // 121.60, 31.10: across the district's eastern edge, within 5 km (as outside-district.csv's f3)
    const csv = '名称,街镇,经度,纬度,类别\n甲,浦江真,121.60,31.10,医疗\n乙,火星镇,121.60,31.10,医疗';
    const res = importFile({ name: 't.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', towns, district: TEST_DISTRICT });
    expect(res.records.map((r) => [r.name, r.town])).toEqual([['甲', '浦江真'], ['乙', '火星镇']]);
    expect(res.issues.filter((i) => i.line > 0 && i.key !== 'outside').map((i) => [i.line, i.zh, english(i)])).toEqual([
      [2, '第 2 行「街镇」「浦江真」不是闵行区街镇名称（是否为浦江镇？），位置在区界外，街镇按所写显示', "line 2, column '街镇': '浦江真' is not a Minhang town name (did you mean 浦江镇?); the point is outside the district, so the town is shown as written"],
      [3, '第 3 行「街镇」「火星镇」不是闵行区街镇名称，位置在区界外，街镇按所写显示', "line 3, column '街镇': '火星镇' is not a Minhang town name; the point is outside the district, so the town is shown as written"],
    ]);
  });
  it('names both towns when a name is one character off two of them', async () => {
    const { townLike } = await import('../../../src/lib/data/population');
    const towns = [{ name: '七宝镇', alias: '' }, { name: '华漕镇', alias: '' }, { name: '浦江镇', alias: '' }];
    expect(townLike(towns, '浦红镇').map((t) => t.name)).toEqual(['浦江镇']);
    expect(townLike(towns, '某某镇')).toEqual([]);
    expect(townLike([...towns, { name: '浦锦街道', alias: '浦锦镇' }], '浦X镇').map((t) => t.name)).toEqual(['浦江镇', '浦锦街道']);
    expect(townLike(towns, '镇')).toEqual([]);
  });
  it('rejects an unknown facility category', () => {
    const res = importFixture('bad-category.csv', 'facilities');
    expect(res.records.map((r) => r.id)).toEqual(['f1']);
    expect(errors(res.issues).map((i) => [i.line, i.column])).toEqual([[3, 'category']]);
  });
  it('warns about duplicate ids but keeps the rows', () => {
    const res = importFixture('duplicate-ids.csv', 'facilities');
    expect(res.records).toHaveLength(3);
    expect(warnings(res.issues).filter((i) => i.line).map((i) => [i.line, i.column])).toEqual([[4, 'id']]);
  });
  it('imports a row the same as an earlier one in every column read once, naming both lines, and counts it as a data row left out', () => {
    const csv = ['序号,名称,经度,纬度,类别', '1,甲,121.38,31.11,医疗', '2,乙,121.39,31.12,医疗', '3,甲,121.38,31.11,医疗', '4,甲,121.38,31.11,养老', '5,乙,121.39,31.12,医疗'].join('\n');
    const res = importFile({ name: 'x.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities' });
    expect(res.records.map((r) => [r.name, (r as { category?: string }).category])).toEqual([['甲', '医疗'], ['乙', '医疗'], ['甲', '养老']]);
    expect(warnings(res.issues).filter((i) => i.key === 'sameRow').map((i) => [i.line, reason(i)])).toEqual([
      [4, '第 4 行与第 2 行完全相同，已略去 / line 4: the same as line 2: left out'],
      [6, '第 6 行与第 3 行完全相同，已略去 / line 6: the same as line 3: left out'],
    ]);
    // every row the spreadsheet shows is a data row (数据行 5 = 可用 3 + 无法使用 0 + 略去 2), not 3
    expect([res.stats.rows, res.stats.accepted, res.stats.rejected]).toEqual([5, 3, 0]);
    // a rejected row's copy is reported as the row is, not as imported
    const bad = importFile({ name: 'x.csv', bytes: new TextEncoder().encode(['名称,经度,纬度,类别', '甲,abc,31.11,医疗', '甲,abc,31.11,医疗'].join('\n')), layer: 'facilities' });
    expect(bad.stats.rejected).toBe(2);
  });
  it('warns about the same name within 50 m only', () => {
    const res = importFixture('near-duplicates.csv', 'facilities');
    expect(res.records).toHaveLength(4);
    const w = warnings(res.issues).filter((i) => i.line);
    expect(w.map((i) => i.line)).toEqual([3]);
    expect(reason(w[0])).toContain('line 2');
  });
});

describe('degenerate files', () => {
  it('empty file → one file-level error, no records', () => {
    const res = importFixture('empty.csv', 'facilities');
    expect(res.records).toEqual([]);
    expect(errors(res.issues).map((i) => i.line)).toEqual([0]);
  });
  it('header-only file → warning, no records', () => {
    const res = importFixture('header-only.csv', 'facilities');
    expect(res.records).toEqual([]);
    expect(res.headers).toEqual(['name', 'lng', 'lat', 'category']);
    expect(errors(res.issues)).toEqual([]);
    expect(warnings(res.issues)).toHaveLength(1);
  });
  it('one-column file → missing columns, every row rejected', () => {
    const res = importFixture('one-column.csv', 'facilities');
    expect(res.records).toEqual([]);
    expect(res.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(reason(errors(res.issues)[0])).toMatch(/missing required column\(s\): lng, lat, category/);
  });
  it('a PNG renamed .csv throws ImportError naming the file type', () => {
    expect(() => importFixture('binary-png.csv', 'facilities')).toThrow(ImportError);
    expect(() => importFixture('binary-png.csv', 'facilities')).toThrow(/PNG/);
  });
});

describe('coordinates in one column', () => {
  it('finds a 经纬度 column by itself, and the category in 设施大类 beside a 设施类型 it does not know', () => {
    const csv = ['序号,设施名称,设施大类,设施类型,经纬度', '1,莘庄镇便民服务站,政务,便民服务站,"121.385,31.111"', '2,春申路站,交通,轨交站,"121.392,31.102"'].join('\n');
    const res = importFile({ name: '设施.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities' });
    expect(res.records.map((r) => [r.name, r.lng, r.lat, (r as { category?: string }).category, (r as { subtype?: string }).subtype])).toEqual([
      ['莘庄镇便民服务站', 121.385, 31.111, '政务', '便民服务站'],
      ['春申路站', 121.392, 31.102, '交通', '轨交站'],
    ]);
    expect(res.issues.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('reads 坐标 "121.35,31.03" (full-width, space, latitude first too) for both fields, reporting a bad cell once', () => {
    const csv = ['名称,坐标,类别', '甲,"121.352,31.030",医疗', '乙,１２１．３７５，３１．１１２,医疗', '丙,121.376 31.084,医疗', '丁,"31.061, 121.523",医疗', '戊,北京,医疗', '己,121.37、31.15,医疗'].join('\n');
    const res = importFile({ name: '企业名录.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities', mapping: { name: '名称', lng: '坐标', lat: '坐标', category: '类别' } });
    expect(res.records.slice(0, 3).map((r) => [r.name, r.lng, r.lat])).toEqual([['甲', 121.352, 31.03], ['乙', 121.375, 31.112], ['丙', 121.376, 31.084]]);
    // an enumeration comma between them too (review 16: 无法解析)
    expect(res.records.find((r) => r.name === '己')).toMatchObject({ lng: 121.37, lat: 31.15 });
    // latitude first is the usual swap, not a point somewhere else
    expect(res.issues.some((x) => /swapped/.test(reason(x)))).toBe(true);
    const bad = res.issues.filter((x) => x.line === 6);
    expect(bad).toHaveLength(1);
    expect(reason(bad[0])).toContain('北京');
  });
});
