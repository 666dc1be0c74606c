// A planner's own candidate sites from a CSV file (id,name,lng,lat; Chinese headers accepted),
// parsed with the project's table reader and converted to WGS-84 here, at the edge. Every row
// that cannot be used is reported with its file line and why. Pure.
import { parseTable } from '../../lib/data/parse-table';
import { insideBounds, looksSwapped, parseCoordinate, type Bounds } from '../../lib/data/coords';
import { guessCrsFromSource, toWgs84, type Crs } from '../../lib/data/crs';

export interface CandidateSite {
  id: string;
  name: string;
  lng: number;
  lat: number;
}

/** The number of the next point clicked on the map (p1, p2 …): one past the largest, so a file read
 *  again, shortening the list, makes none repeat (code review: two "p4", the suggestion failed). */
export const nextClick = (cands: readonly CandidateSite[]): number => Math.max(0, ...cands.map((c) => +(/^p(\d+)$/.exec(c.id)?.[1] ?? 0))) + 1;

/** Why a row was not used: no coordinate columns at all, an unreadable or swapped coordinate, a repeated id, a point outside the district. */
export type CandidateProblem = 'columns' | 'coordinate' | 'swapped' | 'duplicate' | 'outside';

export interface CandidateIssue {
  line: number;
  problem: CandidateProblem;
  /** The id for `duplicate`, the cells for coordinate problems. */
  value?: string;
}

export interface CandidatesOptions {
  /** The coordinate system of the file (default WGS-84). */
  crs?: Crs;
  /** Rows outside this area (after conversion) are reported as `outside`. */
  district?: Bounds;
}

const HEAD: Record<keyof CandidateSite, string[]> = {
  id: ['id', '编号', '序号'],
  name: ['name', '名称', '地点', '候选点'],
  lng: ['lng', 'lon', 'longitude', 'x', '经度'],
  lat: ['lat', 'latitude', 'y', '纬度'],
};

/** The CRS a file names (in its file name or header line), or undefined. */
/** A candidate file as read, kept with the work: its name, text and the coordinate system chosen for it ('' automatic). */
export interface CandidateSource {
  name: string;
  text: string;
  crs: Crs | '';
}

export function candidatesCrs(fileName: string, text: string): Crs | undefined {
  return guessCrsFromSource(`${fileName}\n${text.split('\n', 1)[0]}`);
}

export function parseCandidatesCsv(text: string, opts: CandidatesOptions = {}): { sites: CandidateSite[]; issues: CandidateIssue[] } {
  const t = parseTable(text);
  const norm = t.headers.map((h) => h.trim().toLowerCase());
  const col = (k: keyof CandidateSite) => norm.findIndex((h) => HEAD[k].includes(h));
  const ci = { id: col('id'), name: col('name'), lng: col('lng'), lat: col('lat') };
  if (ci.lng < 0 || ci.lat < 0) return { sites: [], issues: [{ line: t.headerLine, problem: 'columns' }] };
  const sites: CandidateSite[] = [];
  const issues: CandidateIssue[] = [];
  const seen = new Set<string>();
  t.rows.forEach((row, r) => {
    const line = t.lines[r];
    // the cells as given (an empty one left out: "（, ）" said nothing)
    const cells = [row[ci.lng], row[ci.lat]].map((c) => c?.trim()).filter(Boolean).join(', ');
    const lng = parseCoordinate(row[ci.lng] ?? '');
    const lat = parseCoordinate(row[ci.lat] ?? '');
    if (!lng.ok || !lat.ok) return void issues.push({ line, problem: 'coordinate', value: cells });
    if (looksSwapped(lng.value, lat.value)) return void issues.push({ line, problem: 'swapped', value: cells });
    if (Math.abs(lat.value) > 90 || Math.abs(lng.value) > 180) return void issues.push({ line, problem: 'coordinate', value: cells });
    const raw = (ci.id >= 0 ? row[ci.id] : '')?.trim() || `c${r + 1}`;
    if (seen.has(raw)) return void issues.push({ line, problem: 'duplicate', value: raw });
    const [x, y] = toWgs84(lng.value, lat.value, opts.crs ?? 'WGS84');
    if (opts.district && !insideBounds(opts.district, x, y)) return void issues.push({ line, problem: 'outside', value: cells });
    seen.add(raw);
    const name = (ci.name >= 0 ? row[ci.name] : '')?.trim() || raw;
    sites.push({ id: `u:${raw}`, name, lng: x, lat: y });
  });
  return { sites, issues };
}
