// Condenses a file's many per-row source strings into a short list for the 数据说明 panel:
// "003 白皮书2024：第三章 四(二)3、附录一、附录二 …" instead of every distinct string. Pure.
import { chineseNumber } from '../i18n/citations';
export interface SourceGroup {
  /** the document or origin, e.g. "003 白皮书2024" or "公开常识：上海地铁线网" */
  origin: string;
  /** sections cited within it: chapters first, then appendices, in document order */
  sections: string[];
}

const DOC = /^(\d{3} [^ ]+)\s*(.*)$/; // e.g. "003 白皮书2024 附录五"
const SECTION = /^(附录|第[一二三四五六七八九十]+章)/;
/** A further part of the chapter cited before it: 四(二)3 after 第三章 四(一). */
const SUBSECTION = /^[一二三四五六七八九十]+[(（]/;
/** An origin's name is cut at its first bracket, and at a word after this many characters (…). */
const ORIGIN_MAX = 60;

function sectionKey(section: string): number {
  const ch = /^第([一二三四五六七八九十]+)章/.exec(section);
  if (ch) return chineseNumber(ch[1]);
  const ap = /^附录([一二三四五六七八九十]+)/.exec(section);
  return ap ? 100 + chineseNumber(ap[1]) : 1000;
}

/** Splits at ；/; outside brackets, so an explanation in （…） stays whole. */
function parts(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of source) {
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if ((ch === '；' || ch === ';') && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

export function summariseSources(sources: readonly string[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const add = (origin: string, section: string) => {
    const g = groups.get(origin) ?? { origin, sections: [] };
    groups.set(origin, g);
    if (section && !g.sections.includes(section)) g.sections.push(section);
  };
  for (const source of sources) {
    let doc = '';
    let chapter = '';
    let otherSeen = false;
    for (const part of parts(source)) {
      const m = DOC.exec(part);
      const section = m ? m[2].trim() : part;
      if (m) doc = m[1];
      if (doc && (m || SECTION.test(part))) {
        chapter = /^第[一二三四五六七八九十]+章/.exec(section)?.[0] ?? '';
        add(doc, section);
      } else if (doc && chapter && SUBSECTION.test(part)) {
        add(doc, `${chapter} ${part}`);
      } else if (!otherSeen) {
        // another origin: its name up to the first bracket; later parts only explain it
        otherSeen = true;
        const name = part.split(/[（(]/)[0].trim();
        add(name.length > ORIGIN_MAX ? `${name.slice(0, ORIGIN_MAX).replace(/[\s,，、][^\s,，、]*$/, '')}…` : name, '');
      }
    }
  }
  for (const g of groups.values()) g.sections.sort((a, b) => sectionKey(a) - sectionKey(b) || a.localeCompare(b));
  return [...groups.values()];
}
