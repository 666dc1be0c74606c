// Draws a slide's card model with the Canvas 2D API (for PNG export), in the same order and
// proportions as Card.svelte. The font scale shrinks until the card fits its box.
import type { Block, Card } from './slides';
import { font, tokens, wrapText } from '../../lib/map/map-png';

const INK = '#1f2a30';
const MUTED = '#546e7a'; // the app's --muted (app.css): 5.2:1 on the card's white
const SOFT = '#455a64';

interface Pen {
  ctx: CanvasRenderingContext2D;
  x: number;
  w: number;
  y: number;
  s: number;
  draw: boolean;
}

function text(p: Pen, str: string, px: number, colour: string, bold = false, dx = 0, maxW = p.w - dx): number {
  p.ctx.font = font(px, bold);
  const lines = wrapText(p.ctx, str, maxW);
  const lh = px * 1.35;
  lines.forEach((l, i) => {
    if (p.draw) {
      p.ctx.fillStyle = colour;
      p.ctx.fillText(l, p.x + dx, p.y + i * lh + px);
    }
  });
  return lines.length * lh;
}

interface Run {
  str: string;
  px: number;
  colour: string;
  bold?: boolean;
}

/**
 * Text of several runs (a bold value, then its small muted note) wrapped as one paragraph, as the
 * HTML card does with <b> and <small>; returns the height used. Lines are as tall as the largest run.
 */
function runs(p: Pen, parts: Run[], dx: number, maxW = p.w - dx): number {
  const { ctx } = p;
  const base = Math.max(...parts.map((r) => r.px));
  const lh = base * 1.35;
  type Piece = { run: Run; tok: string; w: number };
  const lines: Piece[][] = [[]];
  let width = 0;
  for (const run of parts) {
    ctx.font = font(run.px, run.bold);
    for (const tok of tokens(run.str)) {
      const w = ctx.measureText(tok).width;
      const line = lines[lines.length - 1];
      if (width + w > maxW && line.some((q) => q.tok.trim())) {
        if (!tok.trim()) continue;
        lines.push([{ run, tok, w }]);
        width = w;
      } else if (tok.trim() || line.length) {
        line.push({ run, tok, w });
        width += w;
      }
    }
  }
  if (p.draw) {
    lines.forEach((line, i) => {
      let x = p.x + dx;
      for (const q of line) {
        ctx.font = font(q.run.px, q.run.bold);
        ctx.fillStyle = q.run.colour;
        ctx.fillText(q.tok, x, p.y + i * lh + base);
        x += q.w;
      }
    });
  }
  return lines.length * lh;
}

