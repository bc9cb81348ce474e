// Jobs from the core-NATS request subjects: a queue-group subscription (so
// each request is taken by exactly one scheduler) to every class's request
// subject, and cancels from this scheduler's cancel subject. Each delivery
// (a publish of the request, with its own reply subject) is one Submission
// whose results go to that reply subject (sinks/nats-reply.ts).
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { SpanKind, trace } from '@opentelemetry/api';
import { CancelNotice, fabricNames, headers as H, PRIORITY_CLASSES, WeftError } from '../../proto/index.ts';
import type { Logger } from '../../observability/logger.ts';
import { Attr, SpanNames } from '../../observability/names.ts';
import { extractNats } from '../../observability/propagation.ts';
import { tracer } from '../../observability/telemetry.ts';
import { readRequestMessage, RequestBodies } from '../request-message.ts';
import { NatsReplySink, type NatsReplyDeps } from '../sinks/nats-reply.ts';
import type { JobSource, JobTarget } from '../core/ports.ts';

export interface NatsRequestsOptions {
  nc: NatsConnection;
  cluster: string;
  schedulerId: string;
  log: Logger;
}

export class NatsRequestSource implements JobSource {
  private readonly o: NatsRequestsOptions;
  private readonly names: ReturnType<typeof fabricNames>;
  private readonly bodies: RequestBodies;
  private readonly replies: NatsReplyDeps;
  private subs: Subscription[] = [];

  constructor(o: NatsRequestsOptions) {
    this.o = o;
    this.names = fabricNames(o.cluster);
    this.bodies = new RequestBodies(o.nc, this.names.buckets.bodies);
    this.replies = { nc: o.nc, schedulerId: o.schedulerId, log: o.log };
  }

  start(target: JobTarget): void {
    const { nc, schedulerId } = this.o;
    const { subjects, schedulerQueueGroup } = this.names;
    this.subs = [
      ...PRIORITY_CLASSES.map((p) => nc.subscribe(subjects.requestAll(p), {
        queue: schedulerQueueGroup,
        callback: (err, msg) => {
          if (!err) this.onRequestMessage(target, msg);
        },
      })),
      nc.subscribe(subjects.cancel(schedulerId), {
        callback: (err, msg) => {
          if (!err) this.onCancel(target, msg);
        },
      }),
    ];
  }

  async close(): Promise<void> {
    for (const s of this.subs) s.unsubscribe();
    this.subs = [];
  }

  /** A request message, with its body read (from the object store when it was too large for the message). */
  private onRequestMessage(target: JobTarget, msg: Msg): void {
    const body = this.bodies.read(msg);
    if (!body) return this.onRequest(target, msg, msg.data);
    void body.then((data) => (WeftError.is(data)
      ? this.reject(msg, msg.reply || undefined, msg.headers?.get(H.requestId) ?? '', data)
      : this.onRequest(target, msg, data)));
  }

  private onRequest(target: JobTarget, msg: Msg, data: Uint8Array): void {
    const read = readRequestMessage({ data, reply: msg.reply, headers: msg.headers });
    if (!read.ok) return this.reject(msg, read.replySubject, read.requestId, read.error);
    const req = read.req;
    // Answers go to the message's reply subject: its gateway gives each
    // publish of a request one of its own (the body names the first).
    if (msg.reply) req.replySubject = msg.reply;
    const ctx = extractNats(msg.headers);
    const span = tracer().startSpan(SpanNames.schedulerDispatch, {
      kind: SpanKind.CONSUMER,
      attributes: {
        [Attr.requestId]: req.requestId, [Attr.model]: req.model, [Attr.tenant]: req.tenant,
        [Attr.schedulerId]: this.o.schedulerId, 'messaging.system': 'nats', 'messaging.destination.name': msg.subject,
      },
    }, ctx);
    target.submit({
      req, attempt: req.replySubject, span, ctx: trace.setSpan(ctx, span),
      sink: new NatsReplySink(this.replies, req.replySubject, req.requestId),
    });
  }

  /** A request message that cannot be served is answered at once, never dropped: its gateway would wait out the accept timeout. */
  private reject(msg: Msg, replySubject: string | undefined, requestId: string, error: WeftError): void {
    this.o.log.warn('rejected unreadable request message', { subject: msg.subject, requestId, err: error.message });
    if (replySubject) new NatsReplySink(this.replies, replySubject, requestId).error(error);
  }

  private onCancel(target: JobTarget, msg: Msg): void {
    let notice;
    try {
      notice = CancelNotice.decode(msg.data);
    } catch {
      return;
    }
    target.cancel(notice.requestId, notice.reason);
  }
}
