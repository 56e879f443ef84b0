import 'reflect-metadata';
import { flushingOnClose, startTracing } from './platform/tracing/tracing.js';

// tracing first, when configured: it must see the modules it instruments being imported (src/platform/tracing)
const tracing = await startTracing();
const { createApp, serve } = await import('./bootstrap.js');

serve(flushingOnClose(createApp, tracing)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
