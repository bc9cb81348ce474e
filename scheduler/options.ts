// What a scheduler needs to be told. deploy/config.ts reads these from the
// environment (and documents them); the scheduler only sees this shape.
export interface SchedulerOptions {
  readonly schedulerId: string;
  readonly natsUrl: string;
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
  readonly batchAgingMs: number;
  readonly preemption: 'on' | 'off';
  readonly prefixAffinity: 'on' | 'off';
  readonly scaleOutWaitMs: number;
  readonly evictIdleMs: number;
  readonly loadTimeoutMs: number;
  readonly heartbeatMs: number;
  readonly executorExpiryMs: number;
}
