// Promise-based client for the analysis worker, used by the UI:
//   import workerUrl from './analysis.worker.ts?worker-entry';   // see vite.config.ts
//   const client = new AnalysisClient(new Worker(workerUrl, { type: 'module' }));
//   const result = await client.run('coverage', input, (p) => console.log(p.done, '/', p.total));
// A newer run of the same type rejects the older promise with SupersededError. If the worker
// itself fails (its script does not load, or an error escapes a handler), every waiting run and
// every later one rejects with WorkerFailedError, so no panel waits for ever.
import type { PayloadOf, ProgressInfo, Reply, RequestType, ResultOf } from './protocol.ts';

/** The part of a Worker the client uses (a real Worker, or an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror?: ((e: ErrorEvent) => void) | null;
  onmessageerror?: ((e: MessageEvent) => void) | null;
  terminate(): void;
}

export class SupersededError extends Error {
  constructor(type: string) {
    super(`${type} request superseded by a newer one`);
    this.name = 'SupersededError';
  }
}

export class WorkerFailedError extends Error {
  constructor(detail: string) {
    super(`analysis worker failed: ${detail}`);
    this.name = 'WorkerFailedError';
  }
}

interface Pending {
  type: RequestType;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  onProgress?: (p: ProgressInfo) => void;
}

export class AnalysisClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failed: WorkerFailedError | null = null;

  constructor(private readonly worker: WorkerLike) {
    worker.onmessage = (e: MessageEvent) => this.receive(e.data as Reply);
    worker.onerror = (e) => this.fail(e.message || 'script error');
    worker.onmessageerror = () => this.fail('unreadable message');
  }

  run<T extends RequestType>(type: T, payload: PayloadOf<T>, onProgress?: (p: ProgressInfo) => void, transfer: Transferable[] = []): Promise<ResultOf<T>> {
    for (const [id, p] of this.pending) {
      if (p.type === type) { this.pending.delete(id); p.reject(new SupersededError(type)); }
    }
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<ResultOf<T>>((resolve, reject) => {
      this.pending.set(id, { type, resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker.postMessage({ id, type, payload }, { transfer });
    });
  }

  dispose(): void {
    for (const p of this.pending.values()) p.reject(new Error('analysis client disposed'));
    this.pending.clear();
    this.worker.terminate();
  }

  private fail(detail: string): void {
    this.failed = new WorkerFailedError(detail);
    for (const p of this.pending.values()) p.reject(this.failed);
    this.pending.clear();
  }

  private receive(reply: Reply): void {
    const p = this.pending.get(reply.id);
    if (!p) return; // superseded or unknown: drop
    if (reply.kind === 'progress') { p.onProgress?.(reply.progress); return; }
    this.pending.delete(reply.id);
    if (reply.kind === 'result') p.resolve(reply.result);
    else p.reject(new Error(reply.message));
  }
}
