// The searchable places of a loaded data set: enterprises, stations, institutions, facilities, towns.
import type { DataPack } from '../../lib/io/pack-types';
import { townLabelPoint } from '../../lib/data/areas';
import { townNamesOf } from '../../lib/data/population';
import { POINT_LAYER_KEYS } from '../../lib/io/pack-records';
import type { Place } from './place-search';

export function placesOf(pack: DataPack): Place[] {
  const out: Place[] = [];
  const add = (kind: string, rows: readonly { id: string; name: string; name_en: string; town: string; lng: number; lat: number; subtype?: string }[]) => {
    for (const r of rows) out.push({ key: `${kind}:${r.id}`, name: r.name, nameEn: r.name_en, detail: r.town, lng: r.lng, lat: r.lat, kind, type: r.subtype });
  };
  add('enterprise', pack.enterprises);
  add('station', pack.stations);
  add('institution', pack.institutions);
  add('facility', pack.facilities);
  const centres = townCentres(pack);
  for (const f of pack.boundaries.features) {
    const name = String(f.properties?.name ?? '');
    if (!name) continue;
    const [lng, lat] = centres.get(name) ?? townLabelPoint(f);
    const town = pack.towns.find((t) => t.name === name);
    out.push({ key: `town:${name}`, name, nameEn: town?.name_en, aliases: town && townNamesOf(town).slice(1), detail: '', lng, lat, kind: 'town', type: town?.type });
  }
  return out;
}

/**
 * Where the pack's points known only by their town gather, per town: the town's representative point they are
 * spread around (data/README.md). A town picked in 找服务 stands there, not at its name's anchor on the map, which
 * keeps clear of the points and lay 2–3 km from them in 浦江镇 and 华漕镇 (review 16). One pass over the points.
 */
function townCentres(pack: DataPack): Map<string, [number, number]> {
  const sums = new Map<string, number[]>();
  for (const layer of POINT_LAYER_KEYS)
    for (const r of pack[layer]) {
      if (r.precision !== 'town') continue;
      const s = sums.get(r.town) ?? [0, 0, 0];
      s[0] += r.lng;
      s[1] += r.lat;
      s[2]++;
      sums.set(r.town, s);
    }
  return new Map([...sums].map(([town, [lng, lat, n]]) => [town, [lng / n, lat / n]]));
}
