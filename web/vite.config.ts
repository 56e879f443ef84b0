import { defineConfig } from 'vite';

/**
 * The browser side of Brygga, built into dist/web and served by the API (src/platform/web): the staff web app
 * (index.html, served at / and every client-side route) and GraphiQL. Each page is an HTML entry here; every
 * script, style, font and worker is bundled under /assets, so nothing is loaded from another host.
 * `npm run dev` serves the same pages with hot reload and sends /graphql and /api to the API on :3000 (API_URL to change).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  // the dev server pre-bundles the app's dependencies only: GraphiQL's editor workers do not survive pre-bundling,
  // and GraphiQL is served by the API anyway
  optimizeDeps: { entries: ['index.html'] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
      '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // monaco (GraphiQL's editor) is large and loaded in one go on a developer page: no point warning about it
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: { app: 'index.html', graphiql: 'graphiql.html' },
      // the "use client" lines of React libraries mean nothing in a client-only bundle
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
