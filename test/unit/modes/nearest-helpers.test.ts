import { describe, expect, it } from 'vitest';
import { readNearestUrl, writeNearestUrl } from '../../../src/modes/nearest/query-url';
import { linkPoint, originPlace, parseCoordInput } from '../../../src/modes/nearest/coord-input';
import { districtBounds } from '../../../src/lib/data/coords';
import { readFileSync } from 'node:fs';
import { searchPlaces, type Place } from '../../../src/modes/nearest/place-search';
import { pinyinTable } from '../../../src/modes/nearest/pinyin';
import placePinyin from '../../../data/place-pinyin.json';
import { formatDistance, formatMinutes, itemKey, joinRows, resultFeatures, type ResultItem } from '../../../src/modes/nearest/results';
import { toWgs84 } from '../../../src/lib/data/crs';
import { pointNote } from '../../../src/modes/nearest/strings';
import type { NearestRow } from '../../../src/lib/analysis/nearest/index';
import type { InstitutionRecord, StationRecord } from '../../../src/lib/data/schema';

describe('the note after a distance', () => {
  it('says when the point is only the town’s or an unchecked estimate, and nothing for a known place', () => {
    expect(pointNote('zh', 'town')).toBe(' · 按街镇代表点计');
    expect(pointNote('zh', 'estimated')).toBe(' · 估计位置（未核对坐标）');
    expect(pointNote('en', 'estimated')).toBe(' · Estimated (not checked against a source)');
    expect(pointNote('zh', 'approximate')).toBe('');
    expect(pointNote('zh', 'exact')).toBe('');
  });
});

describe('a map site link pasted as coordinates', () => {
  it('takes the point and the site’s coordinate system (a 高德 link was read as WGS-84, ~500 m off)', () => {
    expect(linkPoint('https://uri.amap.com/marker?position=121.4251,31.1082&name=%E9%A9%BF%E7%AB%99')).toEqual({ text: '121.4251,31.1082', crs: 'gcj02' });
    // 百度 writes the latitude first, as it always does: put right here, not a swap to warn about
    const bd = linkPoint('http://api.map.baidu.com/marker?location=31.1082%2C121.4251&title=x&output=html')!;
    expect(bd).toEqual({ text: '121.4251,31.1082', crs: 'bd09' });
    expect(parseCoordInput(bd.text, bd.crs)).toMatchObject({ ok: true, swapped: false });
    expect(linkPoint('121.4251,31.1082')).toBeNull();
    expect(linkPoint('https://example.com/?position=121.4,31.1')).toBeNull();
  });
  it('reads 高德 route and address links, 百度 links that name their system, and gives no point for a link without one (review 16)', () => {
    // these were read as WGS-84 from the URL's digits, ~480 m off, with no message
    expect(linkPoint('https://uri.amap.com/navigation?to=121.385,31.105,%E9%A9%BF%E7%AB%993%E5%8F%B7&mode=car')).toEqual({ text: '121.385,31.105', crs: 'gcj02' });
    expect(linkPoint('https://m.amap.com/navi/?dest=121.385,31.105&destName=x&key=1')).toEqual({ text: '121.385,31.105', crs: 'gcj02' });
    expect(linkPoint('https://ditu.amap.com/regeo?lng=121.385&lat=31.105&name=x')).toEqual({ text: '121.385,31.105', crs: 'gcj02' });
    expect(linkPoint('https://www.amap.com/?lnglat=121.385%2C31.105')).toEqual({ text: '121.385,31.105', crs: 'gcj02' });
    // 百度 with coord_type: the system it names (bd09ll is its own)
    expect(linkPoint('http://api.map.baidu.com/marker?location=31.105,121.385&coord_type=gcj02&output=html')).toEqual({ text: '121.385,31.105', crs: 'gcj02' });
    expect(linkPoint('http://api.map.baidu.com/marker?location=31.105,121.385&coord_type=wgs84')).toEqual({ text: '121.385,31.105', crs: 'wgs84' });
    expect(linkPoint('http://api.map.baidu.com/marker?location=31.105,121.385&coord_type=bd09ll')).toEqual({ text: '121.385,31.105', crs: 'bd09' });
    // a short link or a search has no point: none is made up from its digits
    expect(linkPoint('https://surl.amap.com/2Ab3Cd4e')).toEqual({ text: '', crs: 'gcj02' });
    expect(linkPoint('https://map.baidu.com/search/%E9%97%B5%E8%A1%8C/@13512345.6,3634567.8,12z')).toEqual({ text: '', crs: 'bd09' });
    expect(parseCoordInput('', 'gcj02')).toEqual({ ok: false, reason: 'format' });
    expect(linkPoint('https://uri.amap.com/marker?position=%E0%A4%A')).toEqual({ text: '', crs: 'gcj02' });
    // 高德's place link: ?p=<poi id>,lat,lng,name,address (review 21)
    expect(linkPoint('https://www.amap.com/?p=B00155L3CF,31.1110,121.3850,%E8%8E%98%E5%BA%84%E7%AB%99,x')).toEqual({ text: '121.3850,31.1110', crs: 'gcj02' });
  });
});

