import { describe, expect, it } from '@jest/globals';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { tracing } from '@opentelemetry/sdk-node';
import { scrubAttributes, scrubSpan } from './scrubbing-exporter.js';
import { flushingOnClose, tracingEnabled } from './tracing.js';

describe('tracingEnabled', () => {
  it('is on with an OTLP endpoint for traces, and off without one or with the SDK disabled', () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'TRUE' })).toBe(false);
  });
});

describe('flushingOnClose', () => {
  it('shuts tracing down after the app has closed, even when closing fails', async () => {
    const order: string[] = [];
    const app = async (name: string) => ({
      name,
      async close() {
        order.push('app');
        throw new Error('stuck');
      },
    });
    const create = flushingOnClose(app, { shutdown: async () => void order.push('tracing') });
    const running = await create('brygga');
    expect(running.name).toBe('brygga');
    await expect(running.close()).rejects.toThrow('stuck');
    expect(order).toEqual(['app', 'tracing']);
  });
});

describe('scrubbing spans', () => {
  it('masks identity numbers, and drops query strings, feed tokens and the query attribute', () => {
    expect(
      scrubAttributes({
        'db.statement': "SELECT 1 WHERE x = '19121212-1212'",
        'url.full': 'http://brygga/graphql?variables=%7B%22p%22%3A1%7D',
        'http.target': '/calendar/feeds/abcdef0123/meetings.ics',
        'url.query': 'variables=1',
        'brygga.job.attempt': 2,
        tags: ['121212-1212', 'ok'],
      }),
    ).toEqual({
      'db.statement': "SELECT 1 WHERE x = '[identitetsnummer]'",
      'url.full': 'http://brygga/graphql?[query]',
      'http.target': '/calendar/feeds/[token]/meetings.ics',
      'brygga.job.attempt': 2,
      tags: ['[identitetsnummer]', 'ok'],
    });
  });

  it("leaves out errors' messages and stacks, and the status's message, keeping the error's type", () => {
    const context = { traceId: '1'.repeat(32), spanId: '2'.repeat(16), traceFlags: 1 };
    const span = {
      name: 'mutation Enrol',
      kind: SpanKind.SERVER,
      spanContext: () => context,
      status: { code: SpanStatusCode.ERROR, message: 'Variable "$p" got invalid value "Anna"' },
      attributes: {},
      links: [],
      events: [{ name: 'exception', time: [0, 0], attributes: { 'exception.type': 'GraphQLError', 'exception.message': 'got "Anna"', 'exception.stacktrace': 'GraphQLError: got "Anna"\n at x' } }],
    } as unknown as tracing.ReadableSpan;
    const scrubbed = scrubSpan(span);
    expect(scrubbed.spanContext()).toBe(context);
    expect(scrubbed.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(scrubbed.events[0].attributes).toEqual({ 'exception.type': 'GraphQLError' });
  });
});
