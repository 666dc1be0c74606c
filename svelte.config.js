import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte.v` version marker in the bundle (bytes the app does not need).
  compilerOptions: { discloseVersion: false },
};