describe('nearest URL', () => {
  it('round-trips a query and keeps other parameters', () => {
    const q = writeNearestUrl('?lang=en', { at: [121.5245, 31.059], service: '计量', travel: 'bike', speed: 15 });
    expect(q).toContain('lang=en');
    expect(readNearestUrl(q)).toEqual({ at: [121.5245, 31.059], service: '计量', travel: 'bike', speed: 15, planned: false, label: '' });
    // the picked place's name goes with the point, so the recipient knows what it is
    const named = writeNearestUrl('', { at: [121.35, 31.03], service: '计量', travel: 'walk', speed: null, label: '鲸鱼机器人' });
    expect(readNearestUrl(named).label).toBe('鲸鱼机器人');
    expect(writeNearestUrl(named, { ...readNearestUrl(named), at: null })).not.toContain('label');
    // stations being set up, when asked for, go in the link too
    const p = writeNearestUrl(q, { at: [121.5245, 31.059], service: '计量', travel: 'bike', speed: null, planned: true });
    expect(p).toContain('planned=1');
    expect(readNearestUrl(p).planned).toBe(true);
    expect(writeNearestUrl(p, { ...readNearestUrl(p), planned: false })).not.toContain('planned');
    // any service (every station, also those that publish no list)
    expect(readNearestUrl(writeNearestUrl('', { at: null, service: 'any', travel: 'walk', speed: null })).service).toBe('any');
  });
  it('keeps which kinds are listed, and leaves out a town picked in 地图浏览 (review 21)', () => {
    const from = '?town=七宝镇&place=stations:st-qb-guzhen&lang=en';
    const both = writeNearestUrl(from, { at: [121.397478, 31.069099], service: 'any', travel: 'walk', speed: null });
    expect(both).not.toMatch(/town|kinds/);
    // the result whose details are open stays in the link (review 24: a shared link lost it); a change of mode drops it
    expect(both).toContain('place=stations%3Ast-qb-guzhen');
    expect(both).toContain('lang=en');
    expect(readNearestUrl(both)).not.toHaveProperty('stations');
    const only = (stations: boolean, institutions: boolean) => writeNearestUrl('', { at: null, service: 'any', travel: 'walk', speed: null, stations, institutions });
    expect(only(true, false)).toContain('kinds=stations');
    expect(only(false, true)).toContain('kinds=institutions');
    for (const [st, inst] of [[true, false], [false, true], [false, false]]) expect(readNearestUrl(only(st, inst))).toMatchObject({ stations: st, institutions: inst });
  });
  it('converts GCJ-02 and rejects bad values', () => {
    const r = readNearestUrl('?at=121.53,31.06&crs=gcj02&service=xx&travel=fly');
    expect(r.at).toEqual(toWgs84(121.53, 31.06, 'GCJ02'));
    expect(r.service).toBe('检验检测');
    expect(r.travel).toBe('walk');
    expect(readNearestUrl('?at=abc,31').at).toBeNull();
    // kept to be said (review 14 L5: the position was dropped in silence)
    expect(readNearestUrl('?at=abc').badAt).toBe('abc');
    expect(readNearestUrl('?at=121.4,31.1').badAt).toBeUndefined();
    // BD-09 too, as typed coordinates are (a link's crs=bd09 was read as WGS-84: docs audit)
    const bd = readNearestUrl('?at=121.5245,31.059&crs=BD09').at!;
    expect(bd).toEqual(toWgs84(121.5245, 31.059, 'BD09'));
    expect(Math.hypot(bd[0] - 121.5245, bd[1] - 31.059)).toBeGreaterThan(0.005);
  });
  it('reads a point written latitude first the other way round, and says so (it was dropped without a word)', () => {
    expect(readNearestUrl('?at=31.08,121.39')).toMatchObject({ at: [121.39, 31.08], swapped: true });
    expect(readNearestUrl('?at=121.39,31.08').swapped).toBeUndefined();
    expect(readNearestUrl('?at=31.08,200').at).toBeNull();
  });
});

