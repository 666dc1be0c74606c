// The record types every layer uses inside the app, and the column definitions that the
// CSV loader validates against. Pure TypeScript: no DOM, no map imports.
// All positions are WGS-84 longitude/latitude (EPSG:4326); other CRSs are converted at the edge.

/**
 * How well a row's position is known. Never mark a guess `exact`; a point placed from memory and not
 * checked against any source is `estimated`, not `approximate` (data/README.md).
 */
export const PRECISIONS = ['exact', 'approximate', 'estimated', 'town'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The fixed vocabulary of NQI services a station or institution offers. */
export const SERVICES = [
  '计量',
  '标准',
  '认证',
  '检验检测',
  '知识产权',
  '品牌',
  '质量诊断',
  '政策咨询',
] as const;
export type Service = (typeof SERVICES)[number];

/** Public-facility categories of the 15-minute life circle. */
export const CATEGORIES = ['医疗', '养老', '教育', '文化', '体育', '商业', '公园', '交通', '政务'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATION_STATUSES = ['在运营', '筹建'] as const;
export type StationStatus = (typeof STATION_STATUSES)[number];

export const TOWN_TYPES = ['街道', '镇', '工业区'] as const;
export type TownType = (typeof TOWN_TYPES)[number];

/** Fields every point layer shares. */
export interface PointRecord {
  id: string;
  name: string;
  name_en: string;
  /** Official town name (国家统计局), e.g. 古美街道. */
  town: string;
  lng: number;
  lat: number;
  precision: Precision;
  /** Document and section, e.g. "白皮书2024 附录十二" or "003 第三章 四(二)3". */
  source: string;
  address: string;
  note: string;
  /** The note in English (absent or '' if none, e.g. in data saved by an older version). */
  note_en?: string;
}

export interface StationRecord extends PointRecord {
  host: string;
  services: Service[];
  status: StationStatus;
  /** '推断' where the status is inferred, not stated (shown 在运营（推断）); '' otherwise. */
  status_basis?: string;
  awards: string;
  contact?: string;
  caveat?: string;
  caveat_en?: string;
}

export interface InstitutionRecord extends PointRecord {
  services: Service[];
  kind: string;
  contact?: string;
  /** The record's key caveat in one line (an area, not a service counter; town inferred), from its note. */
  caveat?: string;
  caveat_en?: string;
}

export interface EnterpriseRecord extends PointRecord {
  industry: string;
  /** 链主 / 龙头 / 专精特新 / 小巨人 / 园区 / 商圈 / 平台 … */
  role: string;
  /** Optional demand weight for siting (default 1). */
  weight: number;
}

export interface FacilityRecord extends PointRecord {
  category: Category;
  /** e.g. 社区卫生服务中心, 地铁站, 社区事务受理服务中心 */
  subtype: string;
}

export interface TownRecord {
  /** 国家统计局 12-digit code without trailing zeros, e.g. 310112001 */
  code: string;
  name: string;
  name_en: string;
  /** Other names used in sources, ';'-separated (e.g. 古美路街道). */
  alias: string;
  type: TownType;
  industry: string;
  industry_en: string;
  summary: string;
  /** Headline figures, ';'-separated, each "label: value unit (year)". */
  figures: string;
  /** English translations of summary and figures (figures in the same order; '' if none). */
  summary_en: string;
  figures_en: string;
  /** Key enterprises and chain leaders, ';'-separated. */
  key_enterprises: string;
  /** Their English names in the same order ('' if none). */
  key_enterprises_en: string;
  source: string;
  /** Order of the town's report in the white paper appendix (1–14). */
  appendix_order: number;
}

/** District totals by facility subtype from the white paper, to show data completeness. */
export interface CategoryTotalRecord {
  category: string;
  subtype: string;
  district_total: number;
  year: number;
  source: string;
}

/** A place where a barrier (river, expressway, railway) can be crossed. */
export interface CrossingRecord {
  id: string;
  name: string;
  name_en: string;
  /** bridge / tunnel / ferry / metro */
  kind: string;
  barrier: string;
  lng: number;
  lat: number;
  precision: Precision;
  /** Which travel modes may use it: ';'-separated from walk, bike, car. */
  modes: string;
  source: string;
  note: string;
  note_en?: string;
}

export type FieldType = 'string' | 'number' | 'lng' | 'lat' | 'enum' | 'list';

export interface FieldDef {
  key: string;
  type: FieldType;
  /** Must have a column and a value in every row (absent: optional). */
  required?: boolean;
  /** Allowed values for enum / list fields. */
  values?: readonly string[];
  /** Header names recognised automatically when importing a user's file, besides the key itself (tried first); the first Chinese one names the field. */
  aliases: readonly string[];
  /** With no column of its own, the field is read from the column of this field (类别 from 设施类型). */
  orFrom?: string;
}

/** A field's Chinese name (its first Chinese alias), as the import panel and its messages call it. */
export const fieldLabel = (d: FieldDef): string => d.aliases.find((a) => /[\u4e00-\u9fff]/.test(a)) ?? d.key;

const POINT_FIELDS: FieldDef[] = [
  // not 序号: a spreadsheet's row number (1, 2, 3 … in every file) is no identifier
  { key: 'id', type: 'string', required: true, aliases: ['编号', 'ID', '代码'] },
  { key: 'name', type: 'string', required: true, aliases: ['名称', '站点名称', '机构名称', '企业名称', '设施名称'] },
  { key: 'name_en', type: 'string', aliases: ['英文名称', 'english'] },
  { key: 'town', type: 'string', aliases: ['街镇', '所属街镇', '镇', '街道', '街道镇', '镇街道'] },
  { key: 'lng', type: 'lng', required: true, aliases: ['lon', 'long', 'longitude', 'x', 'point_x', '经度'] },
  { key: 'lat', type: 'lat', required: true, aliases: ['latitude', 'y', 'point_y', '纬度'] },
  { key: 'precision', type: 'enum', values: PRECISIONS, aliases: ['位置精度', '精度'] },
  { key: 'source', type: 'string', required: true, aliases: ['来源', '数据来源'] },
  { key: 'address', type: 'string', aliases: ['地址', '详细地址'] },
  { key: 'note', type: 'string', aliases: ['备注', 'remark'] },
  { key: 'note_en', type: 'string', aliases: ['英文备注'] },
];

/** A phone number or other way to reach a station or institution: the pack has none, a planner's list may. */
const CONTACT_FIELD: FieldDef = { key: 'contact', type: 'string', aliases: ['联系方式', '联系电话', '电话', 'phone', 'tel'] };
/** A one-line caveat shown on a 找服务 result card. */
const CAVEAT_FIELDS: FieldDef[] = ['caveat', 'caveat_en'].map((key) => ({ key, type: 'string', aliases: [] }));

const SERVICES_FIELD: FieldDef = {
  key: 'services',
  type: 'list',
  required: true,
  values: SERVICES,
  aliases: ['服务', '服务内容', '服务项目'],
};

export type PointLayer = 'stations' | 'institutions' | 'enterprises' | 'facilities';

export const LAYER_FIELDS: Record<PointLayer, readonly FieldDef[]> = {
  stations: [
    ...POINT_FIELDS,
    { key: 'host', type: 'string', aliases: ['依托单位', '承建单位'] },
    // a station whose services are not published is still a station (the white paper lists none for most)
    { ...SERVICES_FIELD, required: false },
    { key: 'status', type: 'enum', required: true, values: STATION_STATUSES, aliases: ['状态'] },
    { key: 'status_basis', type: 'string', aliases: [] },
    { key: 'awards', type: 'string', aliases: ['荣誉', '获奖'] },
    CONTACT_FIELD,
    ...CAVEAT_FIELDS,
  ],
  institutions: [
    ...POINT_FIELDS,
    SERVICES_FIELD,
    { key: 'kind', type: 'string', aliases: ['机构类型', '类型', 'type'] },
    CONTACT_FIELD,
    ...CAVEAT_FIELDS,
  ],
  enterprises: [
    ...POINT_FIELDS,
    { key: 'industry', type: 'string', aliases: ['产业', '行业'] },
    { key: 'role', type: 'string', aliases: ['角色', '类型'] },
    { key: 'weight', type: 'number', aliases: ['权重'] },
  ],
  facilities: [
    ...POINT_FIELDS,
    // a town office's list often has only 设施类型 (社区卫生服务中心, 养老院 …): the category is read from it;
    // a 大类/小类 classification (设施大类, as in map POI exports) gives both
    { key: 'category', type: 'enum', required: true, values: CATEGORIES, aliases: ['类别', '分类', '大类'], orFrom: 'subtype' },
    { key: 'subtype', type: 'string', aliases: ['设施类型', '子类', '类型', '小类', 'type'] },
  ],
};

export interface LayerRecordMap {
  stations: StationRecord;
  institutions: InstitutionRecord;
  enterprises: EnterpriseRecord;
  facilities: FacilityRecord;
}
