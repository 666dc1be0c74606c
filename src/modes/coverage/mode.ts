import type { ModeMeta } from '../registry';

export const meta: ModeMeta = {
  id: 'coverage',
  order: 2,
  label: { zh: '生活圈覆盖', en: 'Life-circle coverage' },
  layout: 'sidebar',
};
