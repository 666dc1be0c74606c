// 生活圈覆盖's state (src/modes/coverage/coverage-state.svelte.ts) on Svelte's client runtime, over the
// embedded pack and the analysis worker's own loop run in-process: the defaults it starts from, what a
// reload gives back, a run superseded by a newer one, and the what-if facilities.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverageState, coverageStateFor } from '../../../src/modes/coverage/coverage-state.svelte';
import { COVERAGE_CATEGORIES } from '../../../src/lib/analysis/coverage/index';
import type { AppState } from '../../../src/lib/state/app.svelte';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { loadEmbeddedPack } from '../../../src/lib/io/pack';
import { inProcessClient, stubFetchFromDisk, stubStorage } from './runes-env';

/** A CoverageState opened on the pack, with empty storage (each test's start). */
async function opened(): Promise<{ p: DataPack; s: CoverageState }> {
  stubStorage();
  const p = await pack();
  const s = new CoverageState();
  s.init(p);
  return { p, s };
}

afterEach(() => vi.unstubAllGlobals());

async function pack(): Promise<DataPack> {
  stubFetchFromDisk();
  return loadEmbeddedPack();
}

/** Only `keep` selected, measured as the crow flies (fast enough for a unit test). */
function only(s: CoverageState, ...keep: string[]) {
  for (const c of COVERAGE_CATEGORIES) s.settings.selected[c] = keep.includes(c);
  s.settings.distanceMode = 'straight';
}

describe('CoverageState', () => {
  it('starts from the defaults for this data: its categories with facilities, the river as a barrier', async () => {
    const { p, s } = await opened();
    expect(s.settings.distanceMode).toBe('barrier');
    // data/facilities.csv has no 养老, and its 教育 and 体育 are two campuses and a stadium, no band's kind
    // (README): those three start unticked, as an empty category would make every place a gap
    expect(COVERAGE_CATEGORIES.filter((c) => s.settings.selected[c])).toEqual(['医疗', '文化', '商业', '公园', '交通', '政务', '质汇驿站']);
    // a second init (the panel opened again) keeps what the planner changed
    s.settings.detour = 1.6;
    s.init(p);
    expect(s.settings.detour).toBe(1.6);
  });

  it('what the planner set comes back after a reload (view, settings, what-if facilities, table order)', async () => {
    const { p, s } = await opened();
    only(s, '医疗', '养老');
    s.settings.bands['养老'].minutes = 12;
    s.view = 'gaps';
    s.hypoCategory = '养老';
    s.addHypothetical(121.38, 31.11);
    s.sort = { key: '医疗', dir: -1 };
    s.save();
    const again = new CoverageState();
    again.init(p);
    expect(again.settings).toEqual(s.settings);
    expect([again.view, again.hypoCategory, again.sort]).toEqual(['gaps', '养老', { key: '医疗', dir: -1 }]);
    expect(again.hypothetical).toEqual([{ id: s.hypothetical[0].id, lng: 121.38, lat: 31.11, category: '养老' }]);
  });

  it('runs in the worker; of two runs in a row only the newer one\'s result is shown', async () => {
    const { p, s } = await opened();
    const client = inProcessClient();
    only(s, '医疗');
    const first = s.run(client, p, {});
    only(s, '医疗', '公园');
    const second = s.run(client, p, {});
    expect(s.running).toBe(true);
    await Promise.all([first, second]);
    expect(s.running).toBe(false);
    expect(s.error).toBeNull();
    expect(s.runs).toBe(1);
    expect(s.result!.categories.map((c) => c.category).sort()).toEqual(['公园', '医疗']);
    expect(s.progress).toMatchObject({ done: 2, total: 2 });
    // the last row is the whole district
    expect(s.result!.towns.at(-1)!.name).toBe('全区');
    // everything unticked while a run is still going: no result, and the one that arrives is not shown
    only(s, '医疗');
    const going = s.run(client, p, {});
    only(s);
    await s.run(client, p, {});
    expect([s.result, s.running]).toEqual([null, false]);
    await going;
    expect([s.result, s.running, s.runs]).toEqual([null, false, 1]);
  });

  it('a what-if facility in 浦江镇 adds 医疗 coverage there; without one there is no what-if', async () => {
    const { p, s } = await opened();
    const client = inProcessClient();
    only(s, '医疗');
    await s.runWhatIf(client, p, {});
    expect(s.whatIf).toBeNull();
    s.hypoCategory = '医疗';
    s.addHypothetical(121.5, 31.03); // south of 浦江镇's centre
    s.addHypothetical(121.5, 31.035);
    expect(s.hypothetical.map((h) => [h.id.split('-').slice(0, 2).join('-'), h.category])).toEqual([['hypothetical-1', '医疗'], ['hypothetical-2', '医疗']]);
    await s.runWhatIf(client, p, {});
    expect(s.whatIfRunning).toBe(false);
    const row = s.whatIf!.rows.find((r) => r.town === '浦江镇' && r.category === '医疗')!;
    expect(row.gainKm2).toBeGreaterThan(0);
    expect(row.afterKm2).toBeCloseTo(row.beforeKm2 + row.gainKm2, 6);
  });

  it('one state per app instance', () => {
    const app = {} as AppState;
    expect(coverageStateFor(app)).toBe(coverageStateFor(app));
    expect(coverageStateFor({} as AppState)).not.toBe(coverageStateFor(app));
  });
});
