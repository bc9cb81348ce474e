// The results of a job that came from a NATS request (sources/nats-requests.ts):
// ReplyFrames on the reply subject of the delivery its gateway listens to.
// The first frame names this scheduler (where cancels go), whatever its kind.
import type { NatsConnection } from '@nats-io/transport-node';
import { ReplyFrame, type IGenerateChunk, type IReplyFrame, type WeftError } from '../../proto/index.ts';
import type { Logger } from '../../observability/logger.ts';
import type { ResultSink } from '../core/ports.ts';

export interface NatsReplyDeps {
  nc: NatsConnection;
  schedulerId: string;
  log: Logger;
}

export class NatsReplySink implements ResultSink {
  private readonly deps: NatsReplyDeps;
  private readonly replySubject: string;
  private readonly requestId: string;
  /** Whether a frame naming this scheduler was sent. */
  private announced = false;

  constructor(deps: NatsReplyDeps, replySubject: string, requestId: string) {
    this.deps = deps;
    this.replySubject = replySubject;
    this.requestId = requestId;
  }

  accepted(): void {
    if (!this.announced) this.send({ accepted: { schedulerId: this.deps.schedulerId } });
  }

  chunk(chunk: IGenerateChunk): void {
    this.send({ chunk });
  }

  /** The last chunk carried the final: nothing more to send. */
  final(): void {}

  error(error: WeftError): void {
    this.send({ error: error.toInfo() });
  }

  /** Its gateway stopped listening (it cancelled, or listens to a later delivery). */
  cancelled(): void {}

  private send(frame: IReplyFrame): void {
    frame.requestId = this.requestId;
    if (!this.announced) {
      frame.schedulerId = this.deps.schedulerId;
      this.announced = true;
    }
    try {
      this.deps.nc.publish(this.replySubject, ReplyFrame.encode(frame).finish());
    } catch (err) {
      this.deps.log.warn('reply publish failed', { requestId: this.requestId, err });
    }
  }
}
