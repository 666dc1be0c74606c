// A 街镇 written in traditional characters (a file from a Hong Kong or Taiwan partner, or converted
// by an office suite) is read as the town, for population and point files alike: the towns' other
// writings are words of data/value-words.json, as the import mode passes them (planner review).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTownsCsv } from '../../../src/lib/data/load';
import { wordMap } from '../../../src/lib/data/value-word-map';
import { runJob } from './helpers';

const towns = parseTownsCsv(readFileSync('data/towns.csv', 'utf8')).records;
const TOWNS = towns.map((t) => ({ name: t.name, alias: t.alias, code: t.code }));
const words = wordMap(JSON.parse(readFileSync('data/value-words.json', 'utf8')));
const TRADITIONAL = ['吳涇鎮', '莘莊鎮', '顓橋鎮', '華漕鎮', '虹橋鎮', '梅隴鎮', '浦錦街道', '江川路街道', '馬橋鎮', '七寶鎮', '新虹街道', '古美街道', '浦江鎮', '莘莊工業區'];
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer;

describe('town names in traditional characters', () => {
  it('a population file of the 14 towns so written is read town by town, none unknown', () => {
    const { out } = runJob({ name: '人口.csv', layer: 'population', towns: TOWNS, words, bytes: bytes(['街镇,常住人口', ...TRADITIONAL.map((t, i) => `${t},${1000 + i}`)]) });
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.population?.kind).toBe('towns');
    const read = (out.population?.rows ?? []) as { town: string; population: number }[];
    expect(read.map((r) => r.town).sort()).toEqual(towns.map((t) => t.name).sort());
    expect(read.find((r) => r.population === 1000)?.town).toBe('吴泾镇');
    expect(read.find((r) => r.population === 1013)?.town).toBe('莘庄工业区');
  });

  it('a station list\'s 街镇 so written is read as the town, with no unknown-town note', () => {
    const rows = TRADITIONAL.map((t, i) => `测试站${i},${t},${(121.3 + i * 0.01).toFixed(2)},31.1,计量,在运营`);
    const { out } = runJob({ name: '站点.csv', layer: 'stations', towns: TOWNS, words, bytes: bytes(['名称,街镇,经度,纬度,服务内容,状态', ...rows]) });
    expect(out.issues.filter((i) => /^town/.test(i.key ?? ''))).toEqual([]);
    expect(out.records.map((r) => r.town)).toEqual(['吴泾镇', '莘庄镇', '颛桥镇', '华漕镇', '虹桥镇', '梅陇镇', '浦锦街道', '江川路街道', '马桥镇', '七宝镇', '新虹街道', '古美街道', '浦江镇', '莘庄工业区']);
  });

  it('a 街镇 half converted (some characters traditional, some simplified) is read as the town', () => {
    const HALF = ['吴泾鎮', '華漕镇', '莘庄工業區', '梅隴镇', '虹桥鎮', '浦錦街道', '七寶镇'];
    const rows = HALF.map((t, i) => `测试站${i},${t},${(121.3 + i * 0.01).toFixed(2)},31.1,计量,在运营`);
    const { out } = runJob({ name: '站点.csv', layer: 'stations', towns: TOWNS, words, bytes: bytes(['名称,街镇,经度,纬度,服务内容,状态', ...rows]) });
    expect(out.issues.filter((i) => /^town/.test(i.key ?? ''))).toEqual([]);
    expect(out.records.map((r) => r.town)).toEqual(['吴泾镇', '华漕镇', '莘庄工业区', '梅陇镇', '虹桥镇', '浦锦街道', '七宝镇']);
    // a population file too; a word of another length (a nickname) stays one alias, not mixed in
    const pop = runJob({ name: '人口.csv', layer: 'population', towns: TOWNS, words: { ...words, 老吴泾: '吴泾镇' }, bytes: bytes(['街镇,常住人口', '華漕镇,100', '老吴泾,200', '老吳泾,300']) }).out;
    expect(((pop.population?.rows ?? []) as { town: string }[]).map((r) => r.town)).toEqual(['华漕镇', '吴泾镇']);
    expect(pop.issues.filter((i) => i.severity === 'error').map((i) => i.vars?.town)).toEqual(['老吳泾']);
  });

  it('a boundary file\'s names so written are read as the towns', () => {
    const square = (x: number) => [[[x, 31.1], [x + 0.005, 31.1], [x + 0.005, 31.105], [x, 31.1]]];
    const fc = { type: 'FeatureCollection', features: TRADITIONAL.map((name, i) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: square(121.3 + i * 0.01) } })) };
    const { out } = runJob({ name: '边界.geojson', layer: 'boundaries', towns: TOWNS, words, bytes: new TextEncoder().encode(JSON.stringify(fc)).buffer as ArrayBuffer });
    expect(out.issues.filter((i) => i.key === 'boundaryName' || i.key === 'townsWithout')).toEqual([]);
    expect(out.shapes.map((s) => s.properties?.name).sort()).toEqual(towns.map((t) => t.name).sort());
  });
});
