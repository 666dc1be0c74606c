// Loads the pinyin readings (static assets fetched like the data pack, never JavaScript): the
// table of the pack's characters (data/place-pinyin.json) when 找服务 is first opened, and the
// whole dictionary (data/pinyin-dictionary.json) only when a loaded name needs it; pinyin.ts
// explains both.
import tableUrl from '../../../data/place-pinyin.json?url';
import dictionaryUrl from '../../../data/pinyin-dictionary.json?url';
import { dictionaryTable, pinyinTable } from './pinyin';
import { json, once } from '../../lib/io/fetch-json';

export const loadPinyinTable = once(async () => {
  const t = await json<{ readings: Record<string, string[]>; unknown?: string[] }>(tableUrl);
  return pinyinTable(t.readings, t.unknown);
});

export const loadPinyinDictionary = once(async () =>
  dictionaryTable((await json<{ syllables: Record<string, string> }>(dictionaryUrl)).syllables),
);
