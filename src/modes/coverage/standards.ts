// Figures the coverage panel cites. The standard behind each default band (and the speeds) is data:
// data/life-circle-standards.json, in Chinese and English, fetched once for BandEditor.svelte (decision 0018).
import url from '../../../data/life-circle-standards.json?url';

let pending: Promise<Record<string, Record<string, string>>> | null = null;
/** The citations by language; a failed fetch is tried again next time. */
export const loadStandards = () =>
  (pending ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
    .catch((e: unknown) => {
      pending = null;
      throw e;
    }));

/** Minhang's 2020 census total; there are no per-town figures in the data pack. */
export const MINHANG_CENSUS_2020 = 2653489;