function block(p: Pen, b: Block): void {
  const { ctx, s } = p;
  const base = s;
  if (b.kind === 'kv') {
    ctx.font = font(base);
    const labelW = Math.min(p.w * 0.55, Math.max(...b.rows.map((r) => ctx.measureText(r.label).width), 0)) + base * 0.8;
    for (const r of b.rows) {
      const h1 = text(p, r.label, base, SOFT, false, 0, labelW - base * 0.8);
      // the value bold, its note (year, breakdown) small and muted after it, as on screen
      const parts: Run[] = [{ str: r.value, px: base, colour: INK, bold: true }];
      if (r.note) parts.push({ str: r.note, px: base * 0.78, colour: MUTED });
      const h2 = runs(p, parts, labelW);
      p.y += Math.max(h1, h2) + base * 0.15;
    }
  } else if (b.kind === 'chips') {
    const px = base * 0.85;
    ctx.font = font(px);
    let cx = 0;
    const lh = px * 1.7;
    for (const c of b.items) {
      const w = ctx.measureText(c).width + px * 0.9;
      if (cx > 0 && cx + w > p.w) {
        cx = 0;
        p.y += lh;
      }
      if (p.draw) {
        ctx.fillStyle = '#eceff1';
        ctx.beginPath();
        ctx.roundRect(p.x + cx, p.y, w, px * 1.45, px * 0.3);
        ctx.fill();
        ctx.fillStyle = INK;
        ctx.fillText(c, p.x + cx + px * 0.45, p.y + px * 1.08);
      }
      cx += w + px * 0.35;
    }
    p.y += lh;
  } else if (b.kind === 'swatches') {
    for (const it of b.items) {
      if (p.draw) {
        ctx.fillStyle = it.ring ? '#ffffff' : it.colour;
        ctx.strokeStyle = it.ring ? it.colour : 'rgba(0,0,0,0.3)';
        ctx.lineWidth = it.ring ? base * 0.17 : 1;
        ctx.beginPath();
        if (it.ring) ctx.arc(p.x + base * 0.45, p.y + base * 0.75, base * 0.42 - ctx.lineWidth / 2, 0, Math.PI * 2);
        else ctx.rect(p.x, p.y + base * 0.35, base * 1.3, base * 0.85);
        ctx.fill();
        ctx.stroke();
        ctx.lineWidth = 1;
      }
      ctx.font = font(base * 0.78);
      const subW = it.sub ? ctx.measureText(it.sub).width + base : 0;
      ctx.font = font(base);
      // the note beside the label where both fit on one line, else on its own lines under it (review 27:
      // the English station row, squeezed beside its long note, wrapped into a column of words)
      const beside = ctx.measureText(it.label).width <= p.w - base * 1.8 - subW;
      if (p.draw && it.sub && beside) {
        ctx.font = font(base * 0.78);
        ctx.fillStyle = MUTED;
        ctx.textAlign = 'right';
        ctx.fillText(it.sub, p.x + p.w, p.y + base);
        ctx.textAlign = 'left';
      }
      p.y += text(p, it.label, base, INK, false, base * 1.8, p.w - base * 1.8 - (beside ? subW : 0)) + base * 0.1;
      if (it.sub && !beside) p.y += text(p, it.sub, base * 0.78, MUTED, false, base * 1.8) + base * 0.1;
    }
  } else if (b.kind === 'stations') {
    if (b.items.length === 0) p.y += text(p, b.empty, base, MUTED);
    for (const st of b.items) {
      const top = p.y;
      p.y += text(p, st.name, base, INK, true, base * 0.9);
      p.y += text(p, st.services, base * 0.78, MUTED, false, base * 0.9);
      if (p.draw) {
        ctx.fillStyle = '#c2185b';
        ctx.globalAlpha = st.planned ? 0.45 : 1;
        ctx.fillRect(p.x, top + base * 0.15, base * 0.25, p.y - top - base * 0.2);
        ctx.globalAlpha = 1;
      }
      p.y += base * 0.25;
    }
  } else if (b.kind === 'bars') {
    const px = base * 0.85;
    const m = Math.max(...b.items.map((i) => i.num), 1);
    const labelW = px * 7;
    ctx.font = font(px, true);
    const valueW = Math.max(...b.items.map((i) => ctx.measureText(i.value).width)) + px * 0.5;
    for (const it of b.items) {
      // a long town name wraps in its column (as on screen) rather than being squeezed
      const h = text(p, it.label, px, INK, it.highlight, 0, labelW - px * 0.5);
      if (p.draw) {
        const bw = ((p.w - labelW - valueW) * it.num) / m;
        ctx.fillStyle = it.highlight ? '#e65100' : '#b0bec5';
        ctx.fillRect(p.x + labelW, p.y + px * 0.3, Math.max(bw, 2), px * 0.8);
        ctx.font = font(px, it.highlight);
        ctx.fillStyle = INK;
        ctx.fillText(it.value, p.x + labelW + bw + px * 0.4, p.y + px);
      }
      p.y += Math.max(h, px * 1.35) + px * 0.1;
    }
  } else if (b.kind === 'table') {
    const px = base * 0.82;
    const cols = [0, 0.25, 0.59].map((f) => f * p.w);
    const rows = [b.head, ...b.rows];
    rows.forEach((r, i) => {
      // each cell wraps in its column (a long header or town name), as the HTML table does
      // (a gap of one character between columns: two Chinese headers read as one, review 21)
      const h = Math.max(...r.map((c, k) => text(p, c, px, i === 0 ? MUTED : INK, false, cols[k], (cols[k + 1] ?? p.w) - cols[k] - px)));
      if (p.draw) {
        ctx.fillStyle = '#eceff1';
        ctx.fillRect(p.x, p.y + h + px * 0.05, p.w, 1);
      }
      p.y += h + px * 0.2;
    });
  } else {
    p.y += text(p, b.text, base * 0.72, '#546e7a');
  }
}

/** Lays out (and when `draw`, paints) the card; returns the height it needs. */
function layout(ctx: CanvasRenderingContext2D, card: Card, x: number, y: number, w: number, s: number, draw: boolean): number {
  const pad = s * 1.0;
  const p: Pen = { ctx, x: x + pad, w: w - 2 * pad, y: y + pad, s, draw };
  p.y += text(p, card.kicker, s * 0.8, '#c2185b');
  p.y += text(p, card.title, s * 2, INK, true);
  if (card.subtitle) p.y += text(p, card.subtitle, s * 1.05, SOFT) + s * 0.2;
  for (const sec of card.sections) {
    p.y += s * 0.5;
    if (sec.title) {
      if (draw) {
        ctx.fillStyle = '#cfd8dc';
        ctx.fillRect(p.x, p.y, p.w, 1);
      }
      p.y += s * 0.3;
      p.y += text(p, sec.title, s * 0.78, MUTED) + s * 0.15;
    }
    block(p, sec.block);
  }
  return p.y + pad - y;
}

/** Draws the card in the box, shrinking the type until it fits; returns the scale used. */
export function drawCard(ctx: CanvasRenderingContext2D, card: Card, box: { x: number; y: number; w: number; h: number }, base: number): number {
  let f = 1;
  while (f > 0.5 && layout(ctx, card, box.x, box.y, box.w, base * f, false) > box.h) f -= 0.04;
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.shadowColor = 'rgba(0,0,0,0.18)';
  ctx.shadowBlur = base;
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.w, box.h, base * 0.5);
  ctx.fill();
  ctx.restore();
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  layout(ctx, card, box.x, box.y, box.w, base * f, true);
  return f;
}
