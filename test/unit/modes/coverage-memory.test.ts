// The coverage mode's settings kept across reloads (memory.ts): known answers for what is read
// back, and corrupted or older values falling back to the defaults; and the precision note's wording.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../../../src/lib/analysis/coverage/index';
import { bandSettingOf, defaultSettings, followFacilities } from '../../../src/modes/coverage/settings';
import { recallCoverage, restoreCoverage, storeCoverage, type CoverageSaved } from '../../../src/modes/coverage/memory';
import { precisionNote } from '../../../src/modes/coverage/describe';
import { STRINGS } from '../../../src/modes/coverage/strings';

const defaults = (hasBarriers = true): CoverageSaved => ({
  settings: defaultSettings(hasBarriers),
  view: 'composite',
  viewCategory: '医疗',
  hypoCategory: '医疗',
  hypothetical: [],
  sort: { key: 'name', dir: 1 },
  had: {},
});

/** What the planner of finding M2 set: 单一类别 医疗, 10 minutes, a what-if facility in 浦江镇. */
function planned(): CoverageSaved {
  const d = defaults();
  d.settings.bands.医疗 = { ...d.settings.bands.医疗, minutes: 10 };
  d.settings.bands.养老 = { kind: 'time', minutes: 12, metres: 800, mode: 'bike', speedKmh: 13 };
  d.settings.selected.体育 = false;
  d.settings.detour = 1.5;
  d.settings.distanceMode = 'straight';
  d.settings.includePlanned = true;
  return {
    ...d,
    view: 'category',
    viewCategory: '医疗',
    hypoCategory: '养老',
    hypothetical: [{ id: 'hypothetical-1-1', lng: 121.51, lat: 31.07, category: '医疗' }],
    sort: { key: 'cat:医疗', dir: -1 },
    had: { 医疗: true, 养老: false },
  };
}

describe('coverage settings kept across reloads', () => {
  it('reads back what was saved, every field', () => {
    const p = planned();
    expect(restoreCoverage(JSON.stringify(p), defaults())).toEqual(p);
    expect(restoreCoverage(JSON.stringify(p), defaults()).settings.bands.医疗).toEqual({ kind: 'time', minutes: 10, metres: 1000, mode: 'walk', speedKmh: 4 });
  });

  it('gives the defaults when nothing was saved, storage is unreadable or the value is corrupted', () => {
    const d = defaults();
    for (const raw of [null, undefined, '', '{"view":', 'not json', 'null', '42', '"composite"', '[1,2]']) {
      expect(restoreCoverage(raw, d), String(raw)).toEqual(d);
    }
  });

  it('replaces each unusable field by its default and keeps the usable ones', () => {
    const d = defaults();
    const raw = JSON.stringify({
      settings: {
        selected: { 医疗: false, 养老: 'yes' },
        bands: {
          医疗: { kind: 'time', minutes: 10, metres: 1000, mode: 'walk', speedKmh: 4 },
          养老: { kind: 'hours', minutes: 10, metres: 1000, mode: 'walk', speedKmh: 4 },
          教育: { kind: 'distance', metres: '500' },
          体育: { kind: 'time', minutes: null, metres: 1000, mode: 'walk', speedKmh: 4 },
          商业: { kind: 'time', minutes: 10, metres: 1000, mode: 'car', speedKmh: 30 },
        },
        detour: 'x',
        distanceMode: 'teleport',
        includePlanned: 1,
      },
      view: 'heatmap',
      viewCategory: '火星',
      hypoCategory: '养老',
      hypothetical: [
        { id: 'a', lng: 121.4, lat: 31.1, category: '医疗' },
        { id: 'b', lng: '121.4', lat: 31.1, category: '医疗' },
        { id: 'c', lng: 121.4, lat: 31.1, category: '火星' },
        null,
        { lng: 121.4, lat: 31.1, category: '医疗' },
      ],
      sort: { key: 'gap', dir: 2 },
    });
    const r = restoreCoverage(raw, d);
    expect(r.settings.selected).toEqual({ ...d.settings.selected, 医疗: false });
    expect(r.settings.bands.医疗.minutes).toBe(10);
    for (const c of ['养老', '教育', '体育', '商业'] as const) expect(r.settings.bands[c], c).toEqual(bandSettingOf(DEFAULT_BANDS[c]));
    expect(r.settings.detour).toBe(d.settings.detour);
    expect(r.settings.distanceMode).toBe('barrier');
    expect(r.settings.includePlanned).toBe(false);
    expect([r.view, r.viewCategory, r.hypoCategory]).toEqual(['composite', '医疗', '养老']);
    expect(r.hypothetical).toEqual([{ id: 'a', lng: 121.4, lat: 31.1, category: '医疗' }]);
    expect(r.sort).toEqual({ key: 'name', dir: 1 });
  });

  it('an older value without some fields keeps the defaults for them', () => {
    const d = defaults();
    const r = restoreCoverage(JSON.stringify({ view: 'gaps', settings: { detour: 1.2 } }), d);
    expect(r).toEqual({ ...d, view: 'gaps', settings: { ...d.settings, detour: 1.2 } });
  });

  it('never gives the barrier model on data without barriers', () => {
    const p = planned();
    p.settings.distanceMode = 'barrier';
    expect(restoreCoverage(JSON.stringify(p), defaults(false)).settings.distanceMode).toBe('straight');
    expect(restoreCoverage(JSON.stringify(p), defaults(true)).settings.distanceMode).toBe('barrier');
  });

  describe('in localStorage', () => {
    const store = new Map<string, string>();
    const original = globalThis.localStorage;
    afterEach(() => {
      Object.defineProperty(globalThis, 'localStorage', { value: original, configurable: true });
      store.clear();
    });
    it('stores and recalls through prefs.ts', () => {
      Object.defineProperty(globalThis, 'localStorage', {
        value: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
        configurable: true,
      });
      expect(recallCoverage(defaults())).toEqual(defaults());
      storeCoverage(planned());
      expect([...store.keys()]).toEqual(['zhihui.coverage']);
      expect(recallCoverage(defaults())).toEqual(planned());
      store.set('zhihui.coverage', '{"settings":{"bands":{"医疗":');
      expect(recallCoverage(defaults())).toEqual(defaults());
    });
  });
});

