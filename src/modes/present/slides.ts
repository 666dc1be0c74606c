// The tour as data: the slide list (overview, one per town, closing) and each slide's card
// (title + blocks). The same card model is drawn as HTML on screen and with Canvas 2D in the
// PNG export, so both always say the same thing. Pure TypeScript (no DOM, no map).
import type { DataPack } from '../../lib/io/pack-types';
import type { TownRecord } from '../../lib/data/schema';
import type { Locale } from '../../lib/i18n/messages';
import { asideIn, labelled, listIn, pointNote, vocab } from '../../lib/i18n/messages';
import { ENTERPRISE_COLOUR, industryColours, NO_INDUSTRY_COLOUR, STATION_COLOUR } from '../../lib/map/palette';
import { citations } from '../../lib/i18n/citations';
import { comparableGroup, figuresIn, latestYear, shortIndustry } from './figures';
import type { CoverageSummary } from './coverage-summary';
import { ps } from './strings';
import { keyEnterprisesIn, townInLocale } from '../../lib/i18n/place-names';
import { countedTown } from '../../lib/data/areas';

export type Slide = { kind: 'overview' } | { kind: 'town'; town: string } | { kind: 'closing' };

export type Block =
  // a row's note follows its value as given: with its own space, or none before Chinese brackets
  | { kind: 'kv'; rows: { label: string; value: string; note?: string }[] }
  | { kind: 'chips'; items: string[] }
  | { kind: 'swatches'; items: Swatch[] }
  | { kind: 'stations'; items: { name: string; services: string; planned: boolean }[]; empty: string }
  | { kind: 'bars'; unit: string; items: { label: string; value: string; num: number; highlight: boolean }[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'note'; text: string };

/** A key entry: a box of colour, or a hollow ring in `colour` (`ring`: a point, most known only by their town). */
export interface Swatch {
  colour: string;
  label: string;
  sub?: string;
  ring?: boolean;
}

export interface Section {
  title?: string;
  block: Block;
}

export interface Card {
  kicker: string;
  title: string;
  subtitle: string;
  sections: Section[];
}

/** Towns in appendix order, then by the presenter's order where it names a town. */
export function orderedTowns(pack: DataPack, order: readonly string[]): string[] {
  const names = [...pack.towns].sort((a, b) => a.appendix_order - b.appendix_order).map((t) => t.name);
  const known = order.filter((n) => names.includes(n));
  return [...new Set([...known, ...names])];
}

export function buildSlides(pack: DataPack, order: readonly string[]): Slide[] {
  return [{ kind: 'overview' }, ...orderedTowns(pack, order).map((town) => ({ kind: 'town' as const, town })), { kind: 'closing' }];
}

export function slideTown(s: Slide): string | null {
  return s.kind === 'town' ? s.town : null;
}

/** A slide's PNG file name, its town in the UI language (English named it 浦江镇: review 12 L4). */
export function slideFileName(s: Slide, i: number, towns: Parameters<typeof townInLocale>[0], locale: Locale): string {
  const part = s.kind === 'town' ? townInLocale(towns, s.town, locale).replace(/\s+/g, '-') : s.kind;
  return `zhihui-${String(i + 1).padStart(2, '0')}-${part}.png`;
}

const CN_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];

export function dataYear(pack: DataPack): string {
  return latestYear(pack.towns);
}

function townName(pack: DataPack, name: string, locale: Locale): string {
  return townInLocale(pack.towns, name, locale);
}

function overviewCard(pack: DataPack, locale: Locale): Card {
  const colours = industryColours(pack.towns.map((t) => t.industry));
  const industryOf = (t: TownRecord) => (locale === 'en' && t.industry_en) || t.industry;
  const operating = pack.stations.filter((s) => s.status === '在运营').length;
  const planned = pack.stations.length - operating;
  return {
    kicker: ps(locale, 'overviewKicker'),
    title: ps(locale, 'overviewTitle'),
    subtitle: labelled(locale, ps(locale, 'dataYear'), dataYear(pack)),
    sections: [
      {
        title: ps(locale, 'legendTowns'),
        block: {
          kind: 'swatches',
          items: [...pack.towns]
            .sort((a, b) => a.appendix_order - b.appendix_order)
            .map((t) => ({
              colour: colours.get(t.industry) ?? NO_INDUSTRY_COLOUR,
              label: locale === 'en' ? t.name_en || t.name : t.name,
              // in full where the short name is another industry's too (review 24: two colours, one name)
              sub: pack.towns.some((o) => o.industry !== t.industry && shortIndustry(o.industry) === shortIndustry(t.industry)) ? industryOf(t) : shortIndustry(industryOf(t)),
            })),
        },
      },
      {
        block: {
          kind: 'swatches',
          items: [
            {
              // hollow, as most stations are on the map, and said why (review 24: a solid dot keyed rings)
              colour: STATION_COLOUR,
              ring: true,
              label: labelled(locale, ps(locale, 'stationsLegend'), `${pack.stations.length} ${ps(locale, 'stationsCount')}`),
              sub: `${operating} ${ps(locale, 'operating')} · ${planned} ${ps(locale, 'planned')} · ${ps(locale, 'stationsRing')}`,
            },
          ],
        },
      },
    ],
  };
}

