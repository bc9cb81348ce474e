// Jobs from the batch jobs stream (batch/jobs-stream.ts): batch lines,
// pulled from the shared durable consumer at most WEFT_BATCH_INFLIGHT at a
// time, each submitted at the batch priority class with its own results
// sink (sinks/batch-results.ts). While a line is held its message is kept
// alive (in progress), so only a scheduler that died loses its lines to
// redelivery. A line whose result is already recorded (its earlier
// delivery recorded it, then died before acknowledging) is acknowledged
// without running, and the lines of a stopped batch (cancelled, expired)
// are dropped or aborted.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { jetstream, type Consumer, type JsMsg } from '@nats-io/jetstream';
import { SpanKind, trace } from '@opentelemetry/api';
import { errors, headers as H, InferenceRequest, type FabricNames } from '../../proto/index.ts';
import type { Logger } from '../../observability/logger.ts';
import { Attr, SpanNames } from '../../observability/names.ts';
import { extractNats } from '../../observability/propagation.ts';
import { tracer } from '../../observability/telemetry.ts';
import type { BatchStore } from '../../batch/batch-store.ts';
import { failedLine } from '../../batch/line-request.ts';
import { TERMINAL } from '../../batch/records.ts';
import { BatchResultsSink, type BatchLine } from '../sinks/batch-results.ts';
import type { ResponseSettings } from '../../openai/responses-request.ts';
import type { JobSource, JobTarget } from '../core/ports.ts';

export interface JetStreamBatchOptions {
  nc: NatsConnection;
  names: FabricNames;
  schedulerId: string;
  log: Logger;
  store: BatchStore;
  /** Lines this scheduler holds at once (WEFT_BATCH_INFLIGHT). */
  inflight: number;
  /** The consumer's ack wait: a held line is renewed well within it. */
  ackWaitMs: number;
}

/** How long a batch's status is trusted before it is read again (a stop notice clears it at once). */
const STATUS_TTL_MS = 1_000;
/** How long one pull waits for lines when there are none. */
const PULL_EXPIRES_MS = 1_000;

interface Held {
  line: BatchLine;
  stopped: boolean;
}

export class JetStreamBatchSource implements JobSource {
  private readonly o: JetStreamBatchOptions;
  private readonly held = new Map<string, Held>();
  private readonly status = new Map<string, { live: boolean; at: number }>();
  private stopSub: Subscription | undefined;
  private closed = false;
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** Lines received and not yet submitted (their look-ups under way). */
  private taking = 0;
  /** Deliveries taken, for their executor request ids. */
  private deliveries = 0;

  constructor(o: JetStreamBatchOptions) {
    this.o = o;
  }

  start(target: JobTarget): void {
    this.stopSub = this.o.nc.subscribe(this.o.names.subjects.batchStop, {
      callback: (err, msg) => {
        if (err) return;
        const batchId = msg.string();
        this.status.set(batchId, { live: false, at: Date.now() });
        for (const [requestId, h] of this.held) {
          if (h.line.batchId !== batchId) continue;
          h.stopped = true;
          target.cancel(requestId, 'the batch was stopped');
        }
      },
    });
    this.running = this.pullLoop(target).catch((err) => this.o.log.error('batch job source stopped', { err }));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopSub?.unsubscribe();
    this.wakeUp();
    await this.running;
  }

  private wakeUp(): void {
    this.wake?.();
    this.wake = undefined;
  }

