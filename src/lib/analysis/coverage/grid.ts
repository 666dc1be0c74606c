// The analysis grid: a regular raster of square cells over the district in a local metric
// projection, with a district mask and a town index per cell. Built once per district+cell size.
import type { Position } from 'geojson';
import { createProjection, type Projection } from '../projection.ts';
import { scanFill, type Ring } from './rasterize.ts';
import type { AreaGeometry, AreaInput, DistrictInput } from './types.ts';

export interface Grid {
  width: number;
  height: number;
  cellSize: number;
  /** Projection origin [lng, lat]; x/y below are metres in that projection. */
  origin: [number, number];
  /** x of the grid's west edge and y of its north edge, metres. */
  x0: number;
  yTop: number;
  /** 1 where the cell centre is inside the district outline. */
  mask: Uint8Array;
  /** Index into townNames, or -1. */
  townIndex: Int16Array;
  townNames: string[];
  /** Cells per town (inside the district mask). */
  townCells: Float64Array;
  districtCells: number;
}

export function projectionOf(grid: Pick<Grid, 'origin'>): Projection {
  return createProjection(grid.origin);
}

export function geometriesOf(input: AreaInput): AreaGeometry[] {
  if (input.type === 'FeatureCollection') return input.features.flatMap((f) => (f.geometry ? [f.geometry] : []));
  if (input.type === 'Feature') return input.geometry ? [input.geometry] : [];
  return [input];
}

function ringsOf(g: AreaGeometry): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** [lng, lat] → fractional cell coordinates [u, v] (cell centres at integers). */
export function cellCoords(grid: Grid, proj: Projection, lng: number, lat: number): [number, number] {
  const [x, y] = proj.toXY([lng, lat]);
  return [(x - grid.x0) / grid.cellSize - 0.5, (grid.yTop - y) / grid.cellSize - 0.5];
}

/** Centre of cell (i, j) as [lng, lat]. */
export function cellLngLat(grid: Grid, proj: Projection, i: number, j: number): [number, number] {
  return proj.toLngLat([grid.x0 + (i + 0.5) * grid.cellSize, grid.yTop - (j + 0.5) * grid.cellSize]);
}

/** Builds the grid covering the outline's bounding box plus `marginMetres` on every side. */
export function buildGrid(district: DistrictInput, cellSize: number, marginMetres = 0): Grid {
  if (!(cellSize > 0)) throw new Error(`cell size must be > 0, got ${cellSize}`);
  const outline = geometriesOf(district.outline);
  let minLng = Infinity, minLat = Infinity, maxLng = -Infinity, maxLat = -Infinity;
  for (const g of outline) for (const ring of ringsOf(g)) for (const [lng, lat] of ring) {
    minLng = Math.min(minLng, lng); maxLng = Math.max(maxLng, lng);
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
  }
  if (!Number.isFinite(minLng)) throw new Error('district outline has no coordinates');
  const origin: [number, number] = [(minLng + maxLng) / 2, (minLat + maxLat) / 2];
  const proj = createProjection(origin);
  const [xa, ya] = proj.toXY([minLng, minLat]);
  const [xb, yb] = proj.toXY([maxLng, maxLat]);
  const x0 = xa - marginMetres;
  const yTop = yb + marginMetres;
  const width = Math.max(1, Math.ceil((xb + marginMetres - x0) / cellSize));
  const height = Math.max(1, Math.ceil((yTop - (ya - marginMetres)) / cellSize));
  const toUV = (ring: Position[]): Ring =>
    ring.map(([lng, lat]) => {
      const [x, y] = proj.toXY([lng, lat]);
      return [(x - x0) / cellSize - 0.5, (yTop - y) / cellSize - 0.5] as const;
    });

  const mask = new Uint8Array(width * height);
  const outlineRings = outline.flatMap((g) => ringsOf(g).map(toUV));
  scanFill(outlineRings, width, height, (j, i0, i1) => mask.fill(1, j * width + i0, j * width + i1 + 1));

  const townIndex = new Int16Array(width * height).fill(-1);
  const townNames: string[] = [];
  for (const f of district.towns?.features ?? []) {
    if (!f.geometry) continue;
    const t = townNames.length;
    townNames.push(f.properties?.name ?? `#${t + 1}`);
    scanFill(ringsOf(f.geometry).map(toUV), width, height, (j, i0, i1) => {
      for (let k = j * width + i0, e = j * width + i1; k <= e; k++) if (townIndex[k] < 0 && mask[k]) townIndex[k] = t;
    });
  }
  const townCells = new Float64Array(townNames.length);
  let districtCells = 0;
  for (let k = 0; k < mask.length; k++) {
    if (!mask[k]) continue;
    districtCells++;
    if (townIndex[k] >= 0) townCells[townIndex[k]]++;
  }
  return { width, height, cellSize, origin, x0, yTop, mask, townIndex, townNames, townCells, districtCells };
}
