// One OpenTelemetry setup for every Weft process. Spans are always recorded
// (responses carry a real traceparent); they are exported over OTLP/HTTP
// only when OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
// is set, so a local run has no exporter retrying against nothing.
import { trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace';
import type { NatsConnection } from '@nats-io/transport-node';
import { StoreSpanProcessor } from './span-export.ts';
import { onSpanClockTracer } from './span-clock.ts';

export interface Telemetry {
  tracer: Tracer;
  /** Flushes pending spans and stops the SDK; call on shutdown. */
  shutdown(): Promise<void>;
}

let started: Telemetry | undefined;
// The API's tracer delegates to whichever provider is registered, so one
// wrapped instance serves before and after initTelemetry.
const weftTracer = onSpanClockTracer(trace.getTracer('weft'));
let storeExport: StoreSpanProcessor | undefined;

/** What the trace store needs of a process (deploy/config.ts reads them: WEFT_TRACE_STORE, WEFT_TRACE_CONTENT). */
export interface TraceStoreOptions {
  traceStore: 'on' | 'export' | 'off';
  traceContent: boolean;
}

/** This process's exporter to the trace store (observability/span-export.ts); undefined before initTelemetry. */
export function spanExport(): StoreSpanProcessor | undefined {
  return storeExport;
}

export function exportEndpointConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * The standard OTEL_BSP_* settings. The SDK's BatchSpanProcessor no longer
 * reads them itself (it always waits 5 s), so they are passed explicitly.
 */
export function batchOptions(env: NodeJS.ProcessEnv): { scheduledDelayMillis?: number; maxQueueSize?: number; maxExportBatchSize?: number; exportTimeoutMillis?: number } {
  const num = (name: string) => {
    const v = Number(env[name]);
    return env[name] && Number.isFinite(v) && v >= 0 ? v : undefined;
  };
  const out: Record<string, number> = {};
  for (const [key, name] of [
    ['scheduledDelayMillis', 'OTEL_BSP_SCHEDULE_DELAY'], ['maxQueueSize', 'OTEL_BSP_MAX_QUEUE_SIZE'],
    ['maxExportBatchSize', 'OTEL_BSP_MAX_EXPORT_BATCH_SIZE'], ['exportTimeoutMillis', 'OTEL_BSP_EXPORT_TIMEOUT'],
  ] as const) {
    const v = num(name);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

export function initTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env, store: TraceStoreOptions = { traceStore: 'off', traceContent: false }): Telemetry {
  if (started) return started;
  // NodeSDK registers no tracer provider when it is given no processor, and
  // then no span (and no traceparent) exists: hence the no-op processor.
  const processor: SpanProcessor = exportEndpointConfigured(env)
    ? new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), ...batchOptions(env) })
    : new NoopSpanProcessor();
  // The trace store's exporter is always there (its local listeners feed the
  // gateway's metrics); it sends spans only when the store is not off, and
  // only once the process attached its NATS connection.
  storeExport = new StoreSpanProcessor(serviceName, { content: store.traceContent, exporting: store.traceStore !== 'off' });
  const sdk = new NodeSDK({
    serviceName,
    spanProcessors: [processor, storeExport],
    // Metrics and logs go elsewhere (issue: metrics); leave their env-driven
    // defaults off so nothing exports to an absent collector.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
    resourceDetectors: [],
  });
  sdk.start();
  started = {
    tracer: weftTracer,
    shutdown: () => sdk.shutdown().catch(() => undefined),
  };
  return started;
}

/** Starts sending this process's spans to the trace store over `nc` (a no-op with WEFT_TRACE_STORE=off or without initTelemetry). */
export function attachSpanExport(nc: NatsConnection, spansSubject: (service: string) => string): void {
  storeExport?.attach(nc, spansSubject(storeExport.service));
}

/** The tracer, usable before or without initTelemetry (then a no-op). */
export function tracer(): Tracer {
  return weftTracer;
}