describe('typed coordinates', () => {
  it('reads lng,lat with full-width comma and swaps lat-first input', () => {
    expect(parseCoordInput('121.5，31.06', 'wgs84')).toEqual({ ok: true, lngLat: [121.5, 31.06], swapped: false });
    expect(parseCoordInput('31.06 121.5', 'wgs84')).toEqual({ ok: true, lngLat: [121.5, 31.06], swapped: true });
    expect(parseCoordInput('hello', 'wgs84')).toEqual({ ok: false, reason: 'format' });
    expect(parseCoordInput('10, 10', 'wgs84')).toEqual({ ok: false, reason: 'range' });
  });
  it('reads full-width digits and degrees-minutes-seconds, in either order (review 6: both were refused)', () => {
    expect(parseCoordInput('１２１．３５５１，３１．０２８１', 'wgs84')).toEqual({ ok: true, lngLat: [121.3551, 31.0281], swapped: false });
    const dms = 121 + 21 / 60 + 18 / 3600;
    const lat = 31 + 1 / 60 + 41 / 3600;
    for (const text of ['121°21′18″E 31°1′41″N', '东经121度21分18秒，北纬31度1分41秒', "121°21'18''E, 31°1'41''N", 'E121°21′18″ N31°1′41″']) {
      const r = parseCoordInput(text, 'wgs84');
      expect(r.ok && r.lngLat[0], text).toBeCloseTo(dms, 9);
      expect(r.ok && r.lngLat[1], text).toBeCloseTo(lat, 9);
    }
    // latitude first: a guess to be said, unless the letters say which is which (review 7)
    expect(parseCoordInput('31°1′41″ 121°21′18″', 'wgs84')).toMatchObject({ ok: true, swapped: true });
    expect(parseCoordInput('31°1′41″N 121°21′18″E', 'wgs84')).toMatchObject({ ok: true, swapped: false, lngLat: [expect.closeTo(dms, 9), expect.closeTo(lat, 9)] });
    expect(parseCoordInput('北纬31度1分41秒 东经121度21分18秒', 'wgs84')).toMatchObject({ ok: true, swapped: false });
    expect(parseCoordInput('121°21.3′ 31°1.7′', 'wgs84')).toMatchObject({ ok: true, lngLat: [121.355, expect.closeTo(31.028333, 6)] });
    expect(parseCoordInput('121°75′ 31°1′', 'wgs84')).toEqual({ ok: false, reason: 'format' }); // 75 minutes
  });
  it('converts GCJ-02 to WGS-84', () => {
    const r = parseCoordInput('121.53, 31.06', 'gcj02');
    expect(r.ok && r.lngLat).toEqual(toWgs84(121.53, 31.06, 'GCJ02'));
  });
  it('converts BD-09 (百度 picks) to WGS-84: about 1.1 km from reading it as WGS-84', () => {
    const r = parseCoordInput('121.367124,31.036824', 'bd09');
    expect(r.ok && r.lngLat).toEqual(toWgs84(121.367124, 31.036824, 'BD09'));
    expect(r.ok && Math.abs(r.lngLat[0] - 121.367124)).toBeGreaterThan(0.008);
  });
});

