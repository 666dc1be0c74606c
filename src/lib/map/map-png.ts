// What drawing a map into a PNG takes besides the MapLibre canvas (created with
// preserveDrawingBuffer): text in the bundled 'Noto Sans SC' with its subsets loaded and lines
// broken, a scale bar (MapLibre's is HTML), waiting for the map to settle, PNG encoding.
// Used by the tour's slide export (modes/present); a map picture of another mode would start here.
import type { Map as MlMap } from 'maplibre-gl';
import { haversine } from '../data/coords';

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
