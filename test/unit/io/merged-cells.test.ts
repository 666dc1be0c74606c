// A spreadsheet's merged cells (类别 written once for a block of rows) saved as CSV leave the rows
// below the first with an empty required cell. The report counts them and offers to use the value
// above; once asked, each filled cell is said on its row, and nothing else changes.
import { describe, expect, it } from 'vitest';
import { runJob } from './helpers';

const bytes = (...lines: string[]) => new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer;
// 类别 merged over lines 2–4 and 5–6
const merged = bytes(
  '名称,经度,纬度,类别,地址',
  '甲医院,121.38,31.11,医疗,',
  '乙卫生中心,121.39,31.12,,某路 1 号',
  '丙门诊部,121.40,31.13,,',
  '丁小学,121.41,31.10,教育,',
  '戊中学,121.42,31.09,,',
);

describe('merged cells in a planner\'s CSV', () => {
  it('refuses the rows under a merged cell, counts them in one note and names the column', () => {
    const { out } = runJob({ name: 'f.csv', layer: 'facilities', bytes: merged });
    expect(out.stats).toMatchObject({ rows: 5, accepted: 2, rejected: 3 });
    expect(out.fillSuspects).toBe(3);
    const note = out.issues.find((i) => i.key === 'fillSuspects')!;
    expect(note.zh).toBe('3 行的「类别」为空而上方有值，像是合并单元格；可点击“沿用上方的值”');
    expect(note.vars).toMatchObject({ n: 3, columns: '类别' });
    // each row is still refused by its line, as before
    expect(out.issues.filter((i) => i.key === 'emptyRequired').map((i) => i.line)).toEqual([3, 4, 6]);
  });

  it('on request fills each from the cell above it, says so on each row, and keeps every row', () => {
    const { out } = runJob({ name: 'f.csv', layer: 'facilities', bytes: merged, fillDown: true });
    expect(out.stats).toMatchObject({ rows: 5, accepted: 5, rejected: 0, filled: 3 });
    expect(out.fillSuspects).toBe(0);
    expect(out.records.map((r) => [r.name, (r as unknown as { category: string }).category])).toEqual([
      ['甲医院', '医疗'],
      ['乙卫生中心', '医疗'],
      ['丙门诊部', '医疗'],
      ['丁小学', '教育'],
      ['戊中学', '教育'],
    ]);
    const rows = out.issues.filter((i) => i.key === 'filledDown');
    expect(rows.map((i) => [i.line, i.severity, i.zh])).toEqual([
      [3, 'warning', '第 3 行「类别」为空，沿用上方的「医疗」（合并单元格）'],
      [4, 'warning', '第 4 行「类别」为空，沿用上方的「医疗」（合并单元格）'],
      [6, 'warning', '第 6 行「类别」为空，沿用上方的「教育」（合并单元格）'],
    ]);
    expect(out.issues.find((i) => i.key === 'filledRows')?.zh).toBe('已为 3 行沿用上方单元格的值（合并单元格）');
  });

  it('does not fill optional cells, nor a required cell with nothing written above it', () => {
    const first = bytes('名称,经度,纬度,类别', '甲,121.38,31.11,', '乙,121.39,31.12,医疗');
    const { out } = runJob({ name: 'f.csv', layer: 'facilities', bytes: first, fillDown: true });
    expect(out.stats).toMatchObject({ accepted: 1, rejected: 1 });
    expect(out.fillSuspects).toBe(0);
    expect(out.issues.some((i) => i.key === 'fillSuspects' || i.key === 'filledDown')).toBe(false);
    const filled = runJob({ name: 'f.csv', layer: 'facilities', bytes: merged, fillDown: true }).out;
    expect((filled.records[1] as unknown as { address?: string }).address).toBe('某路 1 号');
    expect((filled.records[2] as unknown as { address?: string }).address).toBe('');
  });

  it('a blank row ends a block: the row under it takes nothing from above it (code review 17)', () => {
    const gap = bytes('名称,经度,纬度,类别', '甲,121.38,31.11,医疗', '乙,121.39,31.12,', ',,,', '丙,121.40,31.13,');
    const { out } = runJob({ name: 'f.csv', layer: 'facilities', bytes: gap, fillDown: true });
    expect(out.records.map((r) => r.name)).toEqual(['甲', '乙']);
    expect(out.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.key])).toEqual([[5, 'emptyRequired']]);
  });

  it('once filled, a row the same as the one above it in every column is imported once, as a repeated row is', () => {
    // the same clinic twice in a block, its 类别 merged over both: the same row once the merge is undone
    const twice = bytes('名称,经度,纬度,类别', '甲医院,121.38,31.11,医疗', '甲医院,121.38,31.11,', '乙医院,121.39,31.12,');
    const asked = runJob({ name: 'f.csv', layer: 'facilities', bytes: twice }).out;
    expect(asked.issues.some((i) => i.key === 'sameRow')).toBe(false);
    const { out } = runJob({ name: 'f.csv', layer: 'facilities', bytes: twice, fillDown: true });
    expect(out.records.map((r) => r.name)).toEqual(['甲医院', '乙医院']);
    expect(out.stats).toMatchObject({ rows: 3, accepted: 2, rejected: 0, filled: 1 });
    expect(out.issues.filter((i) => i.line === 3).map((i) => [i.key, i.zh])).toEqual([['sameRow', '第 3 行与第 2 行完全相同，已略去']]);
    expect(out.issues.some((i) => i.key === 'nearDuplicate')).toBe(false);
  });

  it('a clean file says nothing about merged cells', () => {
    const { out } = runJob({ name: 'f.csv', layer: 'facilities', bytes: bytes('名称,经度,纬度,类别', '甲,121.38,31.11,医疗', '乙,121.39,31.12,教育') });
    expect(out.fillSuspects).toBe(0);
    expect(out.issues.map((i) => i.key)).toEqual(['idsGenerated', 'precisionUnsaid']);
  });
});