describe('place search', () => {
  const p = (name: string, kind = 'enterprise'): Place => ({ key: name, name, detail: '', lng: 121, lat: 31, kind });
  const places = [p('上海华测品标检测技术有限公司'), p('浦江镇', 'town'), p('浦锦街道', 'town'), p('江川路街道', 'town')];
  const pinyin = pinyinTable(placePinyin.readings);
  it('matches Chinese substrings, full pinyin and initials', () => {
    expect(searchPlaces(places, '浦江', pinyin)[0].name).toBe('浦江镇');
    expect(searchPlaces(places, 'pujiangzhen', pinyin)[0].name).toBe('浦江镇');
    expect(searchPlaces(places, 'pjz', pinyin)[0].name).toBe('浦江镇');
    expect(searchPlaces(places, '华测', pinyin).map((x) => x.name)).toEqual(['上海华测品标检测技术有限公司']);
    expect(searchPlaces(places, 'zzzz', pinyin)).toEqual([]);
  });
  it('falls back to the town a pasted address names, and to nothing when it names none (review: the address was refused)', () => {
    expect(searchPlaces(places, '上海市闵行区浦江镇江月路1000号', pinyin).map((x) => x.name)).toEqual(['浦江镇']);
    expect(searchPlaces(places, '江川路街道沧源路', pinyin).map((x) => x.name)).toEqual(['江川路街道']);
    expect(searchPlaces(places, '上海市闵行区春东路508号', pinyin)).toEqual([]);
    // a name the data lacks, after its town: the town
    expect(searchPlaces(places, '江川路街道华测', pinyin).map((x) => x.name)).toEqual(['江川路街道']);
    expect(searchPlaces(places, '华测', pinyin).map((x) => x.name)).toEqual(['上海华测品标检测技术有限公司']);
  });
  it('reads a pasted address\'s place past 上海市闵行区 (review 23: 上海市闵行区马桥镇 found nothing), and keeps 上海 in a name', () => {
    expect(searchPlaces(places, '上海市闵行区浦江镇', pinyin).map((x) => x.name)).toEqual(['浦江镇']);
    expect(searchPlaces(places, '闵行区 江川路街道', pinyin).map((x) => x.name)).toEqual(['江川路街道']);
    expect(searchPlaces(places, '上海华测', pinyin).map((x) => x.name)).toEqual(['上海华测品标检测技术有限公司']);
    // a name that begins so is still found by it, first when written whole (its code review)
    const named = [...places, p('闵行区吴泾医院', 'facility'), p('上海市质检技术服务集聚区', 'institution'), p('吴泾镇', 'town')];
    expect(searchPlaces(named, '闵行区吴泾医院', pinyin)[0].name).toBe('闵行区吴泾医院');
    expect(searchPlaces(named, '上海市质检', pinyin)[0].name).toBe('上海市质检技术服务集聚区');
    expect(searchPlaces(named, '闵行区', pinyin).map((x) => x.name)).toContain('闵行区吴泾医院');
  });
  it('finds a town by its other names, in characters and pinyin (古美路街道, the white paper\'s name: review 15)', () => {
    const towns: Place[] = [{ key: 'town:古美街道', name: '古美街道', aliases: ['古美路街道', '古美'], detail: '', lng: 0, lat: 0, kind: 'town' }];
    for (const q of ['古美路街道', '古美路', 'gumeilu', 'gumeilujiedao']) expect(searchPlaces(towns, q, pinyin).map((x) => x.name), q).toEqual(['古美街道']);
  });
  it('finds an English name from words not written together (Renji South, Fifth Hospital)', () => {
    const en: Place[] = [
      { key: 'i:1', name: '仁济医院南院', nameEn: 'Renji Hospital South Campus', detail: '', lng: 0, lat: 0, kind: 'institution' },
      { key: 'i:2', name: '上海市第五人民医院', nameEn: "Shanghai Fifth People's Hospital", detail: '', lng: 0, lat: 0, kind: 'institution' },
    ];
    expect(searchPlaces(en, 'Renji South', pinyin).map((x) => x.key)).toEqual(['i:1']);
    expect(searchPlaces(en, 'fifth hospital', pinyin).map((x) => x.key)).toEqual(['i:2']);
    expect(searchPlaces(en, "fifth people's", pinyin).map((x) => x.key)).toEqual(['i:2']);
    expect(searchPlaces(en, 'Renji Fifth', pinyin)).toEqual([]);
  });
  it('ranks a pinyin match at the start of a name above one inside it', () => {
    const two = [p('闵行区莘庄镇'), p('莘庄镇', 'town')];
    expect(searchPlaces(two, 'xzz', pinyin).map((x) => x.name)).toEqual(['莘庄镇', '闵行区莘庄镇']);
  });
  it('finds a place written with its type after the name: 莘庄地铁站 and 莘庄地铁 for the 地铁站 莘庄站 (review 8)', () => {
    const metro = { ...p('莘庄站', 'facility'), type: '地铁站' };
    const list = [p('莘庄镇', 'town'), metro, { ...p('莘庄社区卫生服务中心', 'facility'), type: '社区卫生服务中心' }];
    expect(searchPlaces(list, '莘庄地铁站').map((x) => x.name)).toEqual(['莘庄站']);
    expect(searchPlaces(list, '莘庄地铁').map((x) => x.name)).toEqual(['莘庄站']);
    expect(searchPlaces(list, '七宝地铁站')).toEqual([]);
    const en = [{ ...metro, nameEn: 'Xinzhuang Station' }];
    expect(searchPlaces(en, 'Xinzhuang metro station').map((x) => x.name)).toEqual(['莘庄站']);
    expect(searchPlaces(en, 'xinzhuang subway station').map((x) => x.name)).toEqual(['莘庄站']);
    // the type word alone names no station (every station came, in no order: review 21)
    const two = [...en, { ...metro, name: '七宝站', nameEn: 'Qibao Station' }];
    for (const q of ['metro', 'subway', 'metro station', 'station', 'stations', 'metro stations']) expect(searchPlaces(two, q), q).toEqual([]);
    expect(searchPlaces(two, 'qibao metro').map((x) => x.name)).toEqual(['七宝站']);
  });
  it('finds Chinese before the pinyin table has loaded, and pinyin only with it', () => {
    expect(searchPlaces(places, '浦江')[0].name).toBe('浦江镇');
    expect(searchPlaces(places, 'pjz')).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats distances and minutes', () => {
    expect(formatDistance(846)).toBe('850 m');
    expect(formatDistance(3420)).toBe('3.4 km');
    expect(formatDistance(Infinity)).toBe('—');
    expect(formatMinutes(12.4, 'zh')).toBe('12 分钟');
    expect(formatMinutes(0.2, 'en')).toBe('< 1 min');
    expect(formatMinutes(0, 'zh')).toBe('不到 1 分钟');
    expect(formatMinutes(0.6, 'zh')).toBe('1 分钟');
  });
});

