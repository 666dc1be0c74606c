// Fetches the UI's English (src/lib/i18n/ui-en.json, a static asset) once, before the UI first
// shows English or a planner downloads an import's issue list (its English is in the file too), and
// puts it into every catalog. Resolves to whether it is there: should the fetch fail, the UI stays
// Chinese (and says so), and the next switch tries again.
import url from '../i18n/ui-en.json?url';
import { englishReady, installEnglish } from '../i18n/catalog';

let pending: Promise<boolean> | null = null;

export function loadEnglish(): Promise<boolean> {
  return (pending ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
    .then(installEnglish)
    .then(englishReady)
    .catch(() => {
      pending = null;
      return false;
    }));
}
