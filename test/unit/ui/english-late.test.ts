// A mode's strings load with the mode, possibly after the English file was installed: its English
// object must come out filled. (Its own file: the catalog module's state is per test file.)
import { describe, expect, it } from 'vitest';
import { english, installEnglish } from '../../../src/lib/i18n/catalog';

describe('a catalog registered after the English file', () => {
  it('is Chinese before the file, English after, for catalogs made before and after it', () => {
    installEnglish({}); // as before the app's first switch (the test setup installs the real file)
    const early = english('nearest', { title: '找服务', extra: '只有中文' });
    expect(early.title).toBe('找服务');
    installEnglish({ nearest: { title: 'Find a service', unknown: 'ignored' }, siting: { title: 'Siting' } });
    expect(early).toEqual({ title: 'Find a service', extra: '只有中文' });
    const late = english('siting', { title: '驿站选址' });
    expect(late.title).toBe('Siting');
  });
});
