// What a gateway needs to be told. deploy/config.ts reads these from the
// environment (and documents them); the gateway only sees this shape.
import type { NatsSettings } from '../cluster/nats-options.ts';
export interface GatewayOptions extends NatsSettings {
  readonly gatewayId: string;
  readonly cluster: string;
  readonly host: string;
  readonly port: number;
  /** Path of the API keys file; undefined: auth is off. */
  readonly apiKeys: string | undefined;
  /** PEM certificate and key files: HTTPS and wss on `port` (both or neither; the configuration checks them). */
  readonly tlsCert: string | undefined;
  readonly tlsKey: string | undefined;
  readonly corsOrigins: readonly string[];
  readonly maxBodyBytes: number;
  readonly requestTimeoutMs: number;
  readonly acceptTimeoutMs: number;
  readonly schedulerWaitMs: number;
  readonly schedulerExpiryMs: number;
  readonly executorExpiryMs: number;
  /** Defaults of catalog models that set none (the admin API shows them). */
  readonly contextSize: number;
  readonly slots: number;
  readonly idleTtlMs: number;
  /** Largest file the Files API takes. */
  readonly maxFileBytes: number;
  /** How long a batch may run (its completion window). */
  readonly batchWindowMs: number;
  /** The trace store (WEFT_TRACE_*): whether this gateway indexes the spans stream, its bounds and sampling. */
  readonly traceStore: 'on' | 'export' | 'off';
  readonly traceMaxAgeMs: number;
  readonly traceMaxBytes: number;
  readonly traceSample: number;
  readonly traceSlowMs: number;
  readonly traceContent: boolean;
  /** The models of a Realtime session's speech stages, and its limits. */
  readonly realtimeVadModel: string;
  readonly realtimeTranscribeModel: string;
  readonly realtimeSpeechModel: string;
  readonly realtimeMaxSessions: number;
  readonly realtimeMaxSessionMs: number;
}
