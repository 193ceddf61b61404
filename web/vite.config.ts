import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The C++ server serves the built app from the same origin; in development Vite
// forwards the API to a locally running server so cookies and CSRF behave the same.
export default defineConfig({
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    // The server's CSP forbids inline scripts and styles, so every asset must be a file.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', ws: true },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
