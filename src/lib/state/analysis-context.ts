// One analysis worker for the whole app, created on first use and handed down by context.
// The worker is built as an entry of the app's bundle (`?worker-entry`, vite.config.ts), so the
// modules it shares with the main thread are shipped once.
import { getContext, setContext } from 'svelte';
import workerUrl from '../worker/analysis.worker.ts?worker-entry';
import { AnalysisClient } from '../worker/client';

export class AnalysisHandle {
  private client: AnalysisClient | null = null;

  get(): AnalysisClient {
    this.client ??= new AnalysisClient(new Worker(workerUrl, { type: 'module' }));
    return this.client;
  }

  dispose(): void {
    this.client?.dispose();
    this.client = null;
  }
}

const KEY = Symbol('analysis');
export function provideAnalysis(h: AnalysisHandle): AnalysisHandle {
  return setContext(KEY, h);
}
export function useAnalysis(): AnalysisClient {
  return getContext<AnalysisHandle>(KEY).get();
}
