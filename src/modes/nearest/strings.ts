// Strings of the enterprise view (找服务): Chinese here, English in src/lib/i18n/ui-en.json (section nearest).
import { pointNote as noteFor, type Locale } from '../../lib/i18n/messages';
import { english } from '../../lib/i18n/catalog';

const zh = {
  title: '找服务：离我最近的质汇驿站与NQI机构',
  indicative: '提示：内置驿站、机构和企业的位置多为街镇代表点，时间和距离仅供参考；实际地址请以各站点为准。',
  where: '1. 我在哪里',
  searchPlaceholder: '企业、驿站、机构、设施或街镇（可用拼音）',
  clickHint: '或在地图上点击选择位置',
  pinyinFailed: '拼音检索表未能加载：请输入汉字，或刷新页面后重试',
  coordsPlaceholder: '经度, 纬度（如 121.5245, 31.0590）',
  // typed coordinates applied; the device's own position is 我的位置 (review 23: 定位 read as “find me”)
  locate: '确定',
  here: '我的位置',
  hereFailed: '未取得闵行区内的位置（未允许定位、无法定位或不在闵行）：请搜索地名或在地图上点选',
  hereFar: '你的位置在闵行区外 5 km 以上，这里的结果帮不上忙，未采用：请搜索地名或在地图上点选',
  hereRough: '定位误差可能超过 1 公里，结果仅供参考；也可在地图上点选',
  locating: '正在定位…',
  crs: '坐标系',
  coordsBad: '无法识别坐标：请输入经度、纬度（小数或度分秒）',
  coordsRange: '坐标不在中国范围内',
  coordsSwapped: '已按“纬度, 经度”识别并交换',
  coordsOutside: '在闵行区外，仍采用',
  coordsFar: '距闵行区超过 5 km，未采用：请检查坐标系',
  clickFar: '距闵行区超过 5 km，未采用：请在区内点选',
  linkNoPoint: '这个链接里没有经纬度（短链接、百度地图网页的地址都没有）：请在地图上点选，或粘贴经纬度',
  linkWgs: '按链接所写的 WGS-84 读取',
  linkGcj: '按链接的坐标系 GCJ-02（高德/腾讯）读取',
  linkBd: '按链接的坐标系 BD-09（百度）读取',
  noKinds: '请至少勾选一类',
  chosen: '当前位置',
  townStart: '（街镇代表点，位置近似）',
  notChosen: '尚未选择位置',
  need: '2. 我需要什么服务',
  anyService: '任一服务（所有驿站与机构）',
  unlistedHint: '只列出公布了该服务的驿站和机构；另有 {n} 个驿站未公布服务清单，选“任一服务”可见。',
  travel: '3. 出行方式',
  walk: '步行',
  bike: '骑行',
  car: '驾车',
  speed: '速度 km/h',
  kindStation: '质汇驿站',
  kindInstitution: 'NQI服务机构',
  kindPlanned: '含筹建中的驿站',
  results: '最近的服务点',
  searching: '计算中…',
  none: '数据中没有提供该服务的站点或机构：可选“任一服务”问最近的驿站，或在“一网通办”的“闵质汇”平台查询。',
  noMatch: '数据中没有“{q}”。不能按地址搜索：请在地图上点击所在位置，或在下方输入坐标。',
  tripNote: '从所选位置{travel} {time} · {distance}',
  tripWalk: '步行',
  tripBike: '骑行',
  tripCar: '驾车',
  found: '{n}，最近的是{name}，{time}',
  count: '找到 {n} 处',
  cut: '最近的 {n} 处（共 {m} 处）',
  far: '15 分钟内没有：可选“任一服务”问最近的驿站，或在“一网通办”的“闵质汇”平台查询。',
  farAny: '15 分钟内没有：可在“一网通办”的“闵质汇”平台查询。',
  farRide: '也可改骑行或驾车。',
  farDrive: '也可改驾车。',
  unreachable: '无法到达',
  unreachableWhy: '直线穿越黄浦江等障碍，且没有该出行方式可用的过江通道',
  via: '经',
  straight: '直线',
  // a point known only by its town: the distance is to the town's representative point (review 23: “110 m” read as next door)
  townPoint: '按街镇代表点计',
  // a place known only by the start's own town: somewhere in it, no distance to give
  sameTown: '同在{town}（具体位置未知）',
  address: '地址',
  noAddress: '未给出',
  services: '服务',
  status: '状态',
  source: '来源',
  precision: '位置精度',
  details: '查看详情',
  share: '分享链接',
  copied: '已复制',
  copyByHand: '无法自动复制，请手动复制此链接：',
  station: '驿站',
  institution: '机构',
  method: '时间 = 直线距离 × 1.3 绕行系数 ÷ 速度；过江只经过该出行方式可用的桥、隧道或轮渡。',
};


export const STRINGS: Record<Locale, typeof zh> = { zh, en: english('nearest', zh) };
export type NearestKey = keyof typeof zh;

/**
 * After a distance, what the point it is measured to stands for when not a known place: the town's
 * representative point, or a position placed from memory (估计位置（未核对坐标）, as its details say).
 */
export const pointNote = (locale: Locale, precision: string): string => noteFor(locale, precision, STRINGS[locale].townPoint);
