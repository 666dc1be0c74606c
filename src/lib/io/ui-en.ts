// Fetches the UI's English (src/lib/i18n/ui-en.json, a static asset) once, before the UI first
// shows English or a planner downloads an import's issue list (its English is in the file too), and
// puts it into every catalog. Resolves to whether it is there: should the fetch fail, the UI stays
// Chinese (and says so), and the next switch tries again.
import url from '../i18n/ui-en.json?url';
import { englishReady, installEnglish, type EnglishFile } from '../i18n/catalog';
import { json, once } from './fetch-json';

const load = once(() => json<EnglishFile>(url).then(installEnglish).then(englishReady));

export const loadEnglish = (): Promise<boolean> => load().catch(() => false);
