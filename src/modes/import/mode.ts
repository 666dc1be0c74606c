import type { ModeMeta } from '../registry';

export const meta: ModeMeta = {
  id: 'import',
  order: 6,
  label: { zh: '导入数据', en: 'Import data' },
  layout: 'sidebar',
};
