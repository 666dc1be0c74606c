// Population through the import job, the browser store, the merged pack and the exports,
// on the synthetic population-* fixtures.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openUserStore, USER_LAYERS } from '../../../src/lib/io/user-store';
import { mergePack } from '../../../src/lib/io/user-merge';
import { outcomeToEntries, populationCsv, layerGeoJson } from '../../../src/lib/io/user-entries';
import { importPopulation } from '../../../src/lib/data/population-import';
import { parseTownsCsv } from '../../../src/lib/data/load';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { fixtureBuffer, runJob } from './helpers';

const TOWNS = parseTownsCsv(readFileSync(fileURLToPath(new URL('../../../data/towns.csv', import.meta.url)), 'utf8')).records.map((t) => ({ name: t.name, alias: t.alias, code: t.code }));

const embedded: DataPack = {
  towns: [], stations: [], institutions: [], enterprises: [], facilities: [], categoryTotals: [], crossings: [],
  outline: { type: 'FeatureCollection', features: [] }, boundaries: { type: 'FeatureCollection', features: [] },
  barriers: { type: 'FeatureCollection', features: [] }, files: [{ file: 'towns.csv', rows: 14, issues: [], sources: [] }],
};

describe('population import job → store → pack', () => {
  const { out } = runJob({ name: 'population-towns.csv', bytes: fixtureBuffer('population-towns.csv'), layer: 'population', towns: TOWNS });

  it('is a user layer; the job reads the shape, rows and rejected lines', () => {
    expect(USER_LAYERS).toContain('population');
    expect(out.populationShape).toBe('towns');
    expect(out.population?.rows).toHaveLength(4);
    expect(out.rejected.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    expect(out.stats).toMatchObject({ rows: 8, accepted: 4, rejected: 4 });
    expect(out.preview.headers).toEqual(['街镇', '常住人口', '年份', '来源']);
    expect(out.records).toEqual([]);
  });

  it('one store entry keyed population; saved, listed, merged into pack.population and 数据说明, deleted', async () => {
    const entries = outcomeToEntries(out, 'replace', new Date('2026-01-01T00:00:00Z'));
    expect(entries.map((e) => e.key)).toEqual(['population']);
    const store = await openUserStore(new IDBFactory());
    await store.save(entries);
    const listed = await store.list();
    expect(listed[0].population).toEqual(out.population);

    const pack = mergePack(embedded, listed);
    expect(pack.population?.fileName).toBe('population-towns.csv');
    expect(pack.population?.data).toEqual(out.population);
    const file = pack.files.find((f) => /population/.test(f.file));
    expect(file).toMatchObject({ rows: 4 });
    expect(file?.sources).toEqual(['population-towns.csv', '合成测试数据（非真实人口）']);
    expect(embedded.population).toBeUndefined();

    await store.remove('population');
    expect(mergePack(embedded, await store.list()).population).toBeUndefined();
  });

  it('the exported CSV re-imports to the same data (towns)', () => {
    const pack = mergePack(embedded, outcomeToEntries(out, 'replace'));
    const csv = populationCsv(pack);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFtown,population,year,source');
    const back = importPopulation({ name: 'population.csv', bytes: new TextEncoder().encode(csv), towns: TOWNS });
    expect(back.data).toEqual(pack.population?.data);
  });

  it('points: CSV and GeoJSON exports re-import to the same data', () => {
    const job = runJob({ name: 'population-points.csv', bytes: fixtureBuffer('population-points.csv'), layer: 'population', towns: TOWNS }).out;
    expect(job.populationShape).toBe('points');
    const pack = mergePack(embedded, outcomeToEntries(job, 'replace'));
    const csv = importPopulation({ name: 'p.csv', bytes: new TextEncoder().encode(populationCsv(pack)) });
    expect(csv.data).toEqual(pack.population?.data);
    const gj = importPopulation({ name: 'p.geojson', bytes: new TextEncoder().encode(layerGeoJson(pack, 'population')) });
    expect(gj.data).toEqual(pack.population?.data);
  });

  it('without population, the CSV export is just the header', () => {
    expect(populationCsv(embedded).trimEnd()).toBe('\uFEFFtown,population,year,source');
  });
});
