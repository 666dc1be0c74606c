// Band resolution: from a category's band to the raw-distance threshold used on the grid.
import { DEFAULT_BANDS, DEFAULT_SPEED_KMH, type Band, type TravelMode } from './types.ts';

export function bandFor(category: string, bands?: Partial<Record<string, Band>>): Band {
  return bands?.[category] ?? (DEFAULT_BANDS as Record<string, Band | undefined>)[category] ?? { minutes: 15, mode: 'walk' };
}

export function bandMode(band: Band): TravelMode {
  return band.mode ?? 'walk';
}

export function bandSpeedKmh(band: Band): number {
  return ('speedKmh' in band && band.speedKmh) || DEFAULT_SPEED_KMH[bandMode(band)];
}

/** Travel time in minutes for a raw distance: distance × detour / speed. */
export function travelMinutes(distanceMetres: number, detour: number, speedKmh: number): number {
  return (distanceMetres * detour) / ((speedKmh * 1000) / 60);
}

/** The raw distance (metres, before detour) up to which a place reaches the band. */
export function thresholdMetres(band: Band, detour: number): number {
  if ('metres' in band) return band.metres;
  return (band.minutes * ((bandSpeedKmh(band) * 1000) / 60)) / detour;
}
