import { defineConfig } from 'vite';

/**
 * The browser side of Brygga, built into dist/web and served by the API (src/modules/web). Each page is an HTML
 * entry here; every script, style, font and worker is bundled under /assets, so nothing is loaded from another host.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // monaco (GraphiQL's editor) is large and loaded in one go on a developer page: no point warning about it
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: { graphiql: 'graphiql.html' },
      // the "use client" lines of React libraries mean nothing in a client-only bundle
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
