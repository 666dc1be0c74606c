// Loads the pinyin readings (static assets fetched like the data pack, never JavaScript): the
// table of the pack's characters (data/place-pinyin.json) when 找服务 is first opened, and the
// whole dictionary (data/pinyin-dictionary.json) only when a loaded name needs it; pinyin.ts
// explains both.
import tableUrl from '../../../data/place-pinyin.json?url';
import dictionaryUrl from '../../../data/pinyin-dictionary.json?url';
import { dictionaryTable, pinyinTable, type PinyinTable } from './pinyin';

function once(load: () => Promise<PinyinTable>): () => Promise<PinyinTable> {
  let pending: Promise<PinyinTable> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null; // try again next time
      throw e;
    }));
}

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<T>;
}

export const loadPinyinTable = once(async () => {
  const t = await json<{ readings: Record<string, string[]>; unknown?: string[] }>(tableUrl);
  return pinyinTable(t.readings, t.unknown);
});

export const loadPinyinDictionary = once(async () =>
  dictionaryTable((await json<{ syllables: Record<string, string> }>(dictionaryUrl)).syllables),
);
