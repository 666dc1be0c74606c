// Duplicate ids and near-duplicate points (same name within 50 m) → warnings on the later row.
import { makeIssue, type RowIssue, type RowKind } from './issues';
import { haversine } from './coords';

export const NEAR_DUPLICATE_METRES = 50;

export function nearDuplicates(records: Record<string, unknown>[], lines: number[], kind: RowKind): RowIssue[] {
  const issues: RowIssue[] = [];
  const ids = new Map<string, number>();
  records.forEach((r, i) => {
    if (typeof r.id !== 'string') return;
    const first = ids.get(r.id);
    if (first === undefined) ids.set(r.id, lines[i]);
    else issues.push(makeIssue(kind, lines[i], { header: 'id', key: 'id' }, `编号「${r.id}」与第 ${first} 行重复`, 'idRepeated', { id: r.id, first }, 'warning'));
  });
  const byName = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (typeof r.name !== 'string' || typeof r.lng !== 'number' || typeof r.lat !== 'number') return;
    const g = byName.get(r.name);
    if (g) g.push(i);
    else byName.set(r.name, [i]);
  });
  const window = NEAR_DUPLICATE_METRES / 111_000;
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (records[a].lat as number) - (records[b].lat as number));
    for (let x = 0; x < group.length; x++) {
      const a = records[group[x]];
      for (let y = x + 1; y < group.length; y++) {
        const b = records[group[y]];
        if ((b.lat as number) - (a.lat as number) > window) break;
        const d = haversine(a.lng as number, a.lat as number, b.lng as number, b.lat as number);
        if (d > NEAR_DUPLICATE_METRES) continue;
        const [first, later] = lines[group[x]] < lines[group[y]] ? [group[x], group[y]] : [group[y], group[x]];
        issues.push(makeIssue(kind, lines[later], undefined, `与第 ${lines[first]} 行同名「${a.name}」且相距 ${Math.round(d)} 米，疑似重复`, 'nearDuplicate', { name: a.name as string, first: lines[first], metres: Math.round(d) }, 'warning'));
      }
    }
  }
  return issues.sort((p, q) => p.line - q.line);
}
