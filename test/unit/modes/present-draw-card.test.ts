// The PNG card's key (draw-card.ts) on a recording 2D context whose text is 0.6 em a character wide:
// a key entry's note stays beside its label where both fit, else goes under it (review 27).
import { describe, expect, it } from 'vitest';
import { drawCard } from '../../../src/modes/present/draw-card';
import type { Card } from '../../../src/modes/present/slides';

function recorder() {
  const texts: { text: string; x: number; y: number }[] = [];
  let px = 10;
  const ctx = new Proxy({} as Record<string, unknown>, {
    get(target, key) {
      if (key === 'measureText') return (t: string) => ({ width: t.length * px * 0.6 });
      if (key === 'fillText') return (t: string, x: number, y: number) => texts.push({ text: t, x, y });
      if (key in target) return target[key as string];
      return () => undefined;
    },
    set(target, key, value) {
      if (key === 'font') px = Number(/([\d.]+)px/.exec(value as string)![1]);
      target[key as string] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts };
}

const card = (label: string, sub: string): Card => ({
  kicker: 'K', title: 'T', subtitle: '',
  sections: [{ block: { kind: 'swatches', items: [{ colour: '#c2185b', ring: true, label, sub }] } }],
});

describe('the PNG card key', () => {
  it('draws a long note under its label, not beside a label squeezed into a column of words', () => {
    const { ctx, texts } = recorder();
    drawCard(ctx, card('NQI stations (质汇驿站): 18 in all', '17 in operation · 1 being set up · rings: known only by their town'), { x: 0, y: 0, w: 500, h: 2000 }, 20);
    const key = texts.slice(texts.findIndex((t) => t.text.startsWith('NQI')));
    const lines = [...new Set(key.map((t) => t.y))].map((y) => key.filter((t) => t.y === y).map((t) => t.text.trim()).join(' '));
    // the label whole on its first line (it had three words on a line at most), the note on the lines under it
    expect(lines[0]).toBe('NQI stations (质汇驿站): 18 in all');
    expect(lines.slice(1).join(' ')).toBe('17 in operation · 1 being set up · rings: known only by their town');
  });
  it('keeps a short note beside its label, on its line', () => {
    const { ctx, texts } = recorder();
    drawCard(ctx, card('浦江镇', '生物医药'), { x: 0, y: 0, w: 400, h: 2000 }, 20);
    const label = texts.find((t) => t.text === '浦江镇')!;
    const note = texts.find((t) => t.text === '生物医药')!;
    expect(note.y).toBe(label.y);
    expect(note.x).toBeGreaterThan(label.x);
  });
});
