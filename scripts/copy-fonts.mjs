// Copies the Noto Sans SC (regular) woff2 unicode-range subsets from @fontsource/noto-sans-sc
// into public/fonts/ and writes two descriptions of them:
//   public/fonts/noto-sans-sc.css   – @font-face rules for the HTML UI
//   public/fonts/font-faces.json    – MapLibre's style-level `font-faces` (url + unicode-range)
// The browser downloads only the subsets whose characters are actually drawn.
// Runs on `npm install` (postinstall) and before every build; the output is not committed.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'node_modules/@fontsource/noto-sans-sc');
const out = join(root, 'public/fonts');
if (!existsSync(pkg)) {
  console.error('copy-fonts: @fontsource/noto-sans-sc is not installed; run npm install');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const css = readFileSync(join(pkg, '400.css'), 'utf8');
const rule = /@font-face\s*{([^}]*)}/g;
const faces = [];
let m;
while ((m = rule.exec(css))) {
  const body = m[1];
  const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
  const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
  if (!file || !range) continue;
  copyFileSync(join(pkg, 'files', file), join(out, file));
  faces.push({ file, ranges: range.split(',').map((r) => r.trim()) });
}
if (faces.length === 0) throw new Error('copy-fonts: no @font-face rules found in 400.css');

const uiCss = faces
  .map(
    (f) =>
      `@font-face{font-family:'Noto Sans SC';font-style:normal;font-weight:400;font-display:swap;` +
      `src:url(./${f.file}) format('woff2');unicode-range:${f.ranges.join(',')};}`,
  )
  .join('\n');
writeFileSync(join(out, 'noto-sans-sc.css'), uiCss + '\n');
writeFileSync(
  join(out, 'font-faces.json'),
  JSON.stringify(faces.map((f) => ({ url: `fonts/${f.file}`, 'unicode-range': f.ranges }))) + '\n',
);
writeFileSync(
  join(out, 'LICENSE.txt'),
  'Noto Sans SC — SIL Open Font License 1.1 — copied from npm @fontsource/noto-sans-sc by scripts/copy-fonts.mjs\n',
);
console.log(`copy-fonts: ${faces.length} Noto Sans SC subsets → public/fonts/`);
