// Column definitions of the non-point tables of the data pack (towns, category totals, crossings),
// in the same FieldDef shape as LAYER_FIELDS so one validator serves every table.
import { PRECISIONS, TOWN_TYPES, type FieldDef } from './schema';

export const TOWN_FIELDS: readonly FieldDef[] = [
  { key: 'code', type: 'string', required: true, aliases: ['代码', '区划代码'] },
  { key: 'name', type: 'string', required: true, aliases: ['名称', '街镇'] },
  { key: 'name_en', type: 'string', aliases: ['英文名称'] },
  { key: 'alias', type: 'string', aliases: ['别名'] },
  { key: 'type', type: 'enum', required: true, values: TOWN_TYPES, aliases: ['类型'] },
  { key: 'industry', type: 'string', aliases: ['产业'] },
  { key: 'industry_en', type: 'string', aliases: [] },
  { key: 'summary', type: 'string', aliases: ['概述'] },
  { key: 'figures', type: 'string', aliases: ['数据'] },
  { key: 'summary_en', type: 'string', aliases: [] },
  { key: 'figures_en', type: 'string', aliases: [] },
  { key: 'key_enterprises', type: 'string', aliases: ['重点企业'] },
  { key: 'key_enterprises_en', type: 'string', aliases: [] },
  { key: 'source', type: 'string', required: true, aliases: ['来源'] },
  /** 0 when the town has no report in the appendix. */
  { key: 'appendix_order', type: 'number', aliases: ['附录顺序'] },
];

export const CATEGORY_TOTAL_FIELDS: readonly FieldDef[] = [
  { key: 'category', type: 'string', required: true, aliases: ['类别'] },
  { key: 'subtype', type: 'string', required: true, aliases: ['子类'] },
  { key: 'district_total', type: 'number', required: true, aliases: ['全区总数'] },
  { key: 'year', type: 'number', required: true, aliases: ['年份'] },
  { key: 'source', type: 'string', required: true, aliases: ['来源'] },
];

export const CROSSING_MODES = ['walk', 'bike', 'car'] as const;

export const CROSSING_FIELDS: readonly FieldDef[] = [
  { key: 'id', type: 'string', required: true, aliases: ['编号'] },
  { key: 'name', type: 'string', required: true, aliases: ['名称'] },
  { key: 'name_en', type: 'string', aliases: ['英文名称'] },
  { key: 'kind', type: 'string', aliases: ['类型'] },
  { key: 'barrier', type: 'string', aliases: ['障碍'] },
  { key: 'lng', type: 'lng', required: true, aliases: ['lon', 'longitude', '经度'] },
  { key: 'lat', type: 'lat', required: true, aliases: ['latitude', '纬度'] },
  { key: 'precision', type: 'enum', values: PRECISIONS, aliases: ['精度'] },
  { key: 'modes', type: 'list', required: true, values: CROSSING_MODES, aliases: ['通行方式'] },
  { key: 'source', type: 'string', required: true, aliases: ['来源'] },
  { key: 'note', type: 'string', aliases: ['备注'] },
  { key: 'note_en', type: 'string', aliases: ['英文备注'] },
];

/** List fields whose record type is a ';'-joined string rather than an array. */
export const STRING_LIST_KEYS: ReadonlySet<string> = new Set(['modes']);

/** Defaults for optional number fields when the cell is empty. */
export const NUMBER_DEFAULTS: Readonly<Record<string, number>> = { weight: 1, appendix_order: 0 };
