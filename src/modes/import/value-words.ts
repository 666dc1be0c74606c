// Fetches data/value-words.json (a static asset, like the data pack) once, for every import: the
// words planners write for a category, a service, a status or a precision.
import url from '../../../data/value-words.json?url';
import { wordMap, type ValueWordList } from '../../lib/data/value-word-map';
import { json, once } from '../../lib/io/fetch-json';

const load = once(async () => wordMap(await json<ValueWordList>(url)));

/** word → value; null without the list (a failed fetch, tried again next time: the import says so, and a file's cells must use the values themselves). */
export const valueWords = (): Promise<Record<string, string> | null> => load().catch(() => null);