function townCard(pack: DataPack, name: string, locale: Locale): Card {
  const t = pack.towns.find((x) => x.name === name);
  if (!t) return { kicker: '', title: name, subtitle: '', sections: [] };
  const figs = figuresIn(t, locale);
  const en = locale === 'en';
  const yearIn = (y: string) => (en ? y : `${y.replace('-', '—')}年`);
  // those naming the town, and those naming none of the towns that lie in its area (as on the map)
  const named = new Set(pack.towns.map((x) => x.name));
  const stations = pack.stations.filter((s) => countedTown(named, pack.boundaries, s) === name);
  const group = comparableGroup(pack.towns, name, locale);
  const kicker =
    locale === 'zh' ? `${ps(locale, 'appendix')}${CN_NUM[t.appendix_order] ?? t.appendix_order}` : `${ps(locale, 'appendix')} ${t.appendix_order}`;
  const sections: Section[] = [
    {
      title: ps(locale, 'figures'),
      block: {
        kind: 'kv',
        // a value keeps to one line with its unit ("7.8 bn yuan"): no-break spaces, on the slide and in the PNG;
        // Chinese as written there, 390余家（2024年）, not "390余 家 (2024)" (as figureIn in the details)
        rows: figs.map((f) => ({ label: f.label, value: (en ? `${f.value} ${f.unit}`.trim() : f.value + f.unit).replace(/ /g, '\u00a0'), note: f.year ? asideIn(locale, yearIn(f.year)) : undefined })),
      },
    },
    {
      title: ps(locale, 'keyEnterprises'),
      block: { kind: 'chips', items: keyEnterprisesIn(t, locale) },
    },
    {
      title: ps(locale, 'stations'),
      block: {
        kind: 'stations',
        empty: ps(locale, 'noStation'),
        // a station being set up says so in words, not only by its paler bar (review 21: read aloud, it sounded open)
        items: stations.map((s) => ({
          name: ((n) => (s.status !== '在运营' && !n.includes(ps(locale, 'planned')) ? n + asideIn(locale, ps(locale, 'planned')) : n))(locale === 'en' && s.name_en ? s.name_en : s.name),
          // a pin on the slide's map that stands for the town, or is placed from memory, says so (review 24: read as the station's spot)
          services: (s.services.length ? listIn(locale, s.services.map((x) => vocab(x, locale))) : ps(locale, 'servicesUnlisted')) + pointNote(locale, s.precision, ps(locale, 'townPoint')),
          planned: s.status !== '在运营',
        })),
      },
    },
  ];
  if (group) {
    sections.push({
      title: labelled(locale, ps(locale, 'compare'), group.label + asideIn(locale, [group.unit, group.year && yearIn(group.year)].filter(Boolean).join(en ? ', ' : '，'))),
      block: {
        kind: 'bars',
        unit: group.unit,
        items: group.items.map((i) => ({ label: townName(pack, i.town, locale), value: i.value, num: i.num, highlight: i.town === name })),
      },
    });
  }
  sections.push({ title: ps(locale, 'source'), block: { kind: 'note', text: citations([t.source, ...stations.map((s) => s.source)], locale, true) } });
  return {
    kicker,
    title: locale === 'en' ? t.name_en || t.name : t.name,
    subtitle: locale === 'en' ? t.industry_en || t.industry : t.industry,
    sections,
  };
}

function closingCard(pack: DataPack, cov: CoverageSummary | null, locale: Locale): Card {
  if (!cov) return { kicker: ps(locale, 'closingKicker'), title: ps(locale, 'closingTitle'), subtitle: '', sections: [] };
  const pct = cov.enterprises ? Math.round((100 * cov.reached) / cov.enterprises) : 0;
  return {
    kicker: ps(locale, 'closingKicker'),
    title: ps(locale, 'closingTitle'),
    subtitle: labelled(locale, ps(locale, 'dataYear'), dataYear(pack)),
    sections: [
      {
        block: {
          kind: 'kv',
          rows: [
            { label: ps(locale, 'totalStations'), value: `${cov.operating + cov.planned}`, note: ` ${cov.operating} ${ps(locale, 'operating')} · ${cov.planned} ${ps(locale, 'planned')}` },
            { label: ps(locale, 'townsWithStation'), value: `${cov.townsWithStation} / ${pack.towns.length}` },
            // beside the number, not only in the method: with town-point positions it shows little
            { label: ps(locale, 'reachShare'), value: `${pct}%`, note: ` ${cov.reached} / ${cov.enterprises} · ${ps(locale, 'reachTownOnly', { n: pack.enterprises.filter((e) => e.precision === 'town').length })}` },
          ],
        },
      },
      // the key to the map's symbols: the closing map adds the enterprises' rings to the stations;
      // both are hollow where only the town is known, as most stations are (code review 17)
      {
        block: {
          kind: 'swatches',
          items: [
            { colour: STATION_COLOUR, ring: true, label: ps(locale, 'stationsLegend') },
            { colour: ENTERPRISE_COLOUR, ring: true, label: ps(locale, 'enterprisesLegend'), sub: ps(locale, 'enterprisesRing') },
          ],
        },
      },
      {
        block: {
          kind: 'table',
          head: [ps(locale, 'townCol'), ps(locale, 'stationsCol'), ps(locale, 'reachCol')],
          rows: cov.towns.map((t) => [
            t.town ? townName(pack, t.town, locale) : ps(locale, 'otherTown'),
            t.planned ? `${t.operating} + ${t.planned}` : `${t.operating}`,
            t.enterprises ? `${t.reached} / ${t.enterprises}` : '–',
          ]),
        },
      },
      {
        block: {
          kind: 'note',
          text: ps(locale, 'method', { detour: cov.detour, speed: cov.speedKmh, metres: Math.round(cov.metres) }),
        },
      },
    ],
  };
}

export function slideCard(pack: DataPack, slide: Slide, cov: CoverageSummary | null, locale: Locale): Card {
  if (slide.kind === 'overview') return overviewCard(pack, locale);
  if (slide.kind === 'town') return townCard(pack, slide.town, locale);
  return closingCard(pack, cov, locale);
}
