// Helpers for the import tests: read a fixture's bytes, run importFile on it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile, type ImportRequest } from '../../../src/lib/data/import';
import type { PointLayer } from '../../../src/lib/data/schema';
import type { Bounds } from '../../../src/lib/data/coords';
import { issueEnglish, issueReason, type IssueText } from '../../../src/lib/data/issues';
import { issueTemplates } from '../../../src/lib/i18n/catalog';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

/**
 * Test area: the bounding box of data/district-outline.geojson (121.2358–121.5720 E,
 * 30.9786–31.2618 N) rounded outwards. A test parameter, not a claim about the boundary.
 */
export const TEST_DISTRICT: Bounds = { bbox: [121.23, 30.97, 121.58, 31.27] };

export function importFixture<L extends PointLayer>(name: string, layer: L, extra: Omit<Partial<ImportRequest>, 'layer'> = {}) {
  return importFile({ ...extra, name, bytes: fixtureBytes(name), layer });
}

export const errors = <T extends { severity: string }>(issues: T[]): T[] => issues.filter((i) => i.severity === 'error');
export const warnings = <T extends { severity: string }>(issues: T[]): T[] => issues.filter((i) => i.severity === 'warning');

/** An issue as the downloaded lists give it, "中文 / English", and its English alone (from ui-en.json, installed by the setup). */
export const reason = (i: IssueText): string => issueReason(i, issueTemplates());
export const english = (i: IssueText): string => issueEnglish(i, issueTemplates());
