// The results of a batch line (sources/jetstream-batch.ts): the answer or
// error is recorded in the batch results bucket, keyed by batch and
// custom_id, and only then is the line's message acknowledged. A crash
// between the two redelivers the line, which finds its result and adds
// nothing. Work that may succeed later (no capacity, a full queue, the
// scheduler stopping) is handed back (nak) to run again, here or elsewhere.
import type { JsMsg } from '@nats-io/jetstream';
import { ErrorCode, errors, type IEmbedding, type IFinal, type IGenerateChunk, type WeftError } from '../../proto/index.ts';
import type { Logger } from '../../observability/logger.ts';
import type { BatchStore } from '../../batch/batch-store.ts';
import { answeredLine, embeddedLine, failedLine, respondedLine, type LineEncoding } from '../../batch/line-request.ts';
import type { ResponseSettings } from '../../openai/responses-request.ts';
import type { LineResult } from '../../batch/records.ts';
import type { ResultSink } from '../core/ports.ts';

/** Deliveries of a line that failed with a retryable error before its error is recorded as its result. */
export const MAX_DELIVERIES = 5;
/** How long a line handed back waits before it is delivered again. */
const RETRY_DELAY_MS = 1_000;

export interface BatchLine {
  batchId: string;
  customId: string;
  requestId: string;
  model: string;
  /** An embeddings line: how many inputs it has, and how its vectors are written. */
  embeddings?: { count: number; encoding: LineEncoding };
  /** A /v1/responses line: what its Response echoes. */
  responses?: ResponseSettings;
}

export interface BatchResultsDeps {
  store: BatchStore;
  log: Logger;
}

export class BatchResultsSink implements ResultSink {
  private readonly deps: BatchResultsDeps;
  private readonly msg: JsMsg;
  private readonly line: BatchLine;
  private readonly settled: () => void;
  private readonly stopped: () => boolean;
  private text = '';
  private items: IEmbedding[] = [];
  private last: IFinal | undefined;

  /** `settled` runs once the message is settled; `stopped` says whether the line's batch was stopped (cancel, expiry). */
  constructor(deps: BatchResultsDeps, msg: JsMsg, line: BatchLine, settled: () => void, stopped: () => boolean) {
    this.deps = deps;
    this.msg = msg;
    this.line = line;
    this.settled = settled;
    this.stopped = stopped;
  }

  accepted(): void {}

  /** A batch line does not stream: the whole answer comes in one chunk. */
  chunk(chunk: IGenerateChunk): void {
    this.text += chunk.delta?.text ?? '';
    if (chunk.embeddings?.items) this.items.push(...chunk.embeddings.items);
    if (chunk.final) this.last = chunk.final;
  }

  final(): void {
    const { customId, requestId, model, embeddings, responses } = this.line;
    if (responses) return void this.record(respondedLine(customId, requestId, model, this.text, this.last, responses));
    if (!embeddings) return void this.record(answeredLine(customId, requestId, model, this.text, this.last));
    if (this.items.length !== embeddings.count) {
      return void this.record(failedLine(customId, requestId, errors.executorFailed(`The engine returned ${this.items.length} embeddings for ${embeddings.count} inputs.`)));
    }
    void this.record(embeddedLine(customId, requestId, model, this.items, embeddings.encoding, this.last));
  }

  error(error: WeftError): void {
    const { customId, requestId } = this.line;
    // A line's deadline is its batch's window: past it the line did not run
    // in time, which the finalizer writes as batch_expired (not a 504).
    if (error.code === ErrorCode.ERROR_CODE_DEADLINE_EXCEEDED) {
      this.msg.ack();
      return this.settled();
    }
    if (error.retryable && this.msg.info.deliveryCount < MAX_DELIVERIES && !this.stopped()) {
      this.deps.log.info('batch line handed back to run again', { ...this.line, code: error.code, err: error.message });
      this.msg.nak(Math.max(RETRY_DELAY_MS, error.retryAfterS * 1000));
      return this.settled();
    }
    void this.record(failedLine(customId, requestId, error));
  }

  /**
   * Its batch was stopped: the line is done with, without a result (the
   * finalizer lists it as not run). Otherwise a later delivery of the same
   * line replaced this one, and that delivery settles the message.
   */
  cancelled(): void {
    if (this.stopped()) this.msg.ack();
    this.settled();
  }

  private async record(r: LineResult): Promise<void> {
    try {
      await this.deps.store.recordResult(this.line.batchId, this.line.customId, r);
      this.msg.ack();
    } catch (err) {
      // Not recorded: the line must run again rather than be lost.
      this.deps.log.warn('recording a batch line result failed; it runs again', { ...this.line, err });
      this.msg.nak(RETRY_DELAY_MS);
    } finally {
      this.settled();
    }
  }
}
