// Loads the pinyin readings table (data/place-pinyin.json, a static asset fetched like the data
// pack) once, when 找服务 is first opened; pinyin.ts explains what it holds and what it cannot do.
import tableUrl from '../../../data/place-pinyin.json?url';
import { pinyinTable, type PinyinTable } from './pinyin';

let pending: Promise<PinyinTable> | null = null;

export function loadPinyinTable(): Promise<PinyinTable> {
  pending ??= fetch(tableUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`${tableUrl}: HTTP ${res.status}`);
      return res.json() as Promise<{ readings: Record<string, string[]> }>;
    })
    .then((json) => pinyinTable(json.readings))
    .catch((e: unknown) => {
      pending = null; // try again next time the mode opens
      throw e;
    });
  return pending;
}
