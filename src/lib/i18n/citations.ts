// The documents and sections a row or a slide comes from, in the UI language: on a slide one short
// line, each document once with its sections, without the provenance notes of a row (位置：…,
// 代码：…), which belong to that row's details; in details the whole source. In English the document and
// sections are translated here, the other phrases by data/names-en.json's "source phrases". Pure TypeScript.
import type { Locale } from './messages';
import { SOURCE_PHRASE } from './flatten-names';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number (十二 = 12, 二十 = 20); NaN for anything else. */
export function chineseNumber(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return NaN;
  if (!m[2]) return m[3] ? NaN : DIGITS[m[1]];
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

const num = (s: string) => {
  const n = chineseNumber(s);
  return Number.isNaN(n) ? s : String(n);
};

/** 附录十二 → Appendix 12; 第三章 四(二)3 → Chapter 3, section 4(2)3 (四(二)3 after it → section 4(2)3); anything else as written. */
export function sectionInEnglish(sec: string): string {
  const app = /^附录([一二三四五六七八九十]+)$/.exec(sec);
  if (app) return `Appendix ${num(app[1])}`;
  const ch = /^(?:第([一二三四五六七八九十]+)章\s*)?(?:([一二三四五六七八九十]+)(.*))?$/.exec(sec);
  if (!ch || !sec) return sec;
  const rest = (ch[3] ?? '').replace(/\(([一二三四五六七八九十]+)\)/g, (_, n: string) => `(${num(n)})`);
  return [ch[1] && `Chapter ${num(ch[1])}`, ch[2] && `section ${num(ch[2])}${rest}`].filter(Boolean).join(', ');
}

/**
 * A source's text with each Chinese phrase of `names` (data/names-en.json's "source phrases", keyed
 * with SOURCE_PHRASE; not its other words) replaced by its English, the longest first.
 */
export const phrasesIn = (text: string, names: Readonly<Record<string, string>>): string =>
  Object.keys(names)
    .filter((k) => k[0] === SOURCE_PHRASE)
    .sort((a, b) => b.length - a.length)
    .reduce((t, k) => t.replaceAll(k.slice(1), names[k]), text);

/** "003 白皮书2024" → "White Paper 2024 (003)"; another document as written. */
function documentInEnglish(doc: string): string {
  const m = /^(\d{3}) 白皮书(\d{4})$/.exec(doc);
  return m ? `White Paper ${m[2]} (${m[1]})` : doc;
}

/**
 * A document with its sections: `003 白皮书2024：附录七、第三章 四(三)1` or `White Paper 2024 (003): Appendix 7; Chapter 3, section 4(3)1`;
 * `titled` (for an audience, to whom "003" means nothing): `《2024年度闵行区质量状况分析白皮书》附录七、…` or `Minhang Quality White Paper 2024: …`.
 */
export function citedLine(doc: string, sections: readonly string[], locale: Locale, titled = false, names: Readonly<Record<string, string>> = {}): string {
  const en = locale === 'en';
  const paper = titled && /^\d{3} 白皮书(\d{4})$/.exec(doc);
  const name = paper ? (en ? `Minhang Quality White Paper ${paper[1]}` : `《${paper[1]}年度闵行区质量状况分析白皮书》`) : en ? documentInEnglish(doc) : doc;
  if (!en) return sections.length ? `${name}${paper ? '' : '：'}${sections.join('、')}` : name;
  return phrasesIn(sections.length ? `${name}: ${sections.map(sectionInEnglish).join('; ')}` : name, names);
}

/**
 * Source texts ("003 白皮书2024 附录七;第三章 四(三)1；代码：…") merged into one line per document:
 * `003 白皮书2024：附录七、第三章 四(三)1` or `White Paper 2024 (003): Appendix 7; Chapter 3, section 4(3)1`;
 * `titled` for a slide (citedLine).
 * From the first labelled note after a full-width ；(位置：…, 代码：…) the rest of a text is left out.
 */
export function citations(sources: readonly string[], locale: Locale, titled = false): string {
  const docs = new Map<string, string[]>();
  for (const src of sources) {
    for (const group of src.split('；').map((g) => g.trim())) {
      // a labelled note runs to the end of the text (it may hold a ；of its own)
      if (/^[^\s：:；;]{1,8}[：:]/.test(group)) break;
      if (!group) continue;
      const m = /^(\d{3} \S+)\s*(.*)$/.exec(group);
      const doc = m ? m[1] : group;
      const secs = docs.get(doc) ?? [];
      for (const s of (m ? m[2] : '').split(/[;；]/).map((x) => x.trim())) if (s && !secs.includes(s)) secs.push(s);
      docs.set(doc, secs);
    }
  }
  return [...docs].map(([doc, secs]) => citedLine(doc, secs, locale, titled)).join(locale === 'en' ? ' · ' : '；');
}

/**
 * A row's source for its details: as written in Chinese (a document's sections joined with 、); in English
 * its citation in English followed by its notes (位置：…), or the whole text when it cites no document
 * (公开常识：…), each in English by `names`' source phrases (phrasesIn).
 */
export function sourceIn(source: string, locale: Locale, names: Readonly<Record<string, string>> = {}): string {
  // in Chinese, a document's sections with 、 as on a slide (the pack writes 附录七;第三章 四(三)1)
  if (locale !== 'en') return /^\d{3} /.test(source) ? source.replace(/;/g, '、') : source;
  const cited = citations([source], 'en');
  const groups = source.split('；');
  const notes = groups.findIndex((g) => /^[^\s：:；;]{1,8}[：:]/.test(g.trim()));
  return phrasesIn(!cited ? source : notes < 0 ? cited : `${cited}; ${groups.slice(notes).join('；')}`, names);
}
