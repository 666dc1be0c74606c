// The analysis Web Worker: receives typed requests (protocol.ts) and runs src/lib/analysis.
import { createAnalysisLoop } from './loop.ts';
import type { Request } from './protocol.ts';

const onRequest = createAnalysisLoop((reply, transfer) => self.postMessage(reply, { transfer }));

self.onmessage = (e: MessageEvent<Request>) => {
  void onRequest(e.data);
};
