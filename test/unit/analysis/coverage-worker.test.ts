import { describe, expect, it } from 'vitest';
import type { CoverageInput } from '../../../src/lib/analysis/coverage/index.ts';
import { AnalysisClient, SupersededError, WorkerFailedError, type WorkerLike } from '../../../src/lib/worker/client.ts';
import { createAnalysisLoop } from '../../../src/lib/worker/loop.ts';
import type { ProgressInfo, Reply, Request } from '../../../src/lib/worker/protocol.ts';
import { facility, rect, towns } from '../../fixtures/coverage/geometry.ts';

/** An in-process stand-in for a Worker: messages go through the real loop, transfers recorded. */
function fakeWorker(): WorkerLike & { transferred: Transferable[][]; posted: Reply[] } {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    transferred: [] as Transferable[][],
    posted: [] as Reply[],
    postMessage(message: unknown) { void loop(message as Request); },
    terminate() {},
  };
  const loop = createAnalysisLoop((reply, transfer) => {
    w.posted.push(reply);
    w.transferred.push(transfer);
    w.onmessage?.({ data: reply } as MessageEvent);
  });
  return w;
}

const outline = rect(-3000, -3000, 3000, 3000, 'T');
const input: CoverageInput = {
  district: { outline, towns: towns(outline) }, distanceMode: 'straight',
  facilities: [facility('a', 0, 0, '医疗'), facility('b', 1000, 0, '公园')],
  categories: ['医疗', '公园'], bands: { 医疗: { metres: 1000 }, 公园: { metres: 500 } },
};

describe('analysis worker protocol', () => {
  it('runs coverage with progress per category and transfers the typed arrays', async () => {
    const worker = fakeWorker();
    const client = new AnalysisClient(worker);
    const progress: ProgressInfo[] = [];
    const r = await client.run('coverage', input, (p) => progress.push(p));
    expect(progress.map((p) => p.label)).toEqual(['医疗', '公园']);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
    expect(r.towns[0].categories[0].coveredShare).toBeGreaterThan(0);
    const moved = worker.transferred.at(-1)!;
    expect(moved).toContain(r.categories[0].reach.buffer);
    expect(moved).toContain(r.count.buffer);
    // a category with data for some towns only has its own gap counts, moved too (the same buffer is listed once)
    expect(r.gapCount).toBe(r.count);
    const scoped = await client.run('coverage', { ...input, scopes: { 公园: [] } });
    expect(scoped.gapCount).not.toBe(scoped.count);
    expect(worker.transferred.at(-1)).toContain(scoped.gapCount.buffer);
  });

  it('a newer request of the same type supersedes the older one, whose result is dropped', async () => {
    const worker = fakeWorker();
    const client = new AnalysisClient(worker);
    const first = client.run('coverage', input);
    const second = client.run('coverage', { ...input, categories: ['公园'] });
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    const r = await second;
    expect(r.categories.map((c) => c.category)).toEqual(['公园']);
    const results = worker.posted.filter((m) => m.kind === 'result');
    expect(results).toHaveLength(1); // the older run never posted a result
  });

  it('aborts a running request between categories when a newer one arrives', async () => {
    const worker = fakeWorker();
    const client = new AnalysisClient(worker);
    let second: Promise<unknown> | null = null;
    const first = client.run('coverage', input, (p) => {
      if (p.done === 1) second = client.run('coverage', { ...input, categories: ['医疗'] });
    });
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    await second;
    const olderProgress = worker.posted.filter((m) => m.kind === 'progress' && m.id === 1);
    expect(olderProgress).toHaveLength(1); // stopped after its first category
    expect(worker.posted.filter((m) => m.kind === 'result').map((m) => m.id)).toEqual([2]);
  });

  it('leaves the latest run\'s computing time in the timeline of the thread that ran it', async () => {
    performance.clearMeasures('analysis:coverage');
    const client = new AnalysisClient(fakeWorker());
    await client.run('coverage', input);
    const [first] = performance.getEntriesByName('analysis:coverage');
    expect(first.entryType).toBe('measure');
    await client.run('coverage', input);
    const latest = performance.getEntriesByName('analysis:coverage');
    expect(latest).toHaveLength(1); // one entry, replaced by each run
    expect(latest[0].startTime).toBeGreaterThan(first.startTime);
    expect(performance.getEntriesByName('analysis:whatIf')).toHaveLength(0);
  });

  it('keeps the cached grid usable after transferring a copy', async () => {
    const client = new AnalysisClient(fakeWorker());
    const a = await client.run('coverage', input);
    const b = await client.run('coverage', input);
    expect(b.grid.mask.length).toBe(a.grid.mask.length);
    expect(b.towns[0].categories[0].coveredShare).toBe(a.towns[0].categories[0].coveredShare);
  });

  it('answers whatIf and reports errors as rejections', async () => {
    const client = new AnalysisClient(fakeWorker());
    const w = await client.run('whatIf', { input, added: [facility('n', -2000, -2000, '医疗')] });
    expect(w.rows.find((r) => r.town === 'T')!.gainKm2).toBeGreaterThan(0);
    await expect(client.run('coverage', { ...input, cellSize: -1 })).rejects.toThrow(/cell size/);
  });

  it('rejects waiting and later runs when the worker itself fails, instead of leaving them waiting', async () => {
    const posted: unknown[] = [];
    const dead: WorkerLike = { onmessage: null, onerror: null, postMessage(m) { posted.push(m); }, terminate() {} };
    const client = new AnalysisClient(dead);
    const waiting = client.run('coverage', input);
    expect(posted).toHaveLength(1);
    dead.onerror!({ message: 'Failed to fetch worker script' } as ErrorEvent); // Node has no ErrorEvent
    await expect(waiting).rejects.toBeInstanceOf(WorkerFailedError);
    await expect(waiting).rejects.toThrow(/Failed to fetch worker script/);
    await expect(client.run('nearest', {} as never)).rejects.toBeInstanceOf(WorkerFailedError);
    expect(posted).toHaveLength(1); // nothing more sent to a dead worker
  });
});
