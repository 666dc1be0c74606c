// Condenses a file's many per-row source strings into a short list for the 数据说明 panel:
// "003 白皮书2024: 附录一、附录二、第三章 四(二)3 …" instead of every distinct string. Pure.
export interface SourceGroup {
  /** the document or origin, e.g. "003 白皮书2024" or "公开常识：上海地铁线网" */
  origin: string;
  /** sections cited within it, in order of first appearance */
  sections: string[];
}

const DOC = /^(\d{3} [^ ]+)\s*(.*)$/; // e.g. "003 白皮书2024 附录五"
const SECTION = /^(附录|第[一二三四五六七八九十]+章)/;

export function summariseSources(sources: readonly string[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const add = (origin: string, section: string) => {
    const g = groups.get(origin) ?? { origin, sections: [] };
    groups.set(origin, g);
    if (section && !g.sections.includes(section)) g.sections.push(section);
  };
  for (const source of sources) {
    let doc = '';
    for (const raw of source.split(/[；;]/)) {
      const part = raw.trim();
      if (!part) continue;
      const m = DOC.exec(part);
      if (m) {
        doc = m[1];
        add(doc, m[2].trim());
      } else if (doc && SECTION.test(part)) {
        add(doc, part);
      } else {
        // another origin: keep its name up to the first bracket or explanation
        add(part.split(/[（(]/)[0].slice(0, 40), '');
      }
    }
  }
  return [...groups.values()];
}
