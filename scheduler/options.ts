// What a scheduler needs to be told. deploy/config.ts reads these from the
// environment (and documents them); the scheduler only sees this shape.
import type { NatsSettings } from '../cluster/nats-options.ts';
import type { GrpcTlsSettings } from '../cluster/grpc-tls.ts';
export interface SchedulerOptions extends NatsSettings, GrpcTlsSettings {
  readonly schedulerId: string;
  readonly cluster: string;
  readonly modelsFile: string;
  /** Defaults of catalog models that set none. */
  readonly contextSize: number;
  readonly slots: number;
  readonly idleTtlMs: number;
  readonly queueMaxRealtime: number;
  readonly queueMaxBatch: number;
  readonly queueTimeoutMs: number;
  readonly batchReserveSlots: number;
  readonly batchReserveIdleMs: number;
  readonly batchAgingMs: number;
  readonly preemption: 'on' | 'off';
  readonly prefixAffinity: 'on' | 'off';
  readonly scaleOutWaitMs: number;
  readonly evictIdleMs: number;
  readonly loadTimeoutMs: number;
  readonly heartbeatMs: number;
  readonly executorExpiryMs: number;
  /** Batch lines this scheduler runs at once. */
  readonly batchInflight: number;
  /** A batch line whose scheduler shows no sign of life this long is delivered again. */
  readonly batchAckWaitMs: number;
  /** Bytes the batch jobs stream may hold. */
  readonly batchJobsMaxBytes: number;
  /** Most requests (lines) of one batch. */
  readonly batchMaxLines: number;
}