describe('the precision note', () => {
  it('says 全部 / all when every facility counted is non-exact, 部分 / some otherwise', () => {
    expect(precisionNote(STRINGS.zh, { approximate: 121, total: 121 })).toMatch(/^全部设施位置为约略/);
    expect(precisionNote(STRINGS.zh, { approximate: 120, total: 121 })).toMatch(/^部分设施位置为约略/);
    expect(precisionNote(STRINGS.en, { approximate: 121, total: 121 })).toMatch(/^All facility positions/);
    expect(precisionNote(STRINGS.en, { approximate: 3, total: 121 })).toMatch(/^Some facility positions/);
  });
});

describe('the categories analysed follow the facilities imported and deleted (review 21)', () => {
  it('selects a category whose first facilities came, unselects one left with none, keeps the planner\'s other choices', () => {
    const counts = { 医疗: 12, 体育: 3, 质汇驿站: 18 };
    const selected = defaultSettings(true, counts).selected;
    expect([selected.医疗, selected.养老, selected.体育]).toEqual([true, false, true]);
    // first seen: nothing changes, what each has is taken
    let had = followFacilities(selected, {}, counts);
    expect(had).toMatchObject({ 医疗: true, 养老: false, 体育: true });
    selected.体育 = false; // unticked by the planner
    // a 养老 file imported: ticked; 体育 stays as the planner left it
    had = followFacilities(selected, had, { ...counts, 养老: 2496 });
    expect([selected.养老, selected.体育, selected.医疗]).toEqual([true, false, true]);
    // the file deleted: 养老 unticked again (an empty category made every place a gap)
    had = followFacilities(selected, had, counts);
    expect([selected.养老, had.养老]).toEqual([false, false]);
  });

  it('keeps what had facilities with the settings, and reads back only true or false per category', () => {
    const raw = JSON.stringify({ ...defaults(), had: { 医疗: true, 养老: false, 体育: 'yes', 火星: true } });
    expect(restoreCoverage(raw, defaults()).had).toEqual({ 医疗: true, 养老: false });
    // saved before it was kept: nothing known, so nothing is changed on the first look
    expect(restoreCoverage(JSON.stringify({ view: 'gaps' }), defaults()).had).toEqual({});
  });
});
