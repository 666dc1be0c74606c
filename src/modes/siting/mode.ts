import type { ModeMeta } from '../registry';

export const meta: ModeMeta = {
  id: 'siting',
  order: 4,
  label: { zh: '驿站选址', en: 'Station siting' },
  layout: 'sidebar',
};
