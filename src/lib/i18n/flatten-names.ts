// data/names-en.json groups its words for people editing it ({ "facility types": { 高校: … } });
// the UI looks a word up in one map. Keys starting with "_" are comments. A "source phrases" entry is
// keyed with a leading § (SOURCE_PHRASE): a source's phrases only, not every word of the pack, are
// replaced in its text (review 26: 园区 in a planner's file name 园区企业清单.csv became Park企业清单.csv).

export const SOURCE_PHRASE = '§';

export function flattenNames(groups: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!groups || typeof groups !== 'object') return out;
  for (const [key, group] of Object.entries(groups)) {
    if (key.startsWith('_') || !group || typeof group !== 'object') continue;
    const mark = key === 'source phrases' ? SOURCE_PHRASE : '';
    for (const [zh, en] of Object.entries(group)) if (typeof en === 'string' && en) out[mark + zh] = en;
  }
  return out;
}
