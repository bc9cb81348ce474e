// W3C trace context across the two transports: NATS headers and gRPC
// metadata. With ESM, grpc-js is not auto-instrumented, so Weft injects and
// extracts by hand on both sides.
import { context, propagation, ROOT_CONTEXT, trace, type Context, type Span } from '@opentelemetry/api';
import type { Metadata } from '@grpc/grpc-js';
import type { MsgHdrs } from '@nats-io/transport-node';

export function injectNats(headers: MsgHdrs, ctx: Context = context.active()): void {
  propagation.inject(ctx, headers, { set: (h, k, v) => h.set(k, v) });
}

export function extractNats(headers: MsgHdrs | undefined): Context {
  if (!headers) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, headers, {
    get: (h, k) => (h.has(k) ? h.get(k) : undefined),
    keys: (h) => h.keys(),
  });
}

export function injectGrpc(metadata: Metadata, ctx: Context = context.active()): void {
  propagation.inject(ctx, metadata, { set: (m, k, v) => m.set(k, v) });
}

export function extractGrpc(metadata: Metadata): Context {
  return propagation.extract(ROOT_CONTEXT, metadata, {
    get: (m, k) => {
      const v = m.get(k)[0];
      return v === undefined ? undefined : String(v);
    },
    keys: (m) => Object.keys(m.getMap()),
  });
}

/** The W3C traceparent of a span, for response headers. */
export function traceparentOf(span: Span): string | undefined {
  const sc = span.spanContext();
  if (!trace.isSpanContextValid(sc)) return undefined;
  return `00-${sc.traceId}-${sc.spanId}-${(sc.traceFlags & 1) === 1 ? '01' : '00'}`;
}
