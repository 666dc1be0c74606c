// Which towns a facility type has data for, where not all of them: 生活圈覆盖 leaves the others out of its
// gaps and 驿站选址 sites in those towns alone. Pure: no DOM or map.
import { countedTown } from '../../data/areas.ts';
import type { DataPack } from '../../io/pack-types.ts';
import type { FacilityRecord } from '../../data/schema.ts';
import type { FacilityPoint } from './types.ts';

/**
 * The towns a category has data for, where that is not all of them: a category of the planner's files
 * alone (the embedded rows of it replaced, or none shipped) whose rows lie in some towns only. A 马桥镇
 * list of 养老 says nothing of the other 13 towns, where it read as 0 % (review 23).
 */
export function categoryScopes(pack: Pick<DataPack, 'towns' | 'boundaries'>, towns: DataTowns, whatIf: readonly FacilityPoint[] = []): Record<string, Set<string>> {
  const named = new Set(pack.towns.map((t) => t.name));
  const out: Record<string, Set<string>> = {};
  for (const c in towns) if (towns[c]) out[c] = new Set(towns[c]);
  // (a what-if facility gives its town data: the table counts it; review 23's code review)
  for (const f of whatIf) {
    if (towns[f.category] === null) continue;
    const t = countedTown(named, pack.boundaries, { town: '', ...f });
    const set = (out[f.category] ??= new Set());
    if (t) set.add(t);
  }
  for (const c in out) if ([...named].every((t) => out[c].has(t))) delete out[c];
  return out;
}

/** Per category of the data, the towns its rows lie in; null where the embedded pack has it (every town). */
export type DataTowns = Record<string, Set<string> | null>;

/** categoryScopes' pass over the rows, once per change of data (a 100,000-row file of one town takes ~0.3 s), not per what-if. */
export function dataTowns(pack: DataPack, embedded: readonly FacilityRecord[]): DataTowns {
  const shipped = new Set(embedded);
  const named = new Set(pack.towns.map((t) => t.name));
  const out: DataTowns = {};
  for (const f of pack.facilities) {
    if (shipped.has(f)) out[f.category] = null;
    else if (out[f.category] !== null) {
      // (its towns looked up until all are in: a district-wide file may hold 100,000 rows)
      const towns = (out[f.category] ??= new Set());
      const t = towns.size < named.size && countedTown(named, pack.boundaries, f);
      if (t) towns.add(t);
    }
  }
  return out;
}

