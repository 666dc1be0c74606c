// Condenses a file's many per-row source strings into a short list for the 数据说明 panel:
// "003 白皮书2024：第三章 四(二)3、附录一、附录二 …" instead of every distinct string. Pure.
export interface SourceGroup {
  /** the document or origin, e.g. "003 白皮书2024" or "公开常识：上海地铁线网" */
  origin: string;
  /** sections cited within it: chapters first, then appendices, in document order */
  sections: string[];
}

const DOC = /^(\d{3} [^ ]+)\s*(.*)$/; // e.g. "003 白皮书2024 附录五"
const SECTION = /^(附录|第[一二三四五六七八九十]+章)/;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一…九十九 → number (enough for chapters and the 14 appendices). */
function chineseNumber(s: string): number {
  if (!s) return 0;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (DIGITS[tens] ?? 1) * 10 : 0) + (DIGITS[ones] ?? 0);
}

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
    let otherSeen = false;
    for (const part of parts(source)) {
      const m = DOC.exec(part);
      if (m) {
        doc = m[1];
        add(doc, m[2].trim());
      } else if (doc && SECTION.test(part)) {
        add(doc, part);
      } else if (!otherSeen) {
        // another origin: its name up to the first bracket; later parts only explain it
        otherSeen = true;
        add(part.split(/[（(]/)[0].slice(0, 40), '');
      }
    }
  }
  for (const g of groups.values()) g.sections.sort((a, b) => sectionKey(a) - sectionKey(b) || a.localeCompare(b));
  return [...groups.values()];
}
