// PNG export of a slide at presentation resolution: the MapLibre canvas (created with
// preserveDrawingBuffer) drawn to cover 1920×1080, the card drawn with Canvas 2D in the page's
// 'Noto Sans SC', then footer and progress. The zip of all slides: zip.ts.
import type { Map as MlMap } from 'maplibre-gl';
import type { Card } from './slides';
import { drawCard } from './draw-card';
import { drawScale, font, loadFontFor, settle, wrapText } from '../../lib/map/map-png';
import { cardBox, EXPORT_H, EXPORT_W, scaleBarBox, STAGE } from './stage';

export interface SlideFrame {
  card: Card;
  footer: string;
  progress: string;
}

function cardText(card: Card): string {
  return JSON.stringify(card);
}

/** Makes sure the font subsets for every character on the card are loaded before drawing. */
export async function loadCardFont(frames: SlideFrame[]): Promise<void> {
  await loadFontFor(frames.map((f) => cardText(f.card) + f.footer + f.progress).join(''));
}

/**
 * The map's layout size while slides are exported: 1280×720 at pixel ratio 1.5 is 1920×1080, so
 * a PNG exported on a phone or a wall screen is framed and labelled like one from a laptop.
 */
export const EXPORT_STAGE = { w: 1280, h: 720 } as const;

/** Lays the map out at the export size, scaled to fit its usual box; returns the undo. */
export function useExportStage(map: MlMap): () => void {
  const c = map.getContainer();
  const k = Math.min(c.clientWidth / EXPORT_STAGE.w, c.clientHeight / EXPORT_STAGE.h);
  const before = c.getAttribute('style');
  Object.assign(c.style, {
    inset: 'auto',
    left: '0',
    top: '0',
    width: `${EXPORT_STAGE.w}px`,
    height: `${EXPORT_STAGE.h}px`,
    transform: `scale(${k})`,
    transformOrigin: '0 0',
  });
  map.resize();
  return () => {
    if (before === null) c.removeAttribute('style');
    else c.setAttribute('style', before);
    map.resize();
  };
}

/** Renders the map at the export width (pixel ratio) and returns a function that undoes it. */
export async function renderMapForExport(map: MlMap): Promise<() => void> {
  const before = map.getPixelRatio();
  const ratio = EXPORT_W / Math.max(1, map.getContainer().clientWidth);
  if (Math.abs(ratio - before) > 1e-3) {
    map.setPixelRatio(ratio);
  }
  await settle(map);
  return () => map.setPixelRatio(before);
}

export function composeSlide(map: MlMap, frame: SlideFrame): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = EXPORT_W;
  out.height = EXPORT_H;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#eef1f4';
  ctx.fillRect(0, 0, EXPORT_W, EXPORT_H);
  const src = map.getCanvas();
  // cover: scale the map canvas to fill 16:9, cropping the excess evenly
  const scale = Math.max(EXPORT_W / src.width, EXPORT_H / src.height);
  const sw = EXPORT_W / scale;
  const sh = EXPORT_H / scale;
  ctx.drawImage(src, (src.width - sw) / 2, (src.height - sh) / 2, sw, sh, 0, 0, EXPORT_W, EXPORT_H);
  const base = EXPORT_W * STAGE.type;
  drawCard(ctx, frame.card, cardBox(EXPORT_W, EXPORT_H), base);
  const bar = scaleBarBox(EXPORT_W, EXPORT_H);
  drawScale(ctx, map, scale * src.width, bar.right, bar.bottom, base);
  drawFooter(ctx, frame, base);
  return out;
}

function drawFooter(ctx: CanvasRenderingContext2D, frame: SlideFrame, base: number): void {
  const h = EXPORT_H * STAGE.footerH;
  const y = EXPORT_H - h;
  ctx.fillStyle = 'rgba(38,50,56,0.9)';
  ctx.fillRect(0, y, EXPORT_W, h);
  const px = base * 0.66;
  ctx.font = font(px);
  ctx.fillStyle = '#eceff1';
  ctx.textBaseline = 'middle';
  const pw = ctx.measureText(frame.progress).width;
  const lines = wrapText(ctx, frame.footer, EXPORT_W - pw - base * 3);
  const lh = px * 1.3;
  const top = y + h / 2 - ((lines.length - 1) * lh) / 2;
  lines.slice(0, 2).forEach((l, i) => ctx.fillText(l, base, top + i * lh));
  ctx.textAlign = 'right';
  ctx.fillText(frame.progress, EXPORT_W - base, y + h / 2);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