describe('originPlace', () => {
  const outline = JSON.parse(readFileSync('data/district-outline.geojson', 'utf8'));
  const place = (lng: number, lat: number) => originPlace(districtBounds(outline), lng, lat);
  it('tells a point in Minhang, one just outside it and one far away apart', () => {
    expect(place(121.38, 31.11)).toBe('inside'); // 莘庄
    expect(place(121.45, 31.2)).toBe('near'); // 徐汇, across the border
    expect(place(121.62, 31.1)).toBe('near'); // 4.9 km east of the outline
    expect(place(121.4737, 31.2304)).toBe('far'); // 人民广场: inside the box widened by 5 km, 7.5 km from the outline
    expect(place(121.7, 31.1)).toBe('far'); // 浦东, ~11 km east
    expect(place(116.4, 39.9)).toBe('far'); // 北京
  });
});

describe("the results' numbers on the map (review 24: 2 under 3, 6 under 7, unreadable)", () => {
  const item = (rank: number, id: string, lng: number, lat: number) =>
    ({ rank, layer: 'stations', record: { id, lng, lat }, row: { reachable: true, via: [] } }) as unknown as ResultItem;
  it('writes a result within 600 m of a better one with its number (2·3), and each far one alone', () => {
    // 莘庄工业区's station and an institution at its town point, 240 m apart; a third 5 km off
    const items = [item(1, 'a', 121.33, 31.1), item(2, 'st-xzgyq', 121.376189, 31.083639), item(3, 'in-space-metrology', 121.377136, 31.081667), item(4, 'b', 121.43, 31.08)];
    const labels = resultFeatures(null, items, [], null).points.features.map((f) => f.properties?.label);
    expect(labels).toEqual(['1', '2·3', '', '4']);
    // 颛桥镇's station and 石浦's institution, 300 m apart, drew 7 over 6 too; 700 m apart: each its own
    expect(resultFeatures(null, [item(6, 'st-zq', 121.407968, 31.064813), item(7, 'in-shipu', 121.409173, 31.062304)], [], null).points.features.map((f) => f.properties?.label)).toEqual(['6·7', '']);
    const apart = [item(1, 'x', 121.4, 31.1), item(2, 'y', 121.4, 31.1063)];
    expect(resultFeatures(null, apart, [], null).points.features.map((f) => f.properties?.label)).toEqual(['1', '2']);
  });
});

