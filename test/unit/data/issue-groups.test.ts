// The import report's entries: the issues of one kind on many rows as one, with their lines as runs.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/lib/data/index';
import { groupIssues, issueEnglish, placeless, type RowIssue } from '../../../src/lib/data/issues';
import UI_EN from '../../../src/lib/i18n/ui-en.json';

describe('issues grouped by kind', () => {
  it('makes 1,000 rows with 权重 written 高 one entry with every line, and keeps other kinds and file notes apart', () => {
    const rows = ['名称,经度,纬度,权重'];
    for (let i = 0; i < 1000; i++) rows.push(`企业${i},${(121.3 + i * 0.0001).toFixed(4)},31.1,${i === 500 ? 2 : '高'}`);
    rows.push('坏企业,abc,31.1,3', '坏企业2,,31.1,3');
    const res = importFile({ name: 'w.csv', bytes: new TextEncoder().encode(rows.join('\n')), layer: 'enterprises' });
    const weight = res.issues.filter((i) => i.key === 'notNumberLeftOut');
    expect(weight).toHaveLength(999);
    const groups = groupIssues(res.issues);
    // the entry's text, beside its lines, is not the first line's (review 26: "第 2 行「权重」…" beside 2–501、503–1001)
    expect(weight[0].zh).toBe('第 2 行「权重」无法解析为数字：高，已略去');
    expect(placeless(weight[0]).zh).toBe('无法解析为数字：高，已略去');
    expect(issueEnglish(placeless(weight[0]), UI_EN.issues)).toBe("cannot parse '高' as a number, left out (the column is optional; the row is kept)");
    // one entry: the first row's issue, its lines as runs (line 502 has a weight), all 999 counted
    expect(groups.filter(([i]) => i.key === 'notNumberLeftOut')).toEqual([[weight[0], ['2–501', '503–1001'], 999]]);
    // an unparsable and an empty longitude are two kinds, each its own entry
    expect(groups.filter(([i]) => i.severity === 'error').map(([i, lines]) => [i.key, lines])).toEqual([['unparsable', ['1002']], ['empty', ['1003']]]);
    // two notes on the whole file stay two
    const notes: RowIssue[] = [{ line: 0, zh: '甲', severity: 'warning' }, { line: 0, zh: '乙', severity: 'warning' }];
    expect(groupIssues(notes).map(([i]) => i)).toEqual(notes);
  });
  it('writes runs of lines and names a line with two issues of one kind once', () => {
    const at = (line: number): RowIssue => ({ line, key: 'nearDuplicate', severity: 'warning' });
    expect(groupIssues([2, 3, 4, 4, 7, 9, 10].map(at))).toEqual([[at(2), ['2–4', '7', '9–10'], 6]]);
    // the same template on another column, or with other values, is another entry: nothing is hidden
    const v = (line: number, column: string, cell: string): RowIssue => ({ ...at(line), vars: { line, row: line + 1, column, cell } });
    expect(groupIssues([v(2, '权重', '高'), v(3, '权重', '高'), v(4, '名称', '高'), v(5, '权重', '低')]).map((g) => g[1])).toEqual([['2–3'], ['4'], ['5']]);
  });

  it('leaves a message that starts with a quoted name its name when it has no column (only the column is where it is)', () => {
    const i: RowIssue = { line: 3, zh: '第 3 行「甲」与第 2 行重名', key: 'unparsable', severity: 'warning', at: 'line' };
    expect(placeless(i).zh).toBe('「甲」与第 2 行重名');
    expect(placeless({ ...i, zh: '第 3 行（Excel 第 4 行）「名称」为空', column: '名称' }).zh).toBe('为空');
    expect(placeless({ ...i, zh: '第 7 个要素没有几何' }).zh).toBe('没有几何');
  });

  it('counts the 编号 generated for the rows used, not for the refused ones (review 26: 33 said for 31 used)', () => {
    const csv = '名称,经度,纬度,类别\n甲,121.38,31.11,医疗\n乙,abc,31.11,医疗\n丙,121.39,31.12,医疗';
    const res = importFile({ name: 'g.csv', bytes: new TextEncoder().encode(csv), layer: 'facilities' });
    expect(res.records.map((r) => r.id)).toEqual(['g.csv#2', 'g.csv#4']);
    expect(res.stats.generatedIds).toBe(2);
    expect(res.issues.find((i) => i.key === 'idsGenerated')?.zh).toBe('2 行没有编号，已按“文件名#行号”生成');
  });

  // groupIssues joins an issue to its template's last entry without writing its values when they are
  // the same (100,000 warnings: ~0.4 s → ~0.1 s, npm run bench); the entries must stay those the
  // values written as JSON for every issue gave
  it('groups as writing every issue\'s values out did, whatever the order of kinds, values and keys', () => {
    const reference = (issues: readonly RowIssue[]) => {
      const m = new Map<unknown, [RowIssue, number[][]]>();
      issues.forEach((i, k) => {
        const id = i.line ? JSON.stringify([i.severity, i.key, { ...i.vars, line: 0, row: 0 }]) : k;
        const g = m.get(id) ?? m.set(id, [i, []]).get(id)!;
        const r = g[1].at(-1);
        if (r && i.line - r[1] < 2) r[1] = i.line;
        else g[1].push([i.line, i.line]);
      });
      return [...m.values()].map(([i, runs]) => [i, runs.map(([a, b]) => (a < b ? `${a}–${b}` : `${a}`)), runs.reduce((n, [a, b]) => n + b - a + 1, 0)]);
    };
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const keys = ['notNumberLeftOut', 'townUnknown', 'outside', undefined] as const;
    for (let run = 0; run < 200; run++) {
      const issues: RowIssue[] = [];
      for (let line = 2; line < 60; line += rnd(3)) {
        const vars: Record<string, string | number | undefined> = rnd(2) ? { cell: ['高', '低', 1, '1'][rnd(4)], line, row: line + rnd(2), column: ['权重', '街镇'][rnd(2)] } : { column: '权重', line, cell: '高', row: line };
        if (rnd(5) === 0) vars.extra = undefined;
        issues.push({ line: rnd(20) ? line : 0, severity: rnd(4) ? 'warning' : 'error', key: keys[rnd(4)] as RowIssue['key'], ...(rnd(10) ? { vars } : {}) });
      }
      expect(groupIssues(issues)).toEqual(reference(issues));
    }
  });
});
