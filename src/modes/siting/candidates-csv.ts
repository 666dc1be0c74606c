// A planner's own candidate sites from a CSV file (id,name,lng,lat; Chinese headers accepted),
// parsed with the project's table reader. Pure.
import { parseTable } from '../../lib/data/table';
import { parseCoordinate } from '../../lib/data/coords';
import { toWgs84, type Crs } from '../../lib/data/crs';

export interface CandidateSite {
  id: string;
  name: string;
  lng: number;
  lat: number;
}

const HEAD: Record<keyof CandidateSite, string[]> = {
  id: ['id', '编号', '序号'],
  name: ['name', '名称', '地点', '候选点'],
  lng: ['lng', 'lon', 'longitude', 'x', '经度'],
  lat: ['lat', 'latitude', 'y', '纬度'],
};

export function parseCandidatesCsv(text: string, crs: Crs = 'WGS84'): { sites: CandidateSite[]; errors: { line: number; reason: string }[] } {
  const t = parseTable(text);
  const norm = t.headers.map((h) => h.trim().toLowerCase());
  const col = (k: keyof CandidateSite) => norm.findIndex((h) => HEAD[k].includes(h));
  const ci = { id: col('id'), name: col('name'), lng: col('lng'), lat: col('lat') };
  if (ci.lng < 0 || ci.lat < 0) return { sites: [], errors: [{ line: t.headerLine, reason: 'missing lng/lat columns' }] };
  const sites: CandidateSite[] = [];
  const errors: { line: number; reason: string }[] = [];
  const seen = new Set<string>();
  t.rows.forEach((row, r) => {
    const line = t.lines[r];
    const lng = parseCoordinate(row[ci.lng] ?? '');
    const lat = parseCoordinate(row[ci.lat] ?? '');
    if (!lng.ok || !lat.ok || Math.abs(lat.value) > 90 || Math.abs(lng.value) > 180) {
      errors.push({ line, reason: 'bad coordinate' });
      return;
    }
    let id = (ci.id >= 0 ? row[ci.id] : '')?.trim() || `c${r + 1}`;
    if (seen.has(id)) {
      errors.push({ line, reason: `duplicate id ${id}` });
      return;
    }
    seen.add(id);
    const [x, y] = toWgs84(lng.value, lat.value, crs);
    const name = (ci.name >= 0 ? row[ci.name] : '')?.trim() || id;
    id = `u:${id}`;
    sites.push({ id, name, lng: x, lat: y });
  });
  return { sites, errors };
}
