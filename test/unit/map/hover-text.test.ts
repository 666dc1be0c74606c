import { describe, expect, it } from 'vitest';
import { hoverText, type HoverHit } from '../../../src/lib/map/hover-text';
import { MESSAGES, type MessageKey } from '../../../src/lib/i18n/messages';

const zh = (k: MessageKey) => MESSAGES.zh[k];
const en = (k: MessageKey) => MESSAGES.en[k];
const station: HoverHit = { layer: 'stations-circle', properties: { id: 'st-pjz', name: '浦江镇质汇驿站', name_en: 'Pujiang station', town: '浦江镇' } };
const clinic2: HoverHit = { layer: 'facilities-circle', properties: { id: 'fa-2', name: '浦江镇文化活动中心', town: '浦江镇', category: '文化' } };
const clinic: HoverHit = { layer: 'facilities-circle', properties: { id: 'fa-1', name: '浦江社区卫生服务中心', name_en: '', town: '浦江镇', category: '医疗', subtype: '社区卫生服务中心' } };

describe('hoverText', () => {
  it('says nothing when no point is under the pointer', () => {
    expect(hoverText([], 'zh', zh)).toBeNull();
  });

  it('names the topmost point, what it is and its town, and invites a click', () => {
    expect(hoverText([station], 'zh', zh)).toEqual({ title: '浦江镇质汇驿站', detail: '质汇驿站 · 浦江镇', hint: '点击查看详情' });
    expect(hoverText([clinic], 'zh', zh)).toEqual({ title: '浦江社区卫生服务中心', detail: '医疗 · 社区卫生服务中心 · 浦江镇', hint: '点击查看详情' });
  });

  it('names a river crossing as one', () => {
    const bridge: HoverHit = { layer: 'crossings-circle', properties: { id: 'minpu-bridge', name: '闵浦大桥', name_en: 'Minpu Bridge' } };
    expect(hoverText([bridge], 'zh', zh)).toEqual({ title: '闵浦大桥', detail: '过江通道', hint: '点击查看详情' });
    expect(hoverText([bridge], 'en', en)).toEqual({ title: 'Minpu Bridge', detail: 'River crossing', hint: 'Click for details' });
  });

  it('counts the distinct points sharing the spot (copies from neighbouring tiles once)', () => {
    expect(hoverText([station, station, clinic], 'zh', zh)!.hint).toBe('此处共 2 处，点击后可逐一查看');
  });

  it('names the point a click there opens: a station before the enterprise ring drawn over it (review 25)', () => {
    const ring: HoverHit = { layer: 'enterprises-circle', properties: { id: 'en-1', name: '西门子高压', town: '浦江镇' } };
    expect(hoverText([ring, station], 'zh', zh)).toEqual({ title: '浦江镇质汇驿站', detail: '质汇驿站 · 浦江镇', hint: '此处共 2 处，点击后可逐一查看' });
  });

  it('speaks English: English name when there is one, category and town in English', () => {
    const town = (n: string) => (n === '浦江镇' ? 'Pujiang Town' : n);
    expect(hoverText([station], 'en', en, town)).toEqual({ title: 'Pujiang station', detail: 'NQI station · Pujiang Town', hint: 'Click for details' });
    expect(hoverText([clinic, clinic2], 'en', en, town)).toEqual({
      title: '浦江社区卫生服务中心',
      detail: 'Health · 社区卫生服务中心 · Pujiang Town',
      hint: '2 places here; click to see each',
    });
    // with the English of the pack's words (data/names-en.json) the facility type is English too
    const word = (v: string) => ({ 医疗: 'Health', 社区卫生服务中心: 'Community health service centre' })[v] ?? v;
    expect(hoverText([clinic], 'en', en, town, word)!.detail).toBe('Health · Community health service centre · Pujiang Town');
  });
});
