// The worker's message loop, free of worker globals so it runs in Node tests: runs a request's
// handler step by step, yielding to the event loop between steps, and abandons a run as soon
// as a newer request of the same type has arrived.
import { handlers, type HandlerContext } from './handlers.ts';
import type { Reply, Request, RequestType } from './protocol.ts';

export type Post = (reply: Reply, transfer: Transferable[]) => void;

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Leaves `analysis:<type>` in the timeline of the thread that ran the request: the latest run's
 * computing time (pauses between steps included). The end-to-end tests read it from the worker to
 * see that the analysis ran there and not on the page; the benchmark compares it with the page's
 * longest task meanwhile.
 */
function markRun(type: RequestType, start: number): void {
  const name = `analysis:${type}`;
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}

export function createAnalysisLoop(post: Post, yieldToEvents: () => Promise<void> = nextTick) {
  const latest = new Map<RequestType, number>();
  const ctx: HandlerContext = { cache: {} };

  return async function onRequest(req: Request): Promise<void> {
    latest.set(req.type, req.id);
    const current = () => latest.get(req.type) === req.id;
    try {
      // let any queued newer request of the same type win before starting
      await yieldToEvents();
      if (!current()) return;
      const reqCtx: HandlerContext = {
        cache: ctx.cache,
        progress: (progress) => {
          if (current()) post({ kind: 'progress', id: req.id, type: req.type, progress }, []);
        },
      };
      const started = performance.now();
      const run = (handlers[req.type] as (p: unknown, c: HandlerContext) => ReturnType<(typeof handlers)[RequestType]>)(req.payload, reqCtx);
      for (;;) {
        const step = run.next();
        if (!current()) return;
        if (step.done) {
          markRun(req.type, started);
          post({ kind: 'result', id: req.id, type: req.type, result: step.value.result } as Reply, step.value.transfer);
          return;
        }
        post({ kind: 'progress', id: req.id, type: req.type, progress: step.value }, []);
        await yieldToEvents();
        if (!current()) return;
      }
    } catch (err) {
      if (current()) post({ kind: 'error', id: req.id, type: req.type, message: err instanceof Error ? err.message : String(err) }, []);
    }
  };
}
