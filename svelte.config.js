import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte.v` version marker in the bundle (bytes the app does not need). Every
  // component in runes mode, also those without a rune (which would otherwise compile in legacy
  // mode and bring the legacy lifecycle runtime along: 0.4 kB gzip). Scoped class names `s-<hash>`
  // instead of `svelte-<hash>`: they stand on ~480 elements in the compiled templates (0.15 kB gzip).
  compilerOptions: { discloseVersion: false, runes: true, cssHash: ({ hash, css }) => `s-${hash(css)}` },
};
