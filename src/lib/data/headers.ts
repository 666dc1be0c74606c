// Header names of a user's file → record field keys, using the aliases declared in schema.ts.
import { LAYER_FIELDS, type FieldDef, type PointLayer } from './schema';
import { headerKey } from './text';

/** field key → header name in the file. */
export type Mapping = Record<string, string>;

/**
 * Suggest which header feeds which field. Exact field keys win over aliases; aliases are tried
 * in the order listed in the schema; matching ignores case, whitespace, full-width forms and
 * bracketed units ("经度(°)"). Each header is used at most once.
 */
export function suggestFieldMapping(defs: readonly FieldDef[], headers: readonly string[]): Mapping {
  const byKey = new Map<string, string>();
  headers.forEach((h) => {
    // also without the coordinate system it names (bd_lng, gcj_lat, 百度经度), which the file's CRS guess reads, and X坐标 as X
    const k = headerKey(h);
    for (const key of [k, k.replace(/^(bd(09)?|gcj(02)?|wgs(84)?|百度|高德)/, '').replace(/^(x|y|经度|纬度)坐标$/, '$1')]) if (key !== '' && !byKey.has(key)) byKey.set(key, h);
  });
  const used = new Set<string>();
  const mapping: Mapping = {};
  const take = (def: FieldDef, names: readonly string[]) => {
    if (mapping[def.key] !== undefined) return;
    for (const name of names) {
      const h = byKey.get(headerKey(name));
      if (h !== undefined && !used.has(h)) {
        mapping[def.key] = h;
        used.add(h);
        return;
      }
    }
  };
  for (const def of defs) take(def, [def.key]);
  for (const def of defs) take(def, def.aliases);
  // no longitude or latitude column, but one with both (经纬度 "121.42,31.10", as coordinate pickers give them)
  const [lng, lat] = ['lng', 'lat'].map((t) => defs.find((d) => d.type === t));
  const both = headers.find((h) => !used.has(h) && /^(lnglat|lonlat|coord(inate)?s?)$|^[^xy]*(经纬度|坐标)$/.test(headerKey(h)));
  if (lng && lat && both && mapping[lng.key] === undefined && mapping[lat.key] === undefined) {
    mapping[lng.key] = mapping[lat.key] = both;
    used.add(both);
  }
  // then a longer Chinese header ending in a Chinese alias: 驿站名称 → 名称, 运营状态 → 状态
  const cjk = (a: string) => /^[^ -~]{2,}$/.test(a);
  // (not a place's code as a row's id: 行政区划代码, 邮政编码 repeat from row to row)
  for (const def of defs) take(def, headers.filter((h) => def.aliases.some((a) => cjk(a) && headerKey(h).endsWith(a)) && !(def.key === 'id' && /区划|邮政|邮编/.test(h))));
  // a field still without a column that can be read from another field's (类别 from 设施类型)
  for (const def of defs) if (def.orFrom && mapping[def.key] === undefined && mapping[def.orFrom] !== undefined) mapping[def.key] = mapping[def.orFrom];
  return mapping;
}

/** `suggestFieldMapping` for one of the point layers. */
export function suggestMapping(layer: PointLayer, headers: readonly string[]): Mapping {
  return suggestFieldMapping(LAYER_FIELDS[layer], headers);
}
