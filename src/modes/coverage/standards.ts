// Figures the coverage panel cites. The standard behind each default band (and the speeds) is data:
// data/life-circle-standards.json, in Chinese and English, fetched once for BandEditor.svelte (decision 0018).
import url from '../../../data/life-circle-standards.json?url';
import { json, once } from '../../lib/io/fetch-json';

/** The citations by language (`zh`, `en`), fetched once; a failed fetch is tried again next time. */
export const loadStandards = once(() => json<Record<string, Record<string, string>>>(url));

/** Minhang's 2020 census total; there are no per-town figures in the data pack. */
export const MINHANG_CENSUS_2020 = 2653489;
