// Where each default band and the speeds come from (life-circle brief), shown next to the bands in the panel.
import type { CoverageCategory } from '../../lib/analysis/coverage/index';
import type { Locale } from '../../lib/i18n/messages';
import { english } from '../../lib/i18n/catalog';

const GUIDE = '上海市15分钟社区生活圈规划导则（试行，2016）';

const zh: Record<CoverageCategory | 'speed', string> = {
  医疗: `15 分钟步行：${GUIDE}；GB 50180-2018 15 分钟生活圈 800–1000 m`,
  养老: `为老设施优先 5 分钟步行（${GUIDE}）；默认取 5–10 分钟的上限，老人步速`,
  教育: '幼儿园、小学 ≤ 500 m，初中 ≤ 1000 m（GB 50180-93）；老人儿童设施按 500 m 步行（导则 2016）',
  文化: `15 分钟步行：${GUIDE}；普陀区“15分钟公共文化服务圈”`,
  体育: `15 分钟步行：${GUIDE}（普陀区采用“30分钟体育生活圈”）`,
  商业: '15 分钟步行：一刻钟便民生活圈；导则 2016',
  公园: 'GB 50180-2018 10 分钟生活圈约 500 m，配建不小于 1 ha 的公园',
  交通: '地铁站 15 分钟步行（生活圈简报），本数据包的交通设施即地铁站；公交站 500 m（上海 2024 技术标准征求意见稿：内环外 500 m；闵行 2025 年目标覆盖率 92%），导入公交站时请改为距离 500 m',
  政务: `15 分钟步行：${GUIDE}`,
  质汇驿站: '15 分钟骑行：本项目的假定，借用白皮书对公共服务的目标（“在15分钟步行或骑行距离内”满足基本生活需求）；白皮书未给驿站定距离标准',
  speed: '速度：步行 4.0 km/h（15 分钟 ≈ 1000 m），老人步行约 3 km/h，骑行 12–15 km/h（生活圈简报）',
};

/** In the UI language: the English is ui-en.json's section `bandSources`. */
export const BAND_SOURCES: Record<Locale, typeof zh> = { zh, en: english('bandSources', zh) };

/** Minhang's 2020 census total; there are no per-town figures in the data pack. */
export const MINHANG_CENSUS_2020 = 2653489;
