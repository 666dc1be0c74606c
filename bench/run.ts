// `npm run bench`: every benchmark in one run; each prints its numbers and ratios to a baseline.
import { existsSync } from 'node:fs';

const modules = ['coverage', 'nearest', 'siting', 'import', 'app'];
for (const name of modules) {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) {
    console.log(`\n## ${name}: no benchmark file`);
    continue;
  }
  const mod = (await import(file.href)) as { run: () => Promise<void> };
  await mod.run();
}
