// Span names and attribute keys, in one place so traces read the same in
// every process and the trace store can rely on them.
export const SpanNames = {
  gatewayRequest: 'gateway.request',
  natsPublish: 'nats.publish',
  schedulerDispatch: 'scheduler.dispatch',
  /** A request waiting for a replica of its model to load (scale from zero). */
  schedulerColdStart: 'scheduler.cold_start',
  /** A request waiting in a scheduler's queue, from its arrival (or requeue) to its dispatch to an executor. */
  schedulerQueueWait: 'scheduler.queue_wait',
  grpcGenerate: 'grpc.client Executor/Generate',
  executorGenerate: 'executor.generate',
  /** A Realtime WebSocket session, and each of its stages (one fabric request each) and turns. */
  realtimeSession: 'realtime.session',
  realtimeTurn: 'realtime.turn',
  realtimeStage: 'realtime.stage',
} as const;

/** Events on a request's scheduler.dispatch span: one per placement (each attempt), retry and preemption. */
export const SpanEvents = {
  placement: 'placement',
  retry: 'retry',
  preempted: 'preempted',
} as const;

export const Attr = {
  requestId: 'weft.request_id',
  tenant: 'weft.tenant',
  model: 'weft.model',
  priority: 'weft.priority',
  executorId: 'weft.executor_id',
  schedulerId: 'weft.scheduler_id',
  queueWaitMs: 'weft.queue_wait_ms',
  /** The device a replica runs on ("cpu:0", "nvidia:1"), and its kind alone ("cpu", "nvidia", "ascend"). */
  device: 'weft.device',
  deviceKind: 'weft.device.kind',
  engine: 'weft.engine',
  /** OpenTelemetry gen_ai conventions: the operation (chat, embeddings, ...) and the model asked for. */
  genAiOperation: 'gen_ai.operation.name',
  genAiRequestModel: 'gen_ai.request.model',
  genAiResponseModel: 'gen_ai.response.model',
  /** Output tokens per second of the decode phase (after the first token), as the executor measured it. */
  tokensPerSecond: 'weft.tokens_per_second',
  /** Engine time of the whole generation. */
  generateMs: 'weft.generate_ms',
  /** Placement: why the scheduler chose the executor (the same text as the cluster view's decisions), among how many replicas, and how long deciding took. */
  placementReason: 'weft.placement.reason',
  placementCandidates: 'weft.placement.candidates',
  placementDecisionUs: 'weft.placement.decision_us',
  /** Attempts of a request on executors; retries after a failed attempt; preemptions (restarts to make room for realtime work). */
  attempts: 'weft.attempts',
  retries: 'weft.retries',
  preemptions: 'weft.preemptions',
  /** Why an attempt was retried (unreachable, refused, cancelled). */
  retryReason: 'weft.retry.reason',
  tokensIn: 'gen_ai.usage.input_tokens',
  tokensOut: 'gen_ai.usage.output_tokens',
  ttftMs: 'weft.time_to_first_token_ms',
  finishReason: 'gen_ai.response.finish_reasons',
  errorCode: 'weft.error_code',
  stream: 'weft.stream',
  loadMs: 'weft.model_load_ms',
  /** Why a request was cancelled (client disconnected, batch cancelled, ...); its presence marks a cancelled request. */
  cancelReason: 'weft.cancel_reason',
  /** A batch line's batch and custom_id. */
  batchId: 'weft.batch_id',
  customId: 'weft.batch_custom_id',
  /** Realtime: the stage of a fabric request (vad, transcribe, chat, speak) and a turn's timings. */
  stage: 'weft.realtime.stage',
  sessionId: 'weft.realtime.session_id',
  turnTranscribeMs: 'weft.realtime.transcribe_ms',
  turnLlmTtftMs: 'weft.realtime.llm_ttft_ms',
  turnTtsFirstAudioMs: 'weft.realtime.tts_first_audio_ms',
  turnFirstAudioMs: 'weft.realtime.first_audio_ms',
  /** A voice turn (server VAD): its speech in the session's audio, how long after the deciding audio arrived the VAD ended the turn, and when the first sentence went to speech. */
  turnSpeechStartMs: 'weft.realtime.speech_start_ms',
  turnSpeechEndMs: 'weft.realtime.speech_end_ms',
  turnVadDecisionMs: 'weft.realtime.vad_decision_ms',
  turnFirstSentenceMs: 'weft.realtime.first_sentence_ms',
} as const;
