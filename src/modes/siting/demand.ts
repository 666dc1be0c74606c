// Demand, existing sites and per-group shares for the planner's siting view. Pure.
import type { DemandPoint } from '../../lib/analysis/siting/index';
import { areaTownOf, countedTown } from '../../lib/data/areas';
import { DEFAULT_DETOUR, NOT_IN_BANDS } from '../../lib/analysis/coverage/types';
import type { DataPack } from '../../lib/io/pack-types';
import type { EnterpriseRecord, FacilityRecord } from '../../lib/data/schema';
import { categoryScopes, dataTowns } from '../../lib/analysis/coverage/scopes';

/** "生物医药（基因）产业" → "生物医药产业"-like key: text outside brackets, no spaces. */
function core(s: string): string {
  return s.replace(/[（(][^）)]*[）)]/g, '').replace(/\s+/g, '');
}

/** Whether an enterprise's industry is its town's focus industry (一镇一产业). */
export function isFocusIndustry(enterpriseIndustry: string, townIndustry: string): boolean {
  const a = core(enterpriseIndustry);
  const b = core(townIndustry);
  return a !== '' && b !== '' && (a === b || a.includes(b) || b.includes(a));
}

export interface EnterpriseFilter {
  industry: string | null;
  town: string | null;
  /** weight multiplier for enterprises in their town's focus industry (1 = unweighted) */
  focusWeight: number;
}

export interface DemandSet {
  points: DemandPoint[];
  /** the enterprise of each point, or null for grid cells */
  rows: (EnterpriseRecord | null)[];
}

export function enterpriseDemand(pack: DataPack, f: EnterpriseFilter): DemandSet {
  const townIndustry = new Map(pack.towns.map((t) => [t.name, t.industry]));
  // an enterprise counts in the town it names, else in the one whose area holds it (a list without 街镇)
  const named = new Set(townIndustry.keys());
  const all = pack.enterprises.map((e) => [e, countedTown(named, pack.boundaries, e)] as const);
  const kept = all.filter(([e, town]) => (!f.industry || e.industry === f.industry) && (!f.town || town === f.town));
  const points = kept.map(([e, town]): DemandPoint => {
    const base = Number.isFinite(e.weight) && e.weight > 0 ? e.weight : 1;
    const focus = isFocusIndustry(e.industry, townIndustry.get(town) ?? '');
    return { lng: e.lng, lat: e.lat, town, weight: base * (focus ? f.focusWeight : 1) };
  });
  return { points, rows: kept.map(([e]) => e) };
}

/** Town name of a position from the pack's (approximate) boundaries, '' if outside all. */
export const townAt = (pack: DataPack, lng: number, lat: number): string => areaTownOf(pack.boundaries, lng, lat) ?? '';

/** The towns a facility type has data for, where its rows (the planner's alone) lie in some towns only (生活圈覆盖's rule), else null. */
export const dataScope = (pack: DataPack, shipped: readonly FacilityRecord[], category: string): Set<string> | null =>
  categoryScopes(pack, dataTowns(pack, shipped))[category] ?? null;

/** The demand in these towns only (a facility type of the planner's files for some towns: no gap elsewhere is known). */
export function inTowns(d: DemandSet, towns: ReadonlySet<string>): DemandSet {
  const keep = d.points.map((p) => towns.has(p.town ?? ''));
  return { points: d.points.filter((_, i) => keep[i]), rows: d.rows.filter((_, i) => keep[i]) };
}

/**
 * The demand grid's spacing for a reach (route metres): about a quarter of the straight-line radius, 200–500 m.
 * At 500 m a 769 m reach's disc held up to 9 points (2.25 km² against its 1.86) and the solver picks such discs:
 * each site's gain read ~20 % high (independent check).
 */
export const demandSpacing = (radius: number, detour = DEFAULT_DETOUR) => Math.max(200, Math.min(500, Math.round(radius / detour / 200) * 50));

/** What is being sited: 质汇驿站 (optionally those offering a service) or facilities of a category/subtype. */
export type Subject = { kind: 'stations'; service: string | null; operatingOnly: boolean } | { kind: 'facilities'; category: string; subtype: string | null };

export function existingOf(pack: DataPack, s: Subject): { id: string; name: string; lng: number; lat: number; precision: string }[] {
  if (s.kind === 'stations') {
    return pack.stations.filter((r) => (!s.service || (r.services as string[]).includes(s.service)) && (!s.operatingOnly || r.status === '在运营'));
  }
  return pack.facilities.filter((r) => r.category === s.category && (s.subtype ? r.subtype === s.subtype : !NOT_IN_BANDS.has(r.subtype)));
}

export interface GroupShare {
  group: string;
  count: number;
  total: number;
  before: number;
  after: number;
}

/** Weighted shares covered before / after per group (e.g. industry), largest group first. */
export function groupShares(
  keys: readonly string[], weights: readonly number[], before: ArrayLike<number>, after: ArrayLike<number>,
): GroupShare[] {
  const m = new Map<string, { count: number; total: number; b: number; a: number }>();
  keys.forEach((k, i) => {
    const g = m.get(k) ?? { count: 0, total: 0, b: 0, a: 0 };
    g.count++;
    g.total += weights[i];
    if (before[i]) g.b += weights[i];
    if (after[i]) g.a += weights[i];
    m.set(k, g);
  });
  return [...m.entries()]
    .map(([group, g]) => ({ group, count: g.count, total: g.total, before: g.total ? g.b / g.total : 0, after: g.total ? g.a / g.total : 0 }))
    .sort((x, y) => y.total - x.total || x.group.localeCompare(y.group));
}
