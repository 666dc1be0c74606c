import type { ModeMeta } from '../registry';

export const meta: ModeMeta = {
  id: 'explore',
  order: 1,
  label: { zh: '地图浏览', en: 'Explore' },
  layout: 'sidebar',
};
