// data/names-en.json groups its words for people editing it ({ "facility types": { 高校: … } });
// the UI looks a word up in one map. Keys starting with "_" are comments.

export function flattenNames(groups: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!groups || typeof groups !== 'object') return out;
  for (const [key, group] of Object.entries(groups)) {
    if (key.startsWith('_') || !group || typeof group !== 'object') continue;
    for (const [zh, en] of Object.entries(group)) if (typeof en === 'string' && en) out[zh] = en;
  }
  return out;
}
