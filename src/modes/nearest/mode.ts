import type { ModeMeta } from '../registry';

export const meta: ModeMeta = {
  id: 'nearest',
  order: 3,
  label: { zh: '找服务', en: 'Find a service' },
  layout: 'sidebar',
};
