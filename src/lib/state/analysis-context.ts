// One analysis worker for the whole app, created on first use and handed down by context.
import { getContext, setContext } from 'svelte';
import { AnalysisClient } from '../worker/client';

export class AnalysisHandle {
  private client: AnalysisClient | null = null;

  get(): AnalysisClient {
    this.client ??= new AnalysisClient(
      new Worker(new URL('../worker/analysis.worker.ts', import.meta.url), { type: 'module' }),
    );
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
