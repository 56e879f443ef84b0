import { context, propagation, trace, type Link } from '@opentelemetry/api';

/** The key of a job's payload under which the enqueuing work's trace travels (W3C `traceparent`, no payload data). */
const TRACE_KEY = '__trace';

/**
 * `payload` with the trace of the work that enqueues it (a request's, a job's), when tracing is on and that work is
 * traced; else `payload` itself, unchanged. Only a payload that is an object can carry it.
 */
export function withEnqueuingTrace<P>(payload: P): P {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length ? { ...payload, [TRACE_KEY]: carrier } : payload;
}

/**
 * A job's own payload, without the trace it carried, and a link to the span that enqueued it: a job's span is a root
 * of its own (it runs later, maybe elsewhere, maybe several times) that points at the request it came from.
 */
export function enqueuingTraceOf(payload: unknown): { payload: unknown; links: Link[] } {
  if (typeof payload !== 'object' || payload === null || !(TRACE_KEY in payload)) return { payload, links: [] };
  const { [TRACE_KEY]: carrier, ...own } = payload as Record<string, unknown>;
  const enqueued = trace.getSpanContext(propagation.extract(context.active(), carrier));
  return { payload: own, links: enqueued ? [{ context: enqueued }] : [] };
}
