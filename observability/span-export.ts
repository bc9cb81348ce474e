// Every process's finished spans, exported to the cluster's spans stream
// (JetStream) for the trace store the gateway keeps (gateway/trace-store.ts).
//
// The request path only ever appends a span to an in-memory buffer: a timer
// sends the buffer as JSON batches, one publish in flight at a time. When
// the stream is missing, full or NATS is down, a batch's spans are dropped
// and counted (weft_spans_dropped_total), and so are spans arriving while
// the buffer is full: the trace store never slows or fails a request.
import type { Context } from '@opentelemetry/api';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace';

/** One span as the store keeps it and the API serves it. Times are epoch milliseconds (fractional). */
export interface SpanRecord {
  traceId: string;
  spanId: string;
  /** Empty for a root span. */
  parentSpanId: string;
  name: string;
  /** The process kind that made it: weft-gateway, weft-scheduler, weft-executor. */
  service: string;
  /** OpenTelemetry SpanKind: 0 internal, 1 server, 2 client, 3 producer, 4 consumer. */
  kind: number;
  startMs: number;
  durationMs: number;
  status: 'unset' | 'ok' | 'error';
  statusMessage?: string;
  attributes: Record<string, unknown>;
  events: { name: string; timeMs: number; attributes: Record<string, unknown> }[];
}

/** Attributes carrying prompt or completion text: never exported unless WEFT_TRACE_CONTENT=1. */
export const CONTENT_ATTRIBUTES = ['gen_ai.input.messages', 'gen_ai.output.messages', 'gen_ai.system_instructions', 'gen_ai.prompt', 'gen_ai.completion'];

/** Buffered spans beyond this are dropped (and counted) until a batch goes out. */
const MAX_BUFFERED = 16_384;
/** How often the buffer is sent. */
const FLUSH_MS = 200;
/** Bytes per message: well under NATS's default max_payload (1 MiB). */
const MAX_MESSAGE_BYTES = 512 * 1024;
/** A publish not acknowledged within this is a failed one (its spans are dropped). */
const PUBLISH_TIMEOUT_MS = 2_000;

const STATUS = ['unset', 'ok', 'error'] as const;
const ms = (t: [number, number]) => t[0] * 1e3 + t[1] / 1e6;

function attrs(a: Record<string, unknown> | undefined, content: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!a) return out;
  for (const [k, v] of Object.entries(a)) if (v !== undefined && (content || !CONTENT_ATTRIBUTES.includes(k))) out[k] = v;
  return out;
}

export function toRecord(span: ReadableSpan, service: string, content: boolean): SpanRecord {
  const sc = span.spanContext();
  return {
    traceId: sc.traceId,
    spanId: sc.spanId,
    parentSpanId: span.parentSpanContext?.spanId ?? '',
    name: span.name,
    service,
    kind: span.kind,
    startMs: ms(span.startTime),
    durationMs: ms(span.duration),
    status: STATUS[span.status.code] ?? 'unset',
    ...(span.status.message ? { statusMessage: span.status.message } : {}),
    attributes: attrs(span.attributes, content),
    events: span.events.map((e) => ({ name: e.name, timeMs: ms(e.time), attributes: attrs(e.attributes, content) })),
  };
}

export interface SpanExportStats {
  exported: number;
  dropped: number;
  buffered: number;
}

/**
 * A SpanProcessor sending spans to the spans stream once attach() gave it a
 * connection (spans of a process's start are buffered until then, within
 * the bound). Local listeners (the gateway's metrics) see every span of this
 * process as it ends, exported or not.
 */
export class StoreSpanProcessor implements SpanProcessor {
  readonly service: string;
  private readonly content: boolean;
  private readonly exporting: boolean;
  private buffer: SpanRecord[] = [];
  private js: JetStreamClient | undefined;
  private subject = '';
  private sending = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: ((span: ReadableSpan) => void)[] = [];
  private excluded: (span: ReadableSpan) => boolean = () => false;
  private readonly stats_: SpanExportStats = { exported: 0, dropped: 0, buffered: 0 };

  constructor(service: string, opts: { content: boolean; exporting: boolean }) {
    this.service = service;
    this.content = opts.content;
    this.exporting = opts.exporting;
  }

  /** Starts sending to `subject` over `nc` (the first connection a process attaches wins). */
  attach(nc: NatsConnection, subject: string): void {
    if (!this.exporting || this.js) return;
    this.js = jetstream(nc, { timeout: PUBLISH_TIMEOUT_MS });
    this.subject = subject;
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  /** Called with every span of this process as it ends. */
  onSpanEnd(listener: (span: ReadableSpan) => void): void {
    this.listeners.push(listener);
  }

  /** Spans not worth keeping (the gateway's probes and trace reads): still seen by listeners, never exported. */
  exclude(predicate: (span: ReadableSpan) => boolean): void {
    this.excluded = predicate;
  }

  stats(): SpanExportStats {
    return { ...this.stats_, buffered: this.buffer.length };
  }

  onStart(_span: Span, _parent: Context): void {}

  onEnd(span: ReadableSpan): void {
    for (const l of this.listeners) {
      try {
        l(span);
      } catch {
        // a listener's bug must not reach the span's caller
      }
    }
    if (!this.exporting || this.excluded(span)) return;
    if (this.buffer.length >= MAX_BUFFERED) {
      this.stats_.dropped++;
      return;
    }
    this.buffer.push(toRecord(span, this.service, this.content));
  }

  /** Sends what is buffered; one call at a time (a slow store delays batches, never spans' callers). */
  async flush(): Promise<void> {
    if (!this.js || this.sending || this.buffer.length === 0) return;
    this.sending = true;
    const spans = this.buffer;
    this.buffer = [];
    try {
      for (const batch of batches(spans)) {
        try {
          await this.js.publish(this.subject, batch.data);
          this.stats_.exported += batch.count;
        } catch {
          // No stream (no store yet, or it was deleted), stream full, NATS down.
          this.stats_.dropped += batch.count;
        }
      }
    } finally {
      this.sending = false;
    }
  }

  async forceFlush(): Promise<void> {
    // A flush in flight took the buffer; wait for it, then send the rest.
    for (let i = 0; this.sending && i < 100; i++) await new Promise((r) => setTimeout(r, 20));
    await this.flush();
  }

  async shutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.forceFlush().catch(() => undefined);
  }
}

/** JSON arrays of spans, each under MAX_MESSAGE_BYTES (a single larger span goes alone). */
function* batches(spans: SpanRecord[]): Generator<{ data: Uint8Array; count: number }> {
  let parts: string[] = [];
  let bytes = 2;
  for (const s of spans) {
    const json = JSON.stringify(s);
    if (parts.length > 0 && bytes + json.length + 1 > MAX_MESSAGE_BYTES) {
      yield { data: Buffer.from(`[${parts.join(',')}]`), count: parts.length };
      parts = [];
      bytes = 2;
    }
    parts.push(json);
    bytes += json.length + 1;
  }
  if (parts.length > 0) yield { data: Buffer.from(`[${parts.join(',')}]`), count: parts.length };
}
