// Fetches the UI's English (src/lib/i18n/ui-en.json, a static asset) once, before the UI first
// shows English, and puts it into every catalog. Should the fetch fail, the switch still happens
// and the text not yet translated stays Chinese; the next switch tries again.
import url from '../i18n/ui-en.json?url';
import { installEnglish } from '../i18n/catalog';

let pending: Promise<void> | null = null;

export function loadEnglish(): Promise<void> {
  return (pending ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))))
    .then(installEnglish)
    .catch(() => {
      pending = null;
    }));
}
