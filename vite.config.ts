import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: {
    // OUT_DIR lets several engineers build and preview side by side (see playwright.config.ts).
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    // Data files stay separate assets (fetched, cached, visible in the network panel), never
    // base64 inside JavaScript.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { main: 'index.html', 'bench-bare': 'bench-bare.html', 'bench-data': 'bench-data.html' },
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
});
