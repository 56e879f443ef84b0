/**
 * The net under what the instrumentations are told not to record (tracing-sdk.ts): every span passes through here on
 * its way out. Identity-number shapes are masked in every text, as on every log line; URLs lose their query string
 * (GET /graphql?variables=...) and the calendar feeds' tokens; error messages are left out, because an error can
 * quote what a person typed (GraphQL's "Variable "$x" got invalid value ...") and the log line of the error has it,
 * masked. Headers, bodies and GraphQL variables are never recorded in the first place.
 */
import type { Attributes, AttributeValue, Link } from '@opentelemetry/api';
import type { tracing } from '@opentelemetry/sdk-node';
import { redactUrlSecrets, scrubIdentityNumbers } from '../logging/scrub.js';

/** Attributes holding a URL or a path, by both the older and the stable HTTP conventions. */
const URL_ATTRIBUTES = new Set(['http.url', 'http.target', 'url.full', 'url.path', 'http.route']);
/** Attributes left out: the query string itself, and errors' messages and stacks (whose first line is the message). */
const DROPPED_ATTRIBUTES = new Set(['url.query', 'exception.message', 'exception.stacktrace']);

export class ScrubbingExporter implements tracing.SpanExporter {
  constructor(private readonly exporter: tracing.SpanExporter) {}

  export(spans: tracing.ReadableSpan[], resultCallback: Parameters<tracing.SpanExporter['export']>[1]): void {
    this.exporter.export(spans.map(scrubSpan), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown();
  }

  async forceFlush(): Promise<void> {
    await this.exporter.forceFlush?.();
  }
}

export function scrubSpan(span: tracing.ReadableSpan): tracing.ReadableSpan {
  return {
    name: scrubIdentityNumbers(span.name),
    kind: span.kind,
    spanContext: () => span.spanContext(),
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    duration: span.duration,
    ended: span.ended,
    status: { code: span.status.code },
    attributes: scrubAttributes(span.attributes),
    links: span.links.map((link): Link => ({ ...link, attributes: link.attributes && scrubAttributes(link.attributes) })),
    events: span.events.map((event) => ({ ...event, name: scrubIdentityNumbers(event.name), attributes: event.attributes && scrubAttributes(event.attributes) })),
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

export function scrubAttributes(attributes: Attributes): Attributes {
  const scrubbed: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!DROPPED_ATTRIBUTES.has(key)) scrubbed[key] = scrubValue(key, value);
  }
  return scrubbed;
}

function scrubValue(key: string, value: AttributeValue | undefined): AttributeValue | undefined {
  if (typeof value === 'string') return scrubIdentityNumbers(URL_ATTRIBUTES.has(key) ? redactUrlSecrets(value) : value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? scrubIdentityNumbers(item) : item)) as AttributeValue;
  return value;
}
