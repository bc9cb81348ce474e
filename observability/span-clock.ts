// One clock for every span of a process. The OpenTelemetry SDK stamps a
// span's start with Date.now() (whole milliseconds, from the wall clock,
// which NTP or a VM may step), reads the monotonic clock a moment later, and
// stamps its end as that start plus the monotonic time since. A thread
// preempted between those two reads, or a step of the wall clock, shifts one
// span against another by as much: two spans of one request could land
// several milliseconds out of order, a cold start drawn past the end of the
// queue wait that holds it (CI saw 6 ms on a loaded machine). Here every
// start, end and event time of a process is one read of the monotonic clock,
// anchored to the wall clock once and anchored again only when the two part
// by more than a second (a suspended host, a large step), so spans of one
// process keep their true order and sub-millisecond offsets.
import type { Attributes, Span, SpanOptions, TimeInput, Tracer, Context } from '@opentelemetry/api';

/** How far the monotonic clock may drift from the wall clock before spans anchor again. */
const REANCHOR_MS = 1_000;

let anchor = Date.now() - performance.now();

/** Now as epoch milliseconds with sub-millisecond precision, from the monotonic clock. */
export function spanTime(): number {
  const t = anchor + performance.now();
  if (Math.abs(Date.now() - t) <= REANCHOR_MS) return t;
  anchor = Date.now() - performance.now();
  return anchor + performance.now();
}

function isTime(x: unknown): x is TimeInput {
  return typeof x === 'number' || x instanceof Date || (Array.isArray(x) && x.length === 2);
}

/** `span` with end and events stamped by spanTime() when the caller gives no time. */
function onSpanClock(span: Span): Span {
  const end = span.end.bind(span);
  const addEvent = span.addEvent.bind(span);
  const recordException = span.recordException.bind(span);
  span.end = (time?: TimeInput) => end(time ?? spanTime());
  span.addEvent = (name: string, attributesOrTime?: Attributes | TimeInput, time?: TimeInput) =>
    time !== undefined || isTime(attributesOrTime) ? addEvent(name, attributesOrTime, time) : addEvent(name, attributesOrTime, spanTime());
  span.recordException = (exception, time?: TimeInput) => recordException(exception, time ?? spanTime());
  return span;
}

/** `inner` with every span it starts on spanTime(). Only startSpan is used in Weft; startActiveSpan passes through the same path. */
export function onSpanClockTracer(inner: Tracer): Tracer {
  const startSpan = (name: string, options?: SpanOptions, ctx?: Context): Span =>
    onSpanClock(inner.startSpan(name, { ...options, startTime: options?.startTime ?? spanTime() }, ctx));
  return {
    startSpan,
    startActiveSpan: ((name: string, ...rest: unknown[]) => {
      const fn = rest.pop() as (span: Span) => unknown;
      const [options, ctx] = rest as [SpanOptions | undefined, Context | undefined];
      return inner.startActiveSpan(name, { ...options, startTime: options?.startTime ?? spanTime() }, ctx as Context, (span: Span) => fn(onSpanClock(span)));
    }) as Tracer['startActiveSpan'],
  };
}
