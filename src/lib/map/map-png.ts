// A map as a PNG a planner can put in a report: the MapLibre canvas (created with
// preserveDrawingBuffer) re-rendered at twice the pixels, under a title and the settings, with
// the key, a scale bar and the sources drawn by Canvas 2D in the bundled 'Noto Sans SC'.
// The tour's slides (modes/present) share the font, line breaking and scale bar.
import type { Map as MlMap } from 'maplibre-gl';
import { haversine } from '../data/coords';
import { downloadBlob } from '../io/download';

export const FONT_FAMILY = '"Noto Sans SC", sans-serif';

export function font(px: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${Math.round(px * 10) / 10}px ${FONT_FAMILY}`;
}

/**
 * The pieces a line may break between: each CJK character, each latin word, each run of spaces
 * (a no-break space, U+00A0, joins words: it is not a break point).
 */
export const tokens = (text: string): string[] =>
  text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^ \t\r\n\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|[ \t\r\n]+/g) ?? [];

/** Greedy line breaking: CJK characters break anywhere, latin words stay whole. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens(text)) {
    const next = line + tok;
    // closing punctuation never starts a line (a lone ） under 质汇驿站（含2024年新布局1个): it stays
    // with what it closes, a little over the width if need be, as the browser lays out the HTML card
    if (ctx.measureText(next).width <= maxWidth || line.trim() === '' || /^[）)」』】〕，。、；：！？”’…%]/.test(tok)) {
      line = next;
    } else {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Loads the font subsets (regular and bold) for every character of `text` before drawing. */
export async function loadFontFor(text: string): Promise<void> {
  const unique = [...new Set(text)].join('');
  if (document.fonts) await Promise.all(['', 'bold '].map((w) => document.fonts.load(`${w}16px ${FONT_FAMILY}`, unique)));
}

/** Resolves when the map has finished moving and drawing. */
export function settle(map: MlMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * A scale bar (MapLibre's control is HTML, not in the canvas): a round length of about eight
 * `base` units, measured across the map's middle, its lower right corner at (x1, y1).
 * `mapWidth`: the map's width in the picture's pixels.
 */
export function drawScale(ctx: CanvasRenderingContext2D, map: MlMap, mapWidth: number, x1: number, y1: number, base: number): void {
  const c = map.getContainer();
  const y = c.clientHeight / 2;
  const a = map.unproject([0, y]);
  const b = map.unproject([c.clientWidth, y]);
  const perPx = haversine(a.lng, a.lat, b.lng, b.lat) / mapWidth;
  const target = perPx * base * 8;
  const pow = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= target) ?? pow;
  const w = metres / perPx;
  const h = base * 1.1;
  ctx.fillStyle = 'rgba(255,255,255,0.8)';
  ctx.fillRect(x1 - w, y1 - h, w, h);
  ctx.strokeStyle = '#333';
  ctx.lineWidth = Math.max(2, base * 0.08);
  ctx.beginPath();
  ctx.moveTo(x1 - w, y1 - h);
  ctx.lineTo(x1 - w, y1);
  ctx.lineTo(x1, y1);
  ctx.lineTo(x1, y1 - h);
  ctx.stroke();
  ctx.fillStyle = '#333';
  ctx.font = font(base * 0.62);
  ctx.textBaseline = 'middle';
  ctx.fillText(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`, x1 - w + base * 0.3, y1 - h / 2);
  ctx.textBaseline = 'alphabetic';
}

export async function canvasToPng(c: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob>((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

/** One entry of a map's key: a round dot (with its ring colour) or a square swatch. */
export interface KeyItem {
  colour: string;
  label: string;
  ring?: string;
  square?: boolean;
}

export interface MapPicture {
  title: string;
  /** the settings and results, each its own paragraph */
  lines: string[];
  key: KeyItem[];
  /** sources, coordinate system, date */
  footer: string;
}

/** Draws the picture: title and lines above the map, the key and footer below it. */
export function composeMap(map: MlMap, p: MapPicture): HTMLCanvasElement {
  const src = map.getCanvas();
  const W = src.width;
  const b = Math.max(14, W / 64); // the type unit, also the margin
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  out.width = W;
  let y = 0;
  /** Paragraphs wrapped to the width, a line every `step` units, its baseline `lift` units above the step's foot. */
  const text = (paras: string[], size: number, colour: string, step: number, lift: number, bold = false) => {
    ctx.font = font(b * size, bold);
    ctx.fillStyle = colour;
    for (const t of paras.flatMap((x) => wrapText(ctx, x, W - 2 * b))) ctx.fillText(t, b, (y += b * step) - b * lift);
  };
  // drawn twice: first to learn the height (resizing a canvas clears it), then at that height
  const draw = () => {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, out.height);
    y = b;
    text([p.title], 1.3, '#1f2a30', 1.7, 0.4, true);
    text(p.lines, 0.8, '#37474f', 1.25, 0.35);
    // whole pixels: the map is copied pixel for pixel, not resampled
    const head = Math.round(y + b * 0.6);
    ctx.drawImage(src, 0, head);
    y = head + src.height;
    ctx.strokeStyle = '#b0bec5';
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, head + 0.5, W - 1, src.height - 1);
    drawScale(ctx, map, W, W - b, y - b * 0.7, b);
    // the key in rows: each symbol with its label
    ctx.font = font(b * 0.8);
    ctx.textBaseline = 'middle';
    let x = b;
    let row = 0;
    for (const item of p.key) {
      const w = b * 1.4 + ctx.measureText(item.label).width + b;
      if (x > b && x + w > W - b) {
        x = b;
        row++;
      }
      const cy = y + b * 0.6 + row * b * 1.5 + b * 0.75;
      ctx.fillStyle = item.colour;
      ctx.strokeStyle = item.ring ?? '#90a4ae';
      ctx.lineWidth = b * 0.12;
      ctx.beginPath();
      if (item.square) ctx.rect(x, cy - b * 0.4, b, b * 0.8);
      else ctx.arc(x + b * 0.5, cy, b * 0.42, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = '#1f2a30';
      ctx.fillText(item.label, x + b * 1.4, cy);
      x += w;
    }
    ctx.textBaseline = 'alphabetic';
    y += b * 0.6 + (p.key.length ? (row + 1) * b * 1.5 + b * 0.6 : 0);
    text([p.footer], 0.72, '#546e7a', 1.1, 0.3);
    return y + b;
  };
  out.height = Math.ceil(draw());
  draw();
  return out;
}

/**
 * Renders the map at twice its pixels (at least), draws the picture and downloads it as `name`.
 * The map's own pixel ratio is restored afterwards.
 */
export async function downloadMapPng(map: MlMap, p: MapPicture, name: string): Promise<void> {
  const before = map.getPixelRatio();
  map.setPixelRatio(Math.max(2, before));
  try {
    // the font for every character of the picture (its JSON: the rest is ASCII) and the scale bar
    await Promise.all([settle(map), loadFontFor(JSON.stringify(p) + '0123456789 km')]);
    downloadBlob(name, await canvasToPng(composeMap(map, p)), 'image/png');
  } finally {
    map.setPixelRatio(before);
  }
}
