// The searchable places of a loaded data set: enterprises, stations, institutions, facilities, towns.
import type { DataPack } from '../../lib/io/pack-types';
import { townLabelPoint } from '../../lib/data/areas';
import { townNamesOf } from '../../lib/data/population';
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
  for (const f of pack.boundaries.features) {
    const name = String(f.properties?.name ?? '');
    if (!name) continue;
    const [lng, lat] = townLabelPoint(f);
    const town = pack.towns.find((t) => t.name === name);
    out.push({ key: `town:${name}`, name, nameEn: town?.name_en, aliases: town && townNamesOf(town).slice(1), detail: '', lng, lat, kind: 'town', type: town?.type });
  }
  return out;
}
