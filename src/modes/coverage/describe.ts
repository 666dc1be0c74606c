// The coverage settings as a planner reads them: a band ("15 分钟 步行 4 km/h", "500 米") and the
// whole run (every band, the distance model), written into the exported table.
import { bandMode, bandSpeedKmh, DEFAULT_DETOUR, type Band, type TravelMode } from '../../lib/analysis/coverage/index';
import { selectedCategories, toBand, usableDetour, type CoverageSettings } from './settings';
import type { CoverageKey } from './strings';
import { labelled, type Locale } from '../../lib/i18n/messages';

type S = Record<CoverageKey, string>;

export const modeLabel = (s: S, m: TravelMode) => (m === 'walk' ? s.modeWalk : m === 'elderly' ? s.modeElderly : s.modeBike);

/** The precision note: 全部 / all when no facility counted has an exact position, else 部分 / some. */
export const precisionNote = (s: S, a: { approximate: number; total: number }) => (a.approximate < a.total ? s.precisionNote : s.precisionAll);

export function bandText(s: S, b: Band): string {
  return 'metres' in b ? `${b.metres} ${s.metres}` : `${b.minutes} ${s.minutes} ${modeLabel(s, bandMode(b))} ${bandSpeedKmh(b)} ${s.speed}`;
}

/** Every band in use, the distance model, the detour factor and whether planned stations count. */
export function settingsText(s: S, st: CoverageSettings, name: (category: string) => string, locale: Locale): string {
  const bands = selectedCategories(st).map((c) => `${name(c)} ${bandText(s, toBand(c, st.bands[c]))}`);
  const model = st.distanceMode === 'barrier' ? s.barrier : s.straight;
  // in Chinese with Chinese punctuation, as the rest of the CSV's settings cell (review 24: "；" beside "; ")
  return [...bands, labelled(locale, s.distanceModel, model), `${s.detour} ${usableDetour(st.detour) ? st.detour : DEFAULT_DETOUR}`, ...(st.includePlanned ? [s.includePlanned] : [])].join(locale === 'en' ? '; ' : '；');
}
