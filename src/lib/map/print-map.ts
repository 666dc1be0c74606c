// 打印 / 存为 PDF of a mode's map and its panel (review 13 M7): the browser prints the page under
// print CSS (app.css, body.map-print) that puts the map first, as drawn with its key and scale
// bar, and the panel's text and tables after it, without their controls. The map goes to paper as
// a still of its canvas: a canvas laid out anew for paper is cleared before it is drawn again.
import type { Map as MlMap } from 'maplibre-gl';

/** An A4 page's width inside 10 mm margins, in CSS pixels: a wider map is scaled down to it. */
const PAGE_PX = (190 / 25.4) * 96;

/** Lays the page out for paper, as drawn now, until the print is done; the still is the map's canvas (its buffer kept). */
function prepare(map: MlMap): HTMLImageElement {
  const box = map.getContainer();
  const still = new Image();
  still.className = 'print-still';
  still.alt = '';
  still.src = map.getCanvas().toDataURL('image/png');
  box.prepend(still);
  const body = document.body;
  body.style.setProperty('--print-w', `${box.clientWidth}px`);
  body.style.setProperty('--print-h', `${box.clientHeight}px`);
  body.style.setProperty('--print-zoom', String(Math.min(1, PAGE_PX / box.clientWidth)));
  body.classList.add('map-print');
  // a folded list marked data-print-open (驿站选址's unreached enterprises) has no one to unfold it on paper (review 18)
  const shut = [...document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]:not([open])')];
  for (const d of shut) d.open = true;
  addEventListener('afterprint', () => (body.classList.remove('map-print'), still.remove(), shut.forEach((d) => (d.open = false))), { once: true });
  return still;
}

export async function printMap(map: MlMap): Promise<void> {
  await prepare(map).decode();
  print();
}

/**
 * The browser's own print (Ctrl+P / ⌘P, its menu, print() called elsewhere) prints as the mode's 打印 does while
 * `ready()`, not the panel's controls (review 25): laid out at its beforeprint, as Chromium draws the still, a data
 * URL, on the paper it lays out next (打印 waits for the still to decode). Returns the undo.
 */
export function bindPrint(map: MlMap, ready = () => true): () => void {
  const onPrint = () => ready() && !document.body.classList.contains('map-print') && prepare(map);
  addEventListener('beforeprint', onPrint);
  return () => removeEventListener('beforeprint', onPrint);
}
