// The 16:9 slide geometry, as fractions of the stage, shared by the on-screen slide and the PNG
// export so both place the card, footer and progress in the same spots.
export const EXPORT_W = 1920;
export const EXPORT_H = 1080;

export const STAGE = {
  /** card box */
  cardX: 0.018,
  cardY: 0.03,
  cardW: 0.37,
  /** footer strip height */
  footerH: 0.05,
  /** gap between card bottom and footer */
  gap: 0.02,
  /** base type size = stage width × this (1.3 × 1 % of the width; ≈ 25 px at 1920) */
  type: 0.013,
} as const;

export function cardBox(w: number, h: number): { x: number; y: number; w: number; h: number } {
  const x = w * STAGE.cardX;
  const y = h * STAGE.cardY;
  return { x, y, w: w * STAGE.cardW, h: h * (1 - STAGE.footerH - STAGE.gap) - y };
}

/**
 * The box the PNG's scale bar may take on a w × h stage (export-png.ts draws it at most eight type
 * units long, its lower right corner a type unit left of the edge and above the footer).
 */
export function scaleBarBox(w: number, h: number): { left: number; top: number; right: number; bottom: number } {
  const base = w * STAGE.type;
  const right = w - base;
  const bottom = h * (1 - STAGE.footerH) - base * 0.7;
  return { left: right - base * 8, top: bottom - base * 1.1, right, bottom };
}
