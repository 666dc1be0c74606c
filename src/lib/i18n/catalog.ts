// The UI's English lives in ui-en.json, a file fetched the first time the UI is shown in English
// (src/lib/io/ui-en.ts), so the Chinese UI downloads it only for an import's bilingual issue list
// (docs/decisions/0012-english-catalog.md).
// Each catalog (the app's messages, each mode's strings) keeps its Chinese in code and gets its
// English object from `english()`: a copy of the Chinese until the file arrives, then filled in
// place, so code goes on reading STRINGS[locale][key] synchronously. The import issues' English is
// a section of its own (`issues`: templates read by src/lib/data/issues.ts, docs/decisions/0013-issue-english.md).

import type { IssueTemplates } from '../data/issues';

export const ENGLISH_SECTIONS = ['app', 'coverage', 'import', 'nearest', 'present', 'siting', 'vocab'] as const;
export type EnglishSection = (typeof ENGLISH_SECTIONS)[number];

export type EnglishFile = Partial<Record<EnglishSection, Record<string, unknown>>> & { issues?: IssueTemplates };
const sections = new Map<EnglishSection, Record<string, unknown>>();
let installed: EnglishFile = {};

/** Only the keys the Chinese has, whole values (a nested list replaces the Chinese one). */
function fill(en: Record<string, unknown>, given: Record<string, unknown> = {}): void {
  for (const key of Object.keys(en)) if (given[key] !== undefined) en[key] = given[key];
}

/**
 * The English object of one catalog, keyed like its Chinese `zh`: the Chinese until the file is
 * installed (a mode's strings load with the mode, possibly after the file).
 */
export function english<T extends object>(section: EnglishSection, zh: T): T {
  const en = { ...zh } as Record<string, unknown>;
  fill(en, installed[section]);
  sections.set(section, en);
  return en as T;
}

/** The import issues' English templates (section `issues`, for src/lib/data/issues.ts); empty until installed. */
export const issueTemplates = (): IssueTemplates => installed.issues ?? {};

/** Whether the file's English is in the catalogs. */
export const englishReady = (): boolean => Object.keys(installed).length > 0;

/** Puts the file's English into every catalog, now and as the modes load. */
export function installEnglish(file: EnglishFile): void {
  installed = file;
  for (const [section, en] of sections) fill(en, file[section]);
}

/** {placeholder} templates are filled by the same function as the import issues' English. */
export { fmt } from '../data/text';
