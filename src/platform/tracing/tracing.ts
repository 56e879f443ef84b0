/**
 * OpenTelemetry traces, off unless an OTLP endpoint is configured (docs/operations.md, "Traces"). This file is all an
 * entry point loads when tracing is off: no SDK, no instrumentation, no loader hook, so a request costs nothing more.
 * When it is on, the SDK (tracing-sdk.ts) must start before anything it instruments is imported, so the entry points
 * (src/main.ts, src/worker.ts, demo/main.ts) call {@link startTracing} first and import the app dynamically after it.
 */

export interface Tracing {
  /** Exports the spans not yet sent and stops tracing; nothing to do when tracing is off. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { shutdown: async () => undefined };

/** Tracing is on when an OTLP endpoint for traces is set, unless the standard OTEL_SDK_DISABLED turns the SDK off. */
export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return Boolean(endpoint) && env.OTEL_SDK_DISABLED?.trim().toLowerCase() !== 'true';
}

/** Starts the SDK when tracing is on; call it before importing the application. */
export async function startTracing(env: NodeJS.ProcessEnv = process.env): Promise<Tracing> {
  if (!tracingEnabled(env)) return OFF;
  const { startSdk } = await import('./tracing-sdk.js');
  return startSdk();
}

/**
 * `create`, with the spans flushed after the app it built has closed: the entry points stop the process as soon as
 * the app's close resolves, which would drop the spans still waiting in the batch.
 */
export function flushingOnClose<C, R extends { close(): Promise<void> }>(create: (config: C) => Promise<R>, tracing: Tracing): (config: C) => Promise<R> {
  return async (config) => {
    const running = await create(config);
    return {
      ...running,
      async close() {
        try {
          await running.close();
        } finally {
          await tracing.shutdown();
        }
      },
    };
  };
}
