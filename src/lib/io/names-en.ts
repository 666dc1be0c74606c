// Fetches data/names-en.json (a static asset, like the data pack) once, when the UI is first shown
// in English: the English for the pack's facility types, institution kinds, enterprise roles,
// station hosts and awards. Without it (a failed fetch, asked again next time) those words are shown as written.
import url from '../../../data/names-en.json?url';
import { flattenNames } from '../i18n/flatten-names';
import { json, once } from './fetch-json';

const load = once(() => json(url).then(flattenNames));

export const englishNames = (): Promise<Record<string, string>> => load().catch(() => ({}));
