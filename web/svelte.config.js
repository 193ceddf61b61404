import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Component styles go to a .css file: the CSP has no 'unsafe-inline' for styles.
    css: 'external',
  },
};
