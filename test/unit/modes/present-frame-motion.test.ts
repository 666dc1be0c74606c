// 演示 names on a slide the towns its map can hold whole, worked out once the camera has arrived
// (frameSlide). With reduced motion MapLibre ends a flight inside fitBounds, moveend included: the
// names were then worked out by the slide before's listener, with that slide's town as the one always
// named (code review 17). A stand-in map fires moveend as MapLibre does, after a flight or at once.
import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { frameSlide } from '../../../src/modes/present/tour-map';
import type { DataPack } from '../../../src/lib/io/pack-types';
import { parseTownsCsv } from '../../../src/lib/data/load';
import { embeddedLayers, readData } from '../embedded-layers';

const geo = (name: string) => JSON.parse(readData(name));
const pack = { ...embeddedLayers(), towns: parseTownsCsv(readData('towns.csv')).records, boundaries: geo('town-boundaries.geojson'), outline: geo('district-outline.geojson') } as unknown as DataPack;

/** A map that keeps its filters, projects 1° as 4,000 px about the last fit's centre, and fires moveend at once, after a flight, or when a new move cuts a flight short. */
function standIn(jumps: boolean) {
  const waiting: (() => void)[] = [];
  const filters: Record<string, unknown> = {};
  let centre = [121.4, 31.1];
  let flight = 0;
  let flying = false;
  const moveend = () => {
    flying = false;
    waiting.splice(0).forEach((h) => h());
  };
  const map = {
    getLayer: (id: string) => (id === 'town-labels' ? { id } : undefined),
    setFilter: (id: string, f: unknown) => void (filters[id] = f),
    getFilter: (id: string) => filters[id],
    getContainer: () => ({ clientWidth: 1280, clientHeight: 720 }),
    fitBounds: (b: number[][], o: { duration: number }) => {
      // a new move first ends the flight under way, moveend included, where the camera is then
      if (flying) moveend();
      centre = [(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2];
      if (jumps || o.duration === 0) return moveend();
      flying = true;
      const id = ++flight;
      setTimeout(() => id === flight && flying && moveend(), 5);
    },
    isMoving: () => flying,
    once: (_: string, h: () => void) => void waiting.push(h),
    project: ([x, y]: [number, number]) => ({ x: 640 + (x - centre[0]) * 4000, y: 360 - (y - centre[1]) * 4000 }),
    getLayoutProperty: () => 24,
    getZoom: () => 11,
  };
  return { map: map as unknown as MlMap, filters };
}

const room = { locale: 'zh' as const, keepIn: { left: 0, top: 0, right: 1280, bottom: 720 }, keepOut: [] };
const pad = { left: 40, right: 40, top: 40, bottom: 40 };
const flown = () => new Promise((r) => setTimeout(r, 20));

describe("a slide's town names with reduced motion", () => {
  it('are those of the slide shown, as after a flight', async () => {
    const towns = pack.towns.map((t) => t.name);
    const flight = standIn(false);
    const jump = standIn(true);
    for (const town of towns.slice(0, 4)) {
      frameSlide(flight.map, pack, town, pad, true, room);
      await flown();
      frameSlide(jump.map, pack, town, pad, true, room);
      expect(jump.filters['town-labels'], town).toEqual(flight.filters['town-labels']);
    }
    // the filter leaves some names out, so the comparison says something
    expect(JSON.stringify(flight.filters['town-labels'])).toContain('!');
  });

  it('are those of the slide shown when the presenter steps on before the map has arrived (review 19)', async () => {
    const towns = pack.towns.map((t) => t.name);
    const waited = standIn(false);
    const hurried = standIn(false);
    for (let i = 0; i + 1 < 6; i += 2) {
      frameSlide(waited.map, pack, towns[i + 1], pad, true, room);
      await flown();
      frameSlide(hurried.map, pack, towns[i], pad, true, room);
      frameSlide(hurried.map, pack, towns[i + 1], pad, true, room);
      await flown();
      expect(hurried.filters['town-labels'], towns[i + 1]).toEqual(waited.filters['town-labels']);
    }
  });
});
