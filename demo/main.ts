import 'reflect-metadata';
import { flushingOnClose, startTracing } from '../src/platform/tracing/tracing.js';

// tracing first, when configured: it must see the modules it instruments being imported (src/platform/tracing)
const tracing = await startTracing();
const { serve } = await import('../src/bootstrap.js');
const { createDemoApp } = await import('./demo-app.js');

// `npm start`: the service as src/main.ts starts it, with the demo seeded on an empty database
serve(flushingOnClose(createDemoApp, tracing)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
