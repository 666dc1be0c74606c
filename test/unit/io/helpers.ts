// Shared helpers for the io tests: fixture bytes as an ArrayBuffer, running the import job.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importJob, type ImportOutcome, type ImportPayload } from '../../../src/lib/io/import-job';

const DIRS = { import: '../../fixtures/import/', e2e: '../../fixtures/e2e/' } as const;

export function fixtureBuffer(name: string, dir: keyof typeof DIRS = 'import'): ArrayBuffer {
  const b = readFileSync(fileURLToPath(new URL(DIRS[dir] + name, import.meta.url)));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** Runs the job to its end, collecting the progress steps. */
export function runJob(p: ImportPayload): { out: ImportOutcome; steps: string[] } {
  const gen = importJob(p);
  const steps: string[] = [];
  for (;;) {
    const s = gen.next();
    if (s.done) return { out: s.value, steps };
    steps.push(s.value.label);
  }
}
