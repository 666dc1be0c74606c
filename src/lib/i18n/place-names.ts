// Town and industry names in the UI language. The pack's town records carry the English names;
// a name the pack does not know (a planner's import, an empty cell) is shown as it is.
import type { TownRecord } from '../data/schema';
import { vocab, type Locale } from './messages';

type Towns = readonly Pick<TownRecord, 'name' | 'name_en' | 'industry' | 'industry_en'>[];

export function townInLocale(towns: Towns, name: string, locale: Locale): string {
  if (locale !== 'en') return name;
  return towns.find((t) => t.name === name)?.name_en || name;
}

/**
 * A town's industry by its town record's English; other industry names (an enterprise's) from
 * `names`, the English of the pack's words (data/names-en.json), or the vocabulary.
 */
export function industryInLocale(towns: Towns, industry: string, locale: Locale, names: Readonly<Record<string, string>> = {}): string {
  if (locale !== 'en') return industry;
  return towns.find((t) => t.industry === industry)?.industry_en || names[industry] || vocab(industry, locale);
}

/**
 * A town's key enterprises in the UI language: in English its `key_enterprises_en` when that lists
 * as many names as `key_enterprises` (the same names in the same order); otherwise as written.
 */
export function keyEnterprisesIn(t: Pick<TownRecord, 'key_enterprises' | 'key_enterprises_en'>, locale: Locale): string[] {
  const split = (s: string | undefined) => (s ?? '').split(/[;；]/).map((x) => x.trim()).filter(Boolean);
  const zh = split(t.key_enterprises);
  const en = locale === 'en' ? split(t.key_enterprises_en) : [];
  return en.length === zh.length ? en : zh;
}

/** A town's English name without Town / Subdistrict (Qibao), as the map writes it where space is short. */
export const shortEnglishName = (nameEn: string): string => nameEn.replace(/ (Town|Subdistrict)$/, '').replace(/ Industrial Zone$/, ' Ind. Zone');
