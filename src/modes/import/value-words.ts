// Fetches data/value-words.json (a static asset, like the data pack) once, for every import: the
// words planners write for a category, a service, a status or a precision.
import url from '../../../data/value-words.json?url';
import { wordMap, type ValueWordList } from '../../lib/data/value-word-map';

let pending: Promise<Record<string, string> | null> | null = null;

/** word → value; null without the list (a failed fetch: the import says so, and a file's cells must use the values themselves). */
export function valueWords(): Promise<Record<string, string> | null> {
  return (pending ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<ValueWordList>;
    })
    .then(wordMap)
    .catch(() => {
      pending = null;
      return null;
    }));
}