  private async pullLoop(target: JobTarget): Promise<void> {
    const { nc, names, log } = this.o;
    let consumer: Consumer | undefined;
    while (!this.closed) {
      try {
        consumer ??= await jetstream(nc).consumers.get(names.streams.batchJobs, names.streams.batchRunners);
        const room = this.o.inflight - this.held.size - this.taking;
        if (room <= 0) {
          await new Promise<void>((r) => (this.wake = r));
          continue;
        }
        const batch = await consumer.fetch({ max_messages: room, expires: PULL_EXPIRES_MS });
        for await (const m of batch) {
          if (this.closed) {
            m.nak();
            continue;
          }
          // Taken side by side: a line waiting behind another's look-ups
          // could otherwise outlast the ack wait and be delivered twice.
          this.taking++;
          void this.take(target, m).finally(() => {
            this.taking--;
            this.wakeUp();
          });
        }
      } catch (err) {
        // The stream or consumer is not there yet (a coordinator creates
        // them), or NATS is reconnecting: try again shortly.
        consumer = undefined;
        if (!this.closed) log.debug('batch pull failed; retrying', { err: (err as Error).message });
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  /** Whether the batch still runs (not stopped or finished). */
  private async live(batchId: string): Promise<boolean> {
    const known = this.status.get(batchId);
    if (known && (!known.live || Date.now() - known.at < STATUS_TTL_MS)) return known.live;
    const b = await this.o.store.get(batchId);
    const live = !!b && !TERMINAL.has(b.rec.status) && b.rec.status !== 'cancelling' && b.rec.ending === null;
    this.status.set(batchId, { live, at: Date.now() });
    return live;
  }

  private async take(target: JobTarget, m: JsMsg): Promise<void> {
    const { log, ackWaitMs } = this.o;
    // Renewed from the moment it arrives, well within the ack wait, so only a dead scheduler's lines are delivered again.
    const keepAlive = setInterval(() => m.working(), Math.max(100, Math.floor(ackWaitMs / 3)));
    try {
      await this.takeHeld(target, m, () => clearInterval(keepAlive));
    } catch (err) {
      // A look-up failed (NATS reconnecting): handed back, to run once it can.
      clearInterval(keepAlive);
      log.warn('taking a batch line failed; handed back', { seq: m.seq, err: (err as Error).message });
      m.nak(1_000);
    }
  }

  /** `release` stops the line's keep-alive; called once the line is settled (or left to settle elsewhere). */
  private async takeHeld(target: JobTarget, m: JsMsg, release: () => void): Promise<void> {
    const { store, log, schedulerId } = this.o;
    const batchId = m.headers?.get(H.batchId) ?? '';
    const customId = decodeURIComponent(m.headers?.get(H.customId) ?? '');
    const requestId = m.headers?.get(H.requestId) ?? '';
    const done = (settle: () => void) => {
      release();
      settle();
    };
    if (!batchId || !customId || !requestId) {
      log.warn('batch job message without its batch, custom_id or request id; dropped', { seq: m.seq });
      return done(() => m.term());
    }
    if (!(await this.live(batchId))) return done(() => m.ack());
    // Only a line delivered before can have run: a first delivery saves the look-up (its
    // result is written only if absent, so a line that had one anyway adds nothing).
    if (m.info.deliveryCount > 1 && await store.hasResult(batchId, customId)) return done(() => m.ack());
    let req;
    let responses: ResponseSettings | undefined;
    try {
      req = InferenceRequest.decode(m.data);
      const echoed = m.headers?.get(H.batchResponse);
      if (echoed) responses = JSON.parse(Buffer.from(echoed, 'base64url').toString('utf8')) as ResponseSettings;
    } catch (err) {
      const r = failedLine(customId, requestId, errors.invalid(`The batch line could not be decoded: ${(err as Error).message}`));
      await store.recordResult(batchId, customId, r);
      return done(() => m.ack());
    }
    const line: BatchLine = {
      batchId, customId, requestId, model: req.model,
      ...(req.embed ? { embeddings: { count: (req.embed.inputs?.length ?? 0) + (req.embed.tokenInputs?.length ?? 0), encoding: m.headers?.get(H.batchEncoding) === 'base64' ? 'base64' as const : 'float' as const } } : {}),
      ...(responses ? { responses } : {}),
    };
    // Each delivery runs under an id of its own: a line delivered again while
    // an earlier delivery still runs (elsewhere, after a NATS outage ate its
    // keep-alives) runs twice rather than being refused by the executor as
    // already running; the first result recorded wins, the other adds nothing.
    req.requestId = `${requestId}.${schedulerId}.${++this.deliveries}`;
    const runId = req.requestId;
    const ctx = extractNats(m.headers);
    const span = tracer().startSpan(SpanNames.schedulerDispatch, {
      kind: SpanKind.CONSUMER,
      attributes: {
        [Attr.requestId]: runId, [Attr.model]: req.model, [Attr.tenant]: req.tenant, [Attr.schedulerId]: schedulerId,
        [Attr.batchId]: batchId, [Attr.customId]: customId,
        'messaging.system': 'nats', 'messaging.destination.name': m.subject,
      },
    }, ctx);
    const held: Held = { line, stopped: false };
    this.held.set(runId, held);
    const settled = () => {
      release();
      this.held.delete(runId);
      this.wakeUp();
    };
    target.submit({
      req, attempt: `${m.seq}:${m.info.deliveryCount}`, span, ctx: trace.setSpan(ctx, span),
      sink: new BatchResultsSink({ store, log }, m, line, settled, () => held.stopped),
    });
  }
}
