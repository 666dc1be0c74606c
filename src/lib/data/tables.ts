// Column definitions of the non-point tables of the data pack (towns, category totals, crossings),
// in the same FieldDef shape as LAYER_FIELDS so one validator serves every table.
import { PRECISIONS, TOWN_TYPES, type FieldDef } from './schema';

export const TOWN_FIELDS: readonly FieldDef[] = [
  { key: 'code', type: 'string', required: true, aliases: ['code', '代码', '区划代码'] },
  { key: 'name', type: 'string', required: true, aliases: ['name', '名称', '街镇'] },
  { key: 'name_en', type: 'string', required: false, aliases: ['name_en', '英文名称'] },
  { key: 'alias', type: 'string', required: false, aliases: ['alias', '别名'] },
  { key: 'type', type: 'enum', required: true, values: TOWN_TYPES, aliases: ['type', '类型'] },
  { key: 'industry', type: 'string', required: false, aliases: ['industry', '产业'] },
  { key: 'industry_en', type: 'string', required: false, aliases: ['industry_en'] },
  { key: 'summary', type: 'string', required: false, aliases: ['summary', '概述'] },
  { key: 'figures', type: 'string', required: false, aliases: ['figures', '数据'] },
  { key: 'summary_en', type: 'string', required: false, aliases: ['summary_en'] },
  { key: 'figures_en', type: 'string', required: false, aliases: ['figures_en'] },
  { key: 'key_enterprises', type: 'string', required: false, aliases: ['key_enterprises', '重点企业'] },
  { key: 'key_enterprises_en', type: 'string', required: false, aliases: ['key_enterprises_en'] },
  { key: 'source', type: 'string', required: true, aliases: ['source', '来源'] },
  /** 0 when the town has no report in the appendix. */
  { key: 'appendix_order', type: 'number', required: false, aliases: ['appendix_order', '附录顺序'] },
];

export const CATEGORY_TOTAL_FIELDS: readonly FieldDef[] = [
  { key: 'category', type: 'string', required: true, aliases: ['category', '类别'] },
  { key: 'subtype', type: 'string', required: true, aliases: ['subtype', '子类'] },
  { key: 'district_total', type: 'number', required: true, aliases: ['district_total', '全区总数'] },
  { key: 'year', type: 'number', required: true, aliases: ['year', '年份'] },
  { key: 'source', type: 'string', required: true, aliases: ['source', '来源'] },
];

export const CROSSING_MODES = ['walk', 'bike', 'car'] as const;

export const CROSSING_FIELDS: readonly FieldDef[] = [
  { key: 'id', type: 'string', required: true, aliases: ['id', '编号'] },
  { key: 'name', type: 'string', required: true, aliases: ['name', '名称'] },
  { key: 'name_en', type: 'string', required: false, aliases: ['name_en', '英文名称'] },
  { key: 'kind', type: 'string', required: false, aliases: ['kind', '类型'] },
  { key: 'barrier', type: 'string', required: false, aliases: ['barrier', '障碍'] },
  { key: 'lng', type: 'lng', required: true, aliases: ['lng', 'lon', 'longitude', '经度'] },
  { key: 'lat', type: 'lat', required: true, aliases: ['lat', 'latitude', '纬度'] },
  { key: 'precision', type: 'enum', required: false, values: PRECISIONS, aliases: ['precision', '精度'] },
  { key: 'modes', type: 'list', required: true, values: CROSSING_MODES, aliases: ['modes', '通行方式'] },
  { key: 'source', type: 'string', required: true, aliases: ['source', '来源'] },
  { key: 'note', type: 'string', required: false, aliases: ['note', '备注'] },
  { key: 'note_en', type: 'string', required: false, aliases: ['note_en', '英文备注'] },
];

/** List fields whose record type is a ';'-joined string rather than an array. */
export const STRING_LIST_KEYS: ReadonlySet<string> = new Set(['modes']);

/** Defaults for optional number fields when the cell is empty. */
export const NUMBER_DEFAULTS: Readonly<Record<string, number>> = { weight: 1, appendix_order: 0 };
