// Figures the coverage panel cites. The standard behind each default band (and the speeds) is data:
// data/life-circle-standards.json, in Chinese and English, which BandEditor.svelte fetches (decision 0018).

/** Minhang's 2020 census total; there are no per-town figures in the data pack. */
export const MINHANG_CENSUS_2020 = 2653489;
