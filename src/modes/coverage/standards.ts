// Where each default band comes from (life-circle brief), shown next to the band in the panel.
import type { CoverageCategory } from '../../lib/analysis/coverage/index';
import type { Locale } from '../../lib/i18n/messages';

const GUIDE = { zh: '上海市15分钟社区生活圈规划导则（试行，2016）', en: 'Shanghai 15-minute community life circle planning guide (trial, 2016)' };

export const BAND_SOURCES: Record<CoverageCategory, Record<Locale, string>> = {
  医疗: { zh: `15 分钟步行：${GUIDE.zh}；GB 50180-2018 15 分钟生活圈 800–1000 m`, en: `15 min walk: ${GUIDE.en}; GB 50180-2018 15-minute circle 800–1,000 m` },
  养老: { zh: `为老设施优先 5 分钟步行（${GUIDE.zh}）；默认取 5–10 分钟的上限，老人步速`, en: `Elderly facilities first within a 5-minute walk (${GUIDE.en}); default takes the upper end of 5–10 min at elderly walking speed` },
  教育: { zh: '幼儿园、小学 ≤ 500 m，初中 ≤ 1000 m（GB 50180-93）；老人儿童设施按 500 m 步行（导则 2016）', en: 'Kindergarten and primary school ≤ 500 m, junior middle school ≤ 1,000 m (GB 50180-93); 500 m walking basis for children (guide 2016)' },
  文化: { zh: `15 分钟步行：${GUIDE.zh}；普陀区“15分钟公共文化服务圈”`, en: `15 min walk: ${GUIDE.en}; Putuo "15-minute public culture circle"` },
  体育: { zh: `15 分钟步行：${GUIDE.zh}（普陀区采用“30分钟体育生活圈”）`, en: `15 min walk: ${GUIDE.en} (Putuo uses a "30-minute sports circle")` },
  商业: { zh: '15 分钟步行：一刻钟便民生活圈；导则 2016', en: '15 min walk: "quarter-hour convenience circle"; guide 2016' },
  公园: { zh: 'GB 50180-2018 10 分钟生活圈约 500 m，配建不小于 1 ha 的公园', en: 'GB 50180-2018 10-minute circle ~500 m with a park of at least 1 ha' },
  交通: { zh: '公交站点 500 m 覆盖（闵行 2025 年目标：建成区 92%；2020 年集建区域 90.4%）；上海 2024 技术标准征求意见稿：内环外 500 m', en: 'Bus stop within 500 m (Minhang target for 2025: 92% of the built-up area; 90.4% of the concentrated construction area in 2020); Shanghai 2024 draft standard: 500 m outside the inner ring' },
  政务: { zh: `15 分钟步行：${GUIDE.zh}`, en: `15 min walk: ${GUIDE.en}` },
  质汇驿站: { zh: '15 分钟骑行：本项目的假定，借用白皮书对公共服务的目标（“在15分钟步行或骑行距离内”满足基本生活需求）；白皮书未给驿站定距离标准', en: '15 min by bicycle: this project\'s assumption, borrowed from the white paper\'s goal for public services (basic needs "within a 15-minute walk or ride"); the white paper sets no distance for stations' },
};

export const SPEED_SOURCE: Record<Locale, string> = {
  zh: '速度：步行 4.0 km/h（15 分钟 ≈ 1000 m），老人步行约 3 km/h，骑行 12–15 km/h（生活圈简报）',
  en: 'Speeds: walking 4.0 km/h (15 min ≈ 1,000 m), elderly ≈ 3 km/h, cycling 12–15 km/h (life-circle brief)',
};

/** Minhang's 2020 census total; there are no per-town figures in the data pack. */
export const MINHANG_CENSUS_2020 = 2653489;
