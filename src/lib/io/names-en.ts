// Fetches data/names-en.json (a static asset, like the data pack) once, when the UI is first shown
// in English: the English for the pack's facility types, institution kinds, enterprise roles,
// station hosts and awards. Without it (a failed fetch) those words are shown as written.
import url from '../../../data/names-en.json?url';
import { flattenNames } from '../i18n/flatten-names';

let pending: Promise<Record<string, string>> | null = null;

export function englishNames(): Promise<Record<string, string>> {
  return (pending ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status))) // an HTTP error (a 503) is tried again too
    .then(flattenNames)
    .catch(() => {
      pending = null;
      return {};
    }));
}
