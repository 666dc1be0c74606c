// 演示's tour state (src/modes/present/tour-state.svelte.ts) on Svelte's client runtime: the slide it
// steps to, what a running export holds still, and the presenter's settings kept across a reload.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { TourState, tourStateFor } from '../../../src/modes/present/tour-state.svelte';
import { stubStorage } from './runes-env';

afterEach(() => vi.unstubAllGlobals());

describe('TourState', () => {
  it('steps within the slides, and starts again where it was left', () => {
    stubStorage();
    const t = new TourState();
    t.start(16);
    expect([t.running, t.index]).toEqual([true, 0]);
    t.prev();
    expect(t.index).toBe(0);
    t.go(40);
    expect(t.index).toBe(15);
    t.next();
    expect(t.index).toBe(15);
    t.go(4);
    t.stop();
    expect(t.running).toBe(false);
    // Esc mid-talk and 开始演示 again: the slide left, clamped to a tour that has fewer now
    t.start(16);
    expect(t.index).toBe(4);
    t.stop();
    t.start(3);
    expect(t.index).toBe(2);
  });

  it('an export in progress (busy) holds the slides where it puts them; go() still moves them', () => {
    stubStorage();
    const t = new TourState();
    t.start(16);
    t.go(3);
    t.busy = '正在导出 4 / 16…';
    t.next();
    t.prev();
    expect(t.index).toBe(3);
    t.go(5);
    expect(t.index).toBe(5);
    t.busy = '';
    t.next();
    expect(t.index).toBe(6);
  });

  it('auto-play started on the last slide plays from the first; stop ends it', () => {
    stubStorage();
    const t = new TourState();
    t.start(5);
    t.go(4);
    t.togglePlay();
    expect([t.playing, t.index]).toEqual([true, 0]);
    t.togglePlay();
    t.go(2);
    t.togglePlay();
    expect([t.playing, t.index]).toEqual([true, 2]);
    t.stop();
    expect([t.running, t.playing]).toEqual([false, false]);
  });

  it('the town order, interval and 审图号 are kept for the next visit; a damaged order reads as none', () => {
    const stored = stubStorage();
    const t = new TourState();
    expect([t.intervalSec, t.approval, t.order]).toEqual([10, '', []]);
    t.setInterval(30);
    t.setApproval('沪S（2024）001号');
    t.move(['七宝镇', '浦江镇', '梅陇镇'], 1, -1);
    expect(t.order).toEqual(['浦江镇', '七宝镇', '梅陇镇']);
    t.move(t.order, 2, 1); // past the end: nothing moves
    expect(t.order).toEqual(['浦江镇', '七宝镇', '梅陇镇']);
    const again = new TourState();
    expect([again.intervalSec, again.approval, again.order]).toEqual([30, '沪S（2024）001号', ['浦江镇', '七宝镇', '梅陇镇']]);
    stored.set('zhihui.present.order', '{not json');
    stored.set('zhihui.present.interval', 'x');
    expect([new TourState().order, new TourState().intervalSec]).toEqual([[], 10]);
  });

  it('is reactive: an effect reading the slide runs again when it steps, not when a held step is refused', () => {
    stubStorage();
    const t = new TourState();
    t.start(3);
    const seen: number[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(t.index);
      });
    });
    flushSync();
    t.next();
    flushSync();
    t.busy = 'x';
    t.next();
    flushSync();
    stop();
    expect(seen).toEqual([0, 1]);
  });

  it('one tour per app instance', () => {
    stubStorage();
    const app = {};
    expect(tourStateFor(app)).toBe(tourStateFor(app));
    expect(tourStateFor({})).not.toBe(tourStateFor(app));
  });
});
