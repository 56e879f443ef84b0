/**
 * The OpenTelemetry SDK, imported by tracing.ts only when tracing is on. It instruments the HTTP server, Express's
 * routing, GraphQL's parse, validation and execution, PostgreSQL's queries and Redis's commands, and exports the spans
 * over OTLP/HTTP, scrubbed (scrubbing-exporter.ts). Traces only: metrics are Prometheus's (/metrics) and logs pino's.
 */
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { resolve } from 'node:path';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtobufTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK, resources, tracing } from '@opentelemetry/sdk-node';
import { createAddHookMessageChannel } from 'import-in-the-middle';
import { ScrubbingExporter } from './scrubbing-exporter.js';
import type { Tracing } from './tracing.js';

/** Requests that are not work: the probes, every few seconds, and Prometheus's scrapes. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/**
 * Starts the SDK. The packages Brygga imports from its ES modules (Express, ioredis, http) are patched through
 * import-in-the-middle's loader hook, registered here for the modules the instrumentations name and no others; those
 * loaded with require() (pg, through TypeORM; GraphQL's files) through require-in-the-middle. Both see only modules
 * imported afterwards, hence the entry points' dynamic import of the app.
 */
export async function startSdk(): Promise<Tracing> {
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);
  const sdk = new NodeSDK({
    resource: resources.defaultResource().merge(resources.resourceFromAttributes({ 'service.name': 'brygga', 'service.version': packageVersion() })),
    // a random service.instance.id per process; OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (envDetector) come last and win
    resourceDetectors: [resources.serviceInstanceIdDetector, resources.hostDetector, resources.processDetector, resources.envDetector],
    spanProcessors: [new tracing.BatchSpanProcessor(new ScrubbingExporter(otlpExporter()))],
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? '') }),
      // the routes, not each of the middlewares every request passes through
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // parse, validate and execute: no span per resolved field, and literals in the document shown as *
      new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false }),
      // the statement with its placeholders, never the values; none outside a request or a job (the outbox's sweep)
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
      // the command's name only: keys carry login names and addresses (login throttling)
      new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    ],
  });
  sdk.start();
  await waitForAllMessagesAcknowledged();
  return { shutdown: () => sdk.shutdown() };
}

/** OTLP over HTTP, in protobuf (the standard's default) or JSON, as OTEL_EXPORTER_OTLP_[TRACES_]PROTOCOL says. */
function otlpExporter(): tracing.SpanExporter {
  const protocol = (process.env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || process.env.OTEL_EXPORTER_OTLP_PROTOCOL || 'http/protobuf').trim();
  if (protocol === 'http/protobuf') return new ProtobufTraceExporter();
  if (protocol === 'http/json') return new JsonTraceExporter();
  throw new Error(`OTEL_EXPORTER_OTLP_PROTOCOL: Brygga exports traces over http/protobuf or http/json, not ${protocol}`);
}

/** The release, from the package.json of the folder Brygga runs from (docs/configuration.md). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }).version;
}
