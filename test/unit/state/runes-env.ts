// What the runes state classes meet in the page, in Node: localStorage (a Map), the analysis worker
// (the real loop, run in-process, as test/unit/analysis/coverage-worker.test.ts does) and fetch of the
// app's static files (data/…, read from disk). Nothing the classes compute is stood in for.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { AnalysisClient, type WorkerLike } from '../../../src/lib/worker/client';
import { createAnalysisLoop } from '../../../src/lib/worker/loop';
import type { Request } from '../../../src/lib/worker/protocol';

/** A fresh, empty localStorage for this test (vi.unstubAllGlobals removes it). */
export function stubStorage(): Map<string, string> {
  const m = new Map<string, string>();
  vi.stubGlobal('localStorage', { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, String(v)) });
  return m;
}

/** fetch() of the app's own files (Vite's `?url` of data/x is `/data/x`), read from the repository. */
export function stubFetchFromDisk(): void {
  vi.stubGlobal('fetch', async (url: string) => {
    try {
      return new Response(readFileSync(`.${new URL(url, 'http://app/').pathname}`));
    } catch {
      return new Response('', { status: 404 });
    }
  });
}

/** The app's AnalysisClient over the worker's own message loop, run on this thread. */
export function inProcessClient(): AnalysisClient {
  const w: WorkerLike = {
    onmessage: null,
    postMessage(message: unknown) {
      void loop(message as Request);
    },
    terminate() {},
  };
  const loop = createAnalysisLoop((reply) => w.onmessage?.({ data: reply } as MessageEvent));
  return new AnalysisClient(w);
}
