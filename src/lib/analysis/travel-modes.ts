// Travel modes and their default speeds, apart from route-distance.ts so that panels which only
// offer the choice do not load the router (and its box tree) on the main thread.
export type TravelMode = 'walk' | 'bike' | 'car';
export const TRAVEL_MODES: readonly TravelMode[] = ['walk', 'bike', 'car'];
/** Editable defaults (km/h): walking 4.0, cycling ~13, car ~30 effective in town traffic. */
export const DEFAULT_SPEED_KMH: Readonly<Record<TravelMode, number>> = { walk: 4.0, bike: 13, car: 30 };

/** Whether a speed typed into a panel is one the analyses use (1–120 km/h). */
export const usableSpeed = (kmh: number): boolean => Number.isFinite(kmh) && kmh >= 1 && kmh <= 120;

/** The typed speed when usable, else the mode's default. */
export const speedOrDefault = (kmh: number, mode: TravelMode): number => (usableSpeed(kmh) ? kmh : DEFAULT_SPEED_KMH[mode]);
