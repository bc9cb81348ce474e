// Span names and attribute keys, in one place so traces read the same in
// every process and the trace store can rely on them.
export const SpanNames = {
  gatewayRequest: 'gateway.request',
  natsPublish: 'nats.publish',
  schedulerDispatch: 'scheduler.dispatch',
  /** A request waiting for a replica of its model to load (scale from zero). */
  schedulerColdStart: 'scheduler.cold_start',
  grpcGenerate: 'grpc.client Executor/Generate',
  executorGenerate: 'executor.generate',
} as const;

export const Attr = {
  requestId: 'weft.request_id',
  tenant: 'weft.tenant',
  model: 'weft.model',
  priority: 'weft.priority',
  executorId: 'weft.executor_id',
  schedulerId: 'weft.scheduler_id',
  queueWaitMs: 'weft.queue_wait_ms',
  device: 'weft.device',
  engine: 'weft.engine',
  tokensIn: 'gen_ai.usage.input_tokens',
  tokensOut: 'gen_ai.usage.output_tokens',
  ttftMs: 'weft.time_to_first_token_ms',
  finishReason: 'gen_ai.response.finish_reasons',
  errorCode: 'weft.error_code',
  stream: 'weft.stream',
  loadMs: 'weft.model_load_ms',
} as const;
