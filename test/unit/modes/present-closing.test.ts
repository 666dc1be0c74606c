// The closing slide's card: its map draws the enterprises (rings where only the town is known) over
// the stations, and its key says what they are, in both languages.
import { describe, expect, it } from 'vitest';
import { slideCard, type Swatch } from '../../../src/modes/present/slides';
import type { CoverageSummary } from '../../../src/modes/present/coverage-summary';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { parseTownsCsv } from '../../../src/lib/data/load';
import { ENTERPRISE_COLOUR, STATION_COLOUR } from '../../../src/lib/map/palette';
import { precisionLook } from '../../../src/lib/map/circle-look';
import { embeddedLayers, readData } from '../embedded-layers';

const pack = { ...embeddedLayers(), towns: parseTownsCsv(readData('towns.csv')).records } as unknown as DataPack;
const cov: CoverageSummary = { towns: [], operating: 17, planned: 1, townsWithStation: 14, enterprises: 72, reached: 72, speedKmh: 13, detour: 1.3, metres: 3250 };

const key = (locale: 'zh' | 'en'): Swatch[] =>
  slideCard(pack, { kind: 'closing' }, cov, locale).sections.flatMap((s) => (s.block.kind === 'swatches' ? s.block.items : []));

describe('the closing slide’s key', () => {
  it('explains the enterprise rings the closing map draws, and the stations', () => {
    const items = key('zh');
    // drawn as the map draws a town-precision point, which most stations are too (15 of 18): a ring
    // in the layer's colour, and the note says so of both (the station was a filled dot; code review 17)
    expect(precisionLook(ENTERPRISE_COLOUR, 'town')._stroke).toBe(ENTERPRISE_COLOUR);
    expect(precisionLook(STATION_COLOUR, 'town')._stroke).toBe(STATION_COLOUR);
    expect(pack.stations.filter((s) => s.precision === 'town').length * 2).toBeGreaterThan(pack.stations.length);
    expect(items).toEqual([
      { colour: STATION_COLOUR, ring: true, label: '质汇驿站' },
      { colour: ENTERPRISE_COLOUR, ring: true, label: '重点企业 / 园区', sub: '空心圈（驿站、企业）：位置为街镇代表点' },
    ]);
  });

  it('says the same in English', () => {
    const items = key('en');
    expect(items.map((i) => [i.label, i.sub])).toEqual([
      ['NQI stations (质汇驿站)', undefined],
      ['Key enterprises / parks', 'hollow ring (station or enterprise): only the town is known'],
    ]);
  });
});

describe('the overview’s key', () => {
  it('names an industry in full where its short name is another town’s industry too (review 24: two colours, one name)', () => {
    const [towns] = slideCard(pack, { kind: 'overview' }, null, 'zh').sections.map((s) => (s.block.kind === 'swatches' ? s.block.items : []));
    const sub = (town: string) => towns.find((t) => t.label === town)?.sub;
    expect([sub('浦江镇'), sub('华漕镇'), sub('新虹街道'), sub('梅陇镇')]).toEqual(['生物医药（基因）产业', '生物医药产业', '食品产业（研发、贸易、连锁餐饮总部）', '食品产业（“食尚梅陇”）']);
    expect(sub('马桥镇')).toBe('人工智能产业');
    expect(new Set(towns.map((t) => t.sub)).size).toBe(towns.length);
    const [en] = slideCard(pack, { kind: 'overview' }, null, 'en').sections.map((s) => (s.block.kind === 'swatches' ? s.block.items : []));
    expect(new Set(en.map((t) => t.sub)).size).toBe(en.length);
  });

  it('keys the stations as the rings most of them are on its map, and says what a ring means (review 24: a solid dot)', () => {
    const [, stations] = slideCard(pack, { kind: 'overview' }, null, 'zh').sections.map((s) => (s.block.kind === 'swatches' ? s.block.items : []));
    expect(stations).toEqual([{ colour: STATION_COLOUR, ring: true, label: '质汇驿站：18 个', sub: '17 在运营 · 1 筹建 · 空心圈：仅知街镇' }]);
  });
});

describe('a town card’s stations', () => {
  const services = (town: string, locale: 'zh' | 'en' = 'zh') =>
    slideCard(pack, { kind: 'town', town }, null, locale).sections.flatMap((s) => (s.block.kind === 'stations' ? s.block.items.map((i) => i.services) : []));
  it("say when their pin stands for the town, not the station (review 24: read as the station's spot)", () => {
    expect(services('浦江镇')).toEqual(['服务清单未公布 · 位置为街镇代表点']);
    expect(services('浦江镇', 'en')).toEqual(["services not published · placed at the town's representative point"]);
    // 七宝's is placed at the old town from memory: it says so, not that it is the town's point
    expect(services('七宝镇')).toEqual(['标准、品牌 · 估计位置（未核对坐标）']);
    expect(services('七宝镇', 'en')).toEqual([expect.stringMatching(/ · Estimated \(not checked against a source\)$/)]);
    // 虹桥镇's two at known places (approximate) have no note; its third is town-level
    expect(services('虹桥镇').filter((x) => !x.includes(' · '))).toHaveLength(2);
  });

  const names = (locale: 'zh' | 'en') =>
    slideCard(pack, { kind: 'town', town: '古美街道' }, null, locale).sections.flatMap((s) => (s.block.kind === 'stations' ? s.block.items.map((i) => i.name) : []));
  it('say a station being set up is so, once, in either language (review 21: only a paler bar said it)', () => {
    expect(names('zh')).toEqual(['古美城市家具创意设计产业园区线下站点', '“一号具谷”质量基础设施一站式服务线下站点（筹建）']);
    // (its English name says it already)
    expect(names('en')).toEqual(['Gumei urban-furniture design park station', 'No.1 Jugu station (planned)']);
  });
});

describe('a town card’s figures', () => {
  const rows = (town: string, locale: 'zh' | 'en') =>
    slideCard(pack, { kind: 'town', town }, null, locale).sections.flatMap((s) => (s.block.kind === 'kv' ? s.block.rows.map((r) => r.value + (r.note ?? '')) : []));
  const compared = (town: string, locale: 'zh' | 'en') => slideCard(pack, { kind: 'town', town }, null, locale).sections.find((s) => s.block.kind === 'bars')?.title;
  it('read in Chinese as the details write them: 390余家（2024年）, not "390余 家 (2024)"', () => {
    expect(rows('浦江镇', 'zh')).toEqual(['390余家（2024年）', '64家（2024年）', '78亿元（2024年）', '22.9%（2024年）', '160余家（2024年）', '27项（2024年）']);
    expect(rows('浦锦街道', 'zh')).toContain('187.5%（2023—2024年）');
    expect(compared('浦江镇', 'zh')).toBe('同口径对比：规上生物医药企业（家，2024年）');
  });

  it('keep the English as it was: a no-break space before the unit, the year in ASCII brackets after a space', () => {
    expect(rows('浦江镇', 'en')).toEqual(['390+ (2024)', '64 (2024)', '7.8\u00a0bn\u00a0yuan (2024)', '22.9\u00a0% (2024)', '160+ (2024)', '27 (2024)']);
    expect(rows('浦锦街道', 'en')).toContain('187.5\u00a0% (2023-2024)');
    expect(compared('浦江镇', 'en')).toBe('Same measure, other towns: Biopharmaceutical companies above designated size (2024)');
  });
});
