// The offline base style: no tiles, no glyph server, no sprite. Text is drawn by MapLibre from the
// bundled Noto Sans SC subsets declared in the style-level `font-faces` property.
import type { StyleSpecification } from 'maplibre-gl';

export const FONT = 'Noto Sans SC';
export const FONT_STACK = [FONT];

export interface FontFace {
  url: string;
  'unicode-range': string[];
}

/** Fetches the font-face list written by scripts/copy-fonts.mjs and makes its URLs absolute. */
export async function loadFontFaces(base: string): Promise<FontFace[]> {
  const url = new URL('fonts/font-faces.json', base);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const faces = (await res.json()) as FontFace[];
  return faces.map((f) => ({ ...f, url: new URL(f.url, base).href }));
}

let pageFaces: Promise<FontFace[]> | undefined;
let resolvedFaces: FontFace[] | undefined;

/**
 * The page's font faces, fetched once. main.ts starts the fetch before the UI mounts (and
 * index.html preloads the file), so the map can be created as soon as its container exists.
 */
export function pageFontFaces(): Promise<FontFace[]> {
  return (pageFaces ??= loadFontFaces(document.baseURI).then((f) => (resolvedFaces = f)));
}

/** The page's font faces if they have already arrived (so the map can be created synchronously). */
export function fontFacesIfReady(): FontFace[] | undefined {
  return resolvedFaces;
}

export function baseStyle(faces: FontFace[]): StyleSpecification {
  return {
    version: 8,
    name: '质汇地图 offline',
    'font-faces': { [FONT]: faces },
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }],
  } as StyleSpecification;
}