describe('a station and an institution with one id (both files numbered 1, 2 …)', () => {
  it('are two results, each with its own key, and selecting one marks it alone', () => {
    const row = (kind: string) => ({ id: '1', kind, reachable: true, via: [] }) as unknown as NearestRow;
    const station = { id: '1', name: '甲驿站', lng: 121.3505, lat: 31.1605 } as StationRecord;
    const institution = { id: '1', name: '乙计量所', lng: 121.351, lat: 31.161 } as InstitutionRecord;
    const items = joinRows([row('station'), row('institution')], [station], [institution]);
    expect(items.map((it) => it.record.name)).toEqual(['甲驿站', '乙计量所']);
    expect(new Set(items.map((it) => itemKey(it.layer, it.record.id))).size).toBe(2);
    const selected = (key: string) => resultFeatures(null, items, [], key).points.features.map((f) => f.properties?.selected);
    expect(selected(itemKey('institutions', '1'))).toEqual([false, true]);
    expect(selected(itemKey('stations', '1'))).toEqual([true, false]);
  });
});

describe('places known only by the start’s own town', () => {
  it('are marked, and listed in the worker’s order, by the town’s representative point (review: exact-looking minutes)', () => {
    const rec = (id: string, town: string, precision: string) => ({ id, name: id, town, precision, lng: 121.5, lat: 31.06 }) as StationRecord;
    const stations = [rec('a', '浦江镇', 'approximate'), rec('b', '浦江镇', 'town'), rec('c', '吴泾镇', 'town'), rec('d', '浦江镇', 'town'), rec('e', '浦江镇', 'exact')];
    const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'station', reachable: true, via: [] }) as unknown as NearestRow);
    const items = joinRows(rows, stations, [], '浦江镇');
    expect(items.map((it) => [it.rank, it.record.id, it.same])).toEqual([[1, 'a', false], [2, 'b', true], [3, 'c', false], [4, 'd', true], [5, 'e', false]]);
    // from another town, or none: the worker's order, nothing marked
    expect(joinRows(rows, stations, [], '').map((it) => [it.rank, it.record.id, it.same])).toEqual([[1, 'a', false], [2, 'b', false], [3, 'c', false], [4, 'd', false], [5, 'e', false]]);
  });
});
