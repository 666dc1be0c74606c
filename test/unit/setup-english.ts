// The unit tests read English text as the app does after its first switch to English: from
// src/lib/i18n/ui-en.json, installed into every catalog (src/lib/io/ui-en.ts fetches it in the app).
import { readFileSync } from 'node:fs';
import { installEnglish } from '../../src/lib/i18n/catalog';

installEnglish(JSON.parse(readFileSync(new URL('../../src/lib/i18n/ui-en.json', import.meta.url), 'utf8')));
