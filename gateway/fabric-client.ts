// The gateway's side of the fabric: publishes InferenceRequests on NATS and
// demultiplexes the ReplyFrames of every request in flight from one
// wildcard subscription (no per-request subscribe round trip). It also
// watches scheduler heartbeats: a request whose scheduler died is published
// again when nothing of it reached the client yet (a non-streaming answer
// arrives whole, so those always can be), and fails with 502 otherwise.
// A request published while no scheduler runs (NATS answers "no
// responders") waits for the next scheduler heartbeat and is published
// again, up to WEFT_SCHEDULER_WAIT_MS: a scheduler restart is not a failure.
// One that no scheduler accepted within WEFT_ACCEPT_TIMEOUT_MS (NATS handed
// it to a scheduler that died before answering) is published again too.
// Every publish has a reply subject of its own (its attempt number): frames
// of an earlier attempt are ignored, and the scheduler that sends them is
// told to cancel, so a request never runs twice for its client.
import { Readable } from 'node:stream';
import { headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import type { Context } from '@opentelemetry/api';
import {
  CancelNotice, errors, InferenceRequest, ReplyFrame, SchedulerInfo, decodeToken, headers as H, WeftError,
  type GenerateChunk, type Subjects, type IInferenceRequest, type PriorityClass,
} from '../proto/index.ts';
import { injectNats } from '../observability/propagation.ts';
import type { LargeRequests } from './large-requests.ts';

export interface Submission {
  /** Chunks in order; ends after the last one, or throws a WeftError. */
  readonly chunks: AsyncIterable<GenerateChunk>;
  /** Stops the request: tells the scheduler that accepted it, ends the iterator. */
  cancel(reason: string): void;
}

interface Pending {
  out: Readable;
  schedulerId?: string;
  /** When the holder became known; its liveness counts from here at least. */
  heldSince: number;
  timers: NodeJS.Timeout[];
  /** Fails the request when no scheduler takes it in time (re-armed at each publish). */
  acceptTimer?: NodeJS.Timeout;
  /** Since when the request has waited for a scheduler to run (none answered its publish). */
  noSchedulerSince?: number;
  /** Published again at the next scheduler heartbeat (once: a second publish could run it twice). */
  awaitingScheduler: boolean;
  /** The object holding the request's body when it was too large for a message; deleted when settled. */
  bodyRef?: string;
  /** A chunk reached the client: the request can no longer be resubmitted. */
  delivered: boolean;
  /** The current publish (1, 2, …): only frames on its reply subject count. */
  attempt: number;
  /** Schedulers that answered an earlier attempt, told to cancel once the current holder is known (if another). */
  staleHolders: Set<string>;
  /** How to publish it again, and how often it was. */
  publish: () => void;
  resubmits: number;
}

/** Times a request is published again after its scheduler died. */
const MAX_RESUBMITS = 2;

export class FabricClient {
  private readonly pending = new Map<string, Pending>();
  /**
   * Requests cancelled before the gateway learned which scheduler holds
   * them: the cancel is sent when the first frame names the holder (the
   * request itself is already answered), or forgotten after the accept timeout.
   */
  private readonly unsentCancels = new Map<string, { reason: string; timer: NodeJS.Timeout }>();
  private readonly subs: Subscription[];
  private readonly nc: NatsConnection;
  /** The subjects of this gateway's cluster. */
  private readonly subjects: Subjects;
  private readonly gatewayId: string;
  private readonly acceptTimeoutMs: number;
  private readonly schedulerWaitMs: number;
  private readonly large: LargeRequests | undefined;
  private readonly schedulerExpiryMs: number;
  /** Last heartbeat of each scheduler, by id. */
  private readonly schedulers = new Map<string, number>();
  private readonly sweep: NodeJS.Timeout;

  constructor(nc: NatsConnection, subjects: Subjects, gatewayId: string, opts: { acceptTimeoutMs: number; schedulerExpiryMs: number; schedulerWaitMs: number; large?: LargeRequests }) {
    this.nc = nc;
    this.subjects = subjects;
    this.gatewayId = gatewayId;
    this.acceptTimeoutMs = opts.acceptTimeoutMs;
    this.schedulerWaitMs = opts.schedulerWaitMs;
    this.large = opts.large;
    this.schedulerExpiryMs = opts.schedulerExpiryMs;
    this.subs = [
      nc.subscribe(subjects.replyAll(gatewayId), {
        callback: (err, msg) => {
          if (!err) this.onFrame(msg);
        },
      }),
      nc.subscribe(subjects.schedulerHeartbeat, {
        callback: (err, msg) => {
          if (err) return;
          try {
            this.schedulers.set(SchedulerInfo.decode(msg.data).schedulerId, Date.now());
          } catch {
            return; // not a heartbeat of ours
          }
          // A scheduler runs (again): publish what waited for one. Its request
          // subscriptions reached the server before its first heartbeat.
          for (const p of this.pending.values()) {
            if (p.awaitingScheduler && !p.schedulerId) {
              p.awaitingScheduler = false;
              p.publish();
            }
          }
        },
      }),
    ];
    this.sweep = setInterval(() => this.checkHolders(), Math.max(50, Math.floor(this.schedulerExpiryMs / 4)));
  }

  /** Requests whose scheduler went silent: resubmitted, or failed. */
  private checkHolders(now = Date.now()) {
    for (const [requestId, p] of this.pending) {
      if (!p.schedulerId) continue;
      const lastSeen = Math.max(this.schedulers.get(p.schedulerId) ?? 0, p.heldSince);
      if (now - lastSeen <= this.schedulerExpiryMs) continue;
      if (!p.delivered && p.resubmits < MAX_RESUBMITS) {
        p.resubmits++;
        p.schedulerId = undefined;
        p.publish();
      } else {
        this.settle(requestId, errors.executorFailed('The scheduler holding this request stopped responding.'));
      }
    }
  }

  /** Schedulers heard from within the expiry. */
  liveSchedulers(now = Date.now()): number {
    let n = 0;
    for (const seen of this.schedulers.values()) if (now - seen <= this.schedulerExpiryMs) n++;
    return n;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** Publishes a request; the trace context of `ctx` travels in the headers. */
  submit(req: IInferenceRequest & { requestId: string }, priority: PriorityClass, ctx: Context): Submission {
    const requestId = req.requestId;
    const out = new Readable({ objectMode: true, read() {} });
    // Errors reach the consumer through its iterator; without a listener a
    // request failing before anyone iterates would crash the process.
    out.on('error', () => {});
    const fail = (e: WeftError) => this.settle(requestId, e);
    const hdrs = natsHeaders();
    hdrs.set(H.requestId, requestId);
    injectNats(hdrs, ctx);
    const subject = this.subjects.request(priority, req.model ?? '');
    // The scheduler answers on the message's reply subject (one per attempt);
    // the one in the body is the first attempt's.
    const encoded = InferenceRequest.encode({ ...req, replySubject: this.subjects.reply(this.gatewayId, requestId, 1) }).finish();
    // Too large for one message: the body goes to the object store first,
    // and the message carries its name (see large-requests.ts).
    const byReference = this.large?.needsReference(encoded.length) ?? false;
    const data = byReference ? new Uint8Array(0) : encoded;
    const p: Pending = {
      out, timers: [], delivered: false, resubmits: 0, heldSince: 0, awaitingScheduler: false, attempt: 0, staleHolders: new Set(),
      publish: () => {
        p.attempt++;
        try {
          // With a reply subject set, NATS answers a 503 status at once when
          // no scheduler subscribes: handled in onFrame as "no responders".
          this.nc.publish(subject, data, { reply: this.subjects.reply(this.gatewayId, requestId, p.attempt), headers: hdrs });
        } catch (err) {
          fail(errors.noCapacity(`The fabric is unreachable: ${(err as Error).message}`, 1));
        }
        clearTimeout(p.acceptTimer);
        p.acceptTimer = setTimeout(() => {
          if (p.schedulerId || p.awaitingScheduler) return;
          // Taken by a scheduler that died before it answered, most likely:
          // publish it again while the budget lasts.
          if (p.resubmits < MAX_RESUBMITS && this.liveSchedulers() > 0) {
            p.resubmits++;
            return p.publish();
          }
          fail(errors.noCapacity('No scheduler accepted the request in time.', 1));
        }, this.acceptTimeoutMs);
      },
    };
    this.pending.set(requestId, p);
    if (req.deadlineUnixMs) {
      p.timers.push(setTimeout(() => {
        this.sendCancel(requestId, p.schedulerId, 'deadline');
        fail(errors.deadline());
      }, Math.max(0, req.deadlineUnixMs - Date.now())));
    }

    if (byReference) {
      this.large!.put(encoded).then((name) => {
        p.bodyRef = name;
        if (!this.pending.has(requestId)) return this.large!.delete(name); // settled (cancelled) meanwhile
        hdrs.set(H.bodyRef, name);
        p.publish();
      }, (err) => fail(errors.noCapacity(`Storing the request body (${encoded.length} bytes, over the NATS server's max_payload of ${this.large!.maxPayload}) failed: ${(err as Error).message}`, 1)));
    } else {
      p.publish();
    }
    return {
      chunks: out,
      cancel: (reason) => {
        if (!this.pending.has(requestId)) return;
        this.sendCancel(requestId, p.schedulerId, reason);
        this.settle(requestId, errors.cancelled(reason));
      },
    };
  }

  /** Tells the holder to stop; with no holder known yet, tells it once a frame names it. */
  private sendCancel(requestId: string, schedulerId: string | undefined, reason: string) {
    if (schedulerId) return this.publishCancel(schedulerId, requestId, reason);
    if (!this.unsentCancels.has(requestId)) {
      const timer = setTimeout(() => this.unsentCancels.delete(requestId), this.acceptTimeoutMs);
      this.unsentCancels.set(requestId, { reason, timer });
    }
  }

  private publishCancel(schedulerId: string, requestId: string, reason: string) {
    try {
      this.nc.publish(this.subjects.cancel(schedulerId), CancelNotice.encode({ requestId, reason }).finish());
    } catch {
      // The connection is gone; the scheduler's deadline still bounds the work.
    }
  }

  private onFrame(msg: Msg) {
    const addressed = this.subjects.parseReply(msg.subject);
    if (!addressed) return; // not a subject this gateway made
    const { requestId, attempt } = addressed;
    const p = this.pending.get(requestId);
    if (!p || attempt !== p.attempt) {
      // Settled, or an earlier attempt: whoever holds it stops (a cancel the
      // client asked for before the holder was known goes out now too).
      const unsent = this.unsentCancels.get(requestId);
      let holder: string | undefined;
      try {
        const frame = ReplyFrame.decode(msg.data);
        holder = frame.schedulerId || frame.accepted?.schedulerId || undefined;
      } catch {
        // not a frame of ours
      }
      if (!holder) return;
      if (unsent) {
        clearTimeout(unsent.timer);
        this.unsentCancels.delete(requestId);
        this.publishCancel(holder, requestId, unsent.reason);
      } else if (p) {
        // Not before the current holder is known: a scheduler that got both
        // attempts keeps the later one itself, and a cancel would stop it.
        p.staleHolders.add(holder);
        this.cancelStaleHolders(requestId, p);
      }
      return;
    }
    if (msg.headers?.code === 503) {
      this.waitForScheduler(requestId, p);
      return;
    }
    let frame;
    try {
      frame = ReplyFrame.decode(msg.data);
    } catch {
      this.settle(requestId, errors.internal('undecodable reply frame'));
      return;
    }
    if (!p.schedulerId) {
      p.schedulerId = frame.schedulerId || frame.accepted?.schedulerId || undefined;
      p.heldSince = Date.now();
      this.cancelStaleHolders(requestId, p);
    }
    switch (frame.kind) {
      case 'accepted':
        return;
      case 'chunk': {
        p.delivered = true;
        p.out.push(frame.chunk);
        if (frame.chunk!.final) this.settle(requestId);
        return;
      }
      case 'error':
        this.settle(requestId, WeftError.fromInfo(frame.error!));
        return;
    }
  }

  /** Tells schedulers still running an earlier attempt to stop, once the current holder is another one. */
  private cancelStaleHolders(requestId: string, p: Pending) {
    if (!p.schedulerId) return;
    for (const holder of p.staleHolders) if (holder !== p.schedulerId) this.publishCancel(holder, requestId, 'superseded by a later attempt');
    p.staleHolders.clear();
  }

  /** No scheduler subscribes: wait for one to heartbeat (bounded), then publish again. */
  private waitForScheduler(requestId: string, p: Pending) {
    clearTimeout(p.acceptTimer);
    p.awaitingScheduler = true;
    if (p.noSchedulerSince !== undefined) return; // the bound runs from the first time none answered
    p.noSchedulerSince = Date.now();
    p.timers.push(setTimeout(() => {
      if (!p.schedulerId) {
        this.settle(requestId, errors.noCapacity(`No scheduler is running (waited ${this.schedulerWaitMs} ms for one to start: WEFT_SCHEDULER_WAIT_MS).`, 1));
      }
    }, this.schedulerWaitMs));
  }

  private settle(requestId: string, error?: WeftError) {
    const p = this.pending.get(requestId);
    if (!p) return;
    this.pending.delete(requestId);
    clearTimeout(p.acceptTimer);
    if (p.bodyRef) this.large?.delete(p.bodyRef);
    for (const t of p.timers) clearTimeout(t);
    if (error) p.out.destroy(error);
    else p.out.push(null);
  }

  close(): void {
    clearInterval(this.sweep);
    for (const { timer } of this.unsentCancels.values()) clearTimeout(timer);
    this.unsentCancels.clear();
    for (const id of [...this.pending.keys()]) this.settle(id, errors.noCapacity('The gateway is shutting down.'));
    for (const s of this.subs) s.unsubscribe();
  }
}
